package output

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// object is a resolved object of kind and name, labelled with model unless
// model is "".
func object(kind, name, model string) map[string]any {
	meta := map[string]any{"name": name}
	if model != "" {
		meta["labels"] = map[string]any{"app.kubernetes.io/name": model, "app.kubernetes.io/part-of": "ai-gateway"}
	}
	return map[string]any{"kind": kind, "metadata": meta}
}

func TestSplitByModelGivesEachModelAFileInOrderOfFirstAppearance(t *testing.T) {
	objects := []map[string]any{
		object("Deployment", "chat-stable", "chat"),
		object("Deployment", "embed-v1", "embed"),
		object("Service", "chat-stable", "chat"),
		object("HTTPRoute", "embed", "embed"),
	}
	files, err := splitByModel(objects)
	require.NoError(t, err)
	require.Len(t, files, 2)
	assert.Equal(t, "20-model-chat.k8s.yaml", files[0].name)
	assert.Equal(t, []map[string]any{objects[0], objects[2]}, files[0].objects, "objects keep their order within a file")
	assert.Equal(t, "20-model-embed.k8s.yaml", files[1].name)
	assert.Equal(t, []map[string]any{objects[1], objects[3]}, files[1].objects)
}

func TestSplitByModelRefusesAnObjectWithoutItsModel(t *testing.T) {
	_, err := splitByModel([]map[string]any{object("Deployment", "chat-stable", "chat"), object("ConfigMap", "stray", "")})
	assert.EqualError(t, err, "ConfigMap stray has no label app.kubernetes.io/name")
}
