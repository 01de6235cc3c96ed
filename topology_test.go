package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/golden"
)

func TestDocsTopologyIsAFreshPictureOfDist(t *testing.T) {
	_, topology := synthConfig(t, "")
	want, err := os.ReadFile(topology)
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join("docs", "topology.md"))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "docs/topology.md is stale: run `make synth` and commit it")
}

// TestTopologyGolden draws the platform that uses every key, gRPC,
// InferencePools, mirrors and cross-namespace backends included.
func TestTopologyGolden(t *testing.T) {
	_, topology := synthConfig(t, filepath.Join("platform", "testdata", "full.yaml"))
	got, err := os.ReadFile(topology)
	require.NoError(t, err)
	golden.Assert(t, filepath.Join("testdata", "topology-full.md"), got)
}

// TestTopologyIsValidMermaid parses the pictures with Mermaid's own parser
// (tools/mermaid/check.mjs, run by Node with the npm packages make installs).
func TestTopologyIsValidMermaid(t *testing.T) {
	files := []string{filepath.Join("docs", "topology.md"), filepath.Join("testdata", "topology-full.md")}
	out, err := exec.Command("node", append([]string{filepath.Join("tools", "mermaid", "check.mjs")}, files...)...).CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "2 diagrams parsed")
}
