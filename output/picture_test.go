package output

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/manifest"
	"github.com/ai-gateway/ai-gateway/topology"
)

// gatewayFile is a file of one Gateway and one HTTPRoute attached to it.
func gatewayFile(t *testing.T, name, route string, extra map[string]any) []manifest.Object {
	t.Helper()
	gateway := map[string]any{
		"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
		"metadata": map[string]any{"name": "gw", "namespace": "ns"},
		"spec": map[string]any{"gatewayClassName": "c", "listeners": []any{
			map[string]any{"name": "http", "port": 80, "protocol": "HTTP"},
		}},
	}
	spec := map[string]any{"parentRefs": []any{map[string]any{"name": "gw"}}}
	for k, v := range extra {
		spec[k] = v
	}
	httpRoute := map[string]any{
		"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
		"metadata": map[string]any{"name": route, "namespace": "ns"},
		"spec":     spec,
	}
	var objects []manifest.Object
	for i, v := range []map[string]any{gateway, httpRoute} {
		o, err := manifest.FromValue(fmt.Sprintf("%s#%d", name, i), v)
		require.NoError(t, err)
		objects = append(objects, o)
	}
	return objects
}

func TestThePictureReaderDrawsTheFilesInFileOrder(t *testing.T) {
	first := gatewayFile(t, "10-a.yaml", "route-a", nil)
	second := gatewayFile(t, "20-b.yaml", "route-b", nil)
	r := newPictureReader()
	r.add("20-b.yaml", second) // written first, read second
	r.add("10-a.yaml", first)
	decoded, err := r.wait()
	require.NoError(t, err)
	got, err := topology.Draw(decoded)
	require.NoError(t, err)
	want, err := topology.Render(append(first, second...))
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestThePictureReaderReportsTheFirstFileThatFailsInFileOrder(t *testing.T) {
	unknown := map[string]any{"colour": "blue"}
	r := newPictureReader()
	r.add("30-c.yaml", gatewayFile(t, "30-c.yaml", "route-c", unknown))
	r.add("10-a.yaml", gatewayFile(t, "10-a.yaml", "route-a", nil))
	r.add("20-b.yaml", gatewayFile(t, "20-b.yaml", "route-b", unknown))
	_, err := r.wait()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "20-b.yaml#1: HTTPRoute route-b:")
	assert.Contains(t, err.Error(), `unknown field "colour"`)
}

func TestThePictureReaderOfNoFilesDrawsNothing(t *testing.T) {
	decoded, err := newPictureReader().wait()
	require.NoError(t, err)
	assert.Empty(t, decoded)
}
