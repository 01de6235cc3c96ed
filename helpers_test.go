package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/kubetest"
)

// skipLocallyIf skips the test when the environment variable env is 1, for a
// quick local loop; never in CI.
func skipLocallyIf(t *testing.T, env string) {
	t.Helper()
	if os.Getenv(env) == "1" && os.Getenv("CI") != "true" {
		t.Skip(env + "=1")
	}
}

// pinnedVersion is the version that the first group of pattern finds in
// file, where the version of the tool what is pinned.
func pinnedVersion(t *testing.T, file, what, pattern string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	m := regexp.MustCompile(pattern).FindSubmatch(data)
	require.NotNil(t, m, "%s is not pinned in %s", what, file)
	return string(m[1])
}

// cachePath is the absolute path of .cache/elem..., where make builds the
// tools the tests run.
func cachePath(t *testing.T, elem ...string) string {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join(append([]string{".cache"}, elem...)...))
	require.NoError(t, err)
	return abs
}

// startControlPlane starts etcd and kube-apiserver for the test, stops them
// (and what the test spawns beside them) when it ends and, if it failed,
// logs the last logLines lines of each process's log.
func startControlPlane(t *testing.T, ctx context.Context, logLines int) *kubetest.ControlPlane {
	t.Helper()
	cp, err := kubetest.Start(ctx, kubetest.Binaries{Dir: kubeToolsDir(t)}, t.TempDir())
	t.Cleanup(func() {
		cp.Stop()
		if t.Failed() {
			t.Log("logs of the processes the test started (etcd, kube-apiserver and what it spawned beside them):\n" + cp.LogTails(logLines))
		}
	})
	require.NoError(t, err)
	return cp
}
