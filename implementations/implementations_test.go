package implementations

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gentable "github.com/ai-gateway/ai-gateway/implementations/internal/table"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name, version string
		want          string
	}{
		{"traefik", "", "traefik v3.7.10"},
		{"traefik", "v3.7", "traefik v3.7.10"},
		{"traefik", "3.7.10", "traefik v3.7.10"},
		{"agentgateway", "", "agentgateway v1.5.0"},
		{"agentgateway", "v1.4", "agentgateway v1.4.1"},
		{"gke", "", "gke-gateway 1.36.2-gke.2154000"},
		{"istio", "1.31", "istio 1.31"},
		{"istio", "1.31.0", "istio 1.31"},
		{"istio", "v1.31.0", "istio 1.31"},
		{"istio", "1.31.2", "istio 1.31"},
		{"traefik", "3.7", "traefik v3.7.10"},
		{"traefik", "v3.7.13", "traefik v3.7.10"},
		{"agentgateway", "1.4.1", "agentgateway v1.4.1"},
		{"agentgateway", "v1.4.10", "agentgateway v1.4.1"},
		{"agentgateway", "v1", "agentgateway v1.5.0"},
		{"gke", "1.36.2-gke.2154000", "gke-gateway 1.36.2-gke.2154000"},
		{"gke", "1.36", "gke-gateway 1.36.2-gke.2154000"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.version, func(t *testing.T) {
			i, err := Lookup(tt.name, tt.version)
			require.NoError(t, err)
			assert.Equal(t, tt.want, i.String())
		})
	}
}

func TestLookupRefuses(t *testing.T) {
	_, err := Lookup("nginx", "")
	var unknown *LookupError
	require.ErrorAs(t, err, &unknown)
	assert.False(t, unknown.Version)
	assert.Contains(t, err.Error(), "is not an implementation with a Gateway API conformance report (known: agentgateway, ")

	_, err = Lookup("traefik", "v3.6")
	require.ErrorAs(t, err, &unknown)
	assert.True(t, unknown.Version)
	assert.Equal(t, "has no conformance report of traefik (reported: v3.7.10; a report covers the patch releases of its minor release)", err.Error())

	_, err = Lookup("agentgateway", "v1.41")
	assert.EqualError(t, err, "has no conformance report of agentgateway (reported: v1.5.0, v1.4.1, v1.3.1; a report covers the patch releases of its minor release)", "a prefix matches whole parts only")

	_, err = Lookup("istio", "1.30.1")
	assert.EqualError(t, err, "has no conformance report of istio (reported: 1.31; a report covers the patch releases of its minor release)")
}

func TestTraefikPassesWhatItsReportSays(t *testing.T) {
	traefik, err := Lookup("traefik", "")
	require.NoError(t, err)
	for _, f := range []Feature{"HTTPRoute", GRPCRoute, SchemeRedirect, PathRewrite} {
		assert.True(t, traefik.Supports(f), "%s", f)
	}
	for _, f := range []Feature{RequestMirror, PercentageMirror, RequestTimeout, BackendTimeout, RetryCodes, RetryConnectionError, ListenerIsolation, InferencePool} {
		assert.False(t, traefik.Supports(f), "%s", f)
	}
	assert.Equal(t, "traefik v3.7.10 does not pass HTTPRouteRequestMirror (Gateway API conformance report v1.6)", traefik.Refusal(RequestMirror))
	assert.Equal(t, "traefik v3.7.10 does not route to InferencePools (no Gateway API Inference Extension conformance report)", traefik.Refusal(InferencePool))
}

func TestInferencePoolSupportCitesAReport(t *testing.T) {
	for _, i := range table {
		assert.Equal(t, i.InferencePoolReport != "", i.Supports(InferencePool), "%s", i)
		if i.InferencePoolReport != "" {
			assert.True(t, strings.HasPrefix(i.InferencePoolReport, "conformance/reports/"), "%s cites %s", i, i.InferencePoolReport)
		}
	}
}

// TestTableIsGenerated regenerates the table from the conformance module
// (downloaded through the module proxy, or read from the module cache) and
// compares it with the committed one: `go generate` yields no diff.
func TestTableIsGenerated(t *testing.T) {
	dir, err := gentable.ModuleDir()
	require.NoError(t, err)
	facts, err := gentable.ReadInferencePool("inference-extension.yaml")
	require.NoError(t, err)
	got, err := gentable.Generate(filepath.Join(dir, "reports"), facts)
	require.NoError(t, err)
	want, err := os.ReadFile("table.go")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "implementations/table.go is stale: run `go generate ./implementations`")

	folders, err := filepath.Glob(filepath.Join(dir, "reports", "v1.6", "*", "*.yaml"))
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, f := range folders {
		seen[filepath.Base(filepath.Dir(f))] = true
	}
	assert.Len(t, Names(), len(seen), "one name per implementation of the newest report folder")
}

func TestReadmeMatrixIsCurrent(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	require.NoError(t, err)
	want, err := ReplaceMatrix(readme)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(readme), "the README's matrix is stale: run `go generate ./implementations`")
}
