package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/fleet"
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
	assert.Contains(t, string(out), "13 diagrams parsed", "the overview and a diagram per model, of both files")
}

// TestTopologyStaysRenderableAtFleetSize draws 1,000 models and checks every
// diagram against Mermaid's parser and its default limits (50,000
// characters, 500 edges), which a single diagram of the fleet would exceed.
func TestTopologyStaysRenderableAtFleetSize(t *testing.T) {
	file := filepath.Join(t.TempDir(), "fleet.yaml")
	require.NoError(t, os.WriteFile(file, fleet.Platform(1000), 0o644))
	_, picture := synthConfig(t, file)
	data, err := os.ReadFile(picture)
	require.NoError(t, err)
	assert.Greater(t, len(data), 50_000, "the whole picture is larger than one diagram may be")
	parts := strings.Count(string(data), "## Gateway")
	assert.Greater(t, parts, 1, "the overview comes in parts")
	out, err := exec.Command("node", filepath.Join("tools", "mermaid", "check.mjs"), picture).CombinedOutput()
	require.NoError(t, err, "%s", lastLines(string(out), 5))
	assert.Contains(t, string(out), fmt.Sprintf("%d diagrams parsed", parts+1000))
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// TestTopologyShowsWhereTheModelIsRead: with modelFrom: body, the gateway
// shows what reads the body's model into the header the routes match; with
// path, each route's match is the model's path.
func TestTopologyShowsWhereTheModelIsRead(t *testing.T) {
	tests := []struct{ config, want string }{
		{"testdata/modelfrom/body-agentgateway.yaml", `["AgentgatewayPolicy ai-gateway-body-model<br/>model read from the body → x-model"]`},
		{"testdata/modelfrom/body-istio.yaml", `["EnvoyFilter ai-gateway-body-model<br/>ext-proc → Service ai-gateway-body-model<br/>Deployment ai-gateway-body-model ×2<br/>model read from the body → x-model"]`},
		{"testdata/modelfrom/body-envoy-gateway.yaml", `["EnvoyExtensionPolicy ai-gateway-body-model<br/>ext-proc → Service ai-gateway-body-model<br/>Deployment ai-gateway-body-model ×2<br/>model read from the body → x-model"]`},
		{pathConfig, `["HTTPRoute chat<br/>hosts ai.example.com<br/>match path /models/chat"]`},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.config), func(t *testing.T) {
			_, topology := synthConfig(t, tt.config)
			got, err := os.ReadFile(topology)
			require.NoError(t, err)
			assert.Contains(t, string(got), tt.want)
		})
	}
}
