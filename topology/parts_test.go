package topology

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// The picture drawn from parts is the one drawn from all their objects at
// once, however the objects are cut into parts. dist/ holds every kind the
// picture reads.
func TestRenderPartsDrawsWhatRenderDraws(t *testing.T) {
	objects, err := manifest.ReadFiles(filepath.Join("..", "dist", "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, objects)
	want, err := Render(objects)
	require.NoError(t, err)

	bySource := map[string][]manifest.Object{}
	var files []string
	for _, o := range objects {
		file, _, _ := strings.Cut(o.Source, "#")
		if _, seen := bySource[file]; !seen {
			files = append(files, file)
		}
		bySource[file] = append(bySource[file], o)
	}
	cuts := map[string][][]manifest.Object{
		"one part":            {objects},
		"a part per file":     {},
		"a part per object":   {},
		"an empty part first": {nil, objects},
	}
	for _, file := range files {
		cuts["a part per file"] = append(cuts["a part per file"], bySource[file])
	}
	for _, o := range objects {
		cuts["a part per object"] = append(cuts["a part per object"], []manifest.Object{o})
	}
	for name, cut := range cuts {
		t.Run(name, func(t *testing.T) {
			parts := make([]Part, len(cut))
			for i, objects := range cut {
				parts[i], err = DecodePart(objects)
				require.NoError(t, err)
			}
			got, err := RenderParts(parts)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

// A later autoscaler of the same Deployment replaces an earlier one, in
// parts as in one list.
func TestRenderPartsKeepsTheLastAutoscalerOfADeployment(t *testing.T) {
	app := map[string]string{"app": "chat"}
	all := objects(t,
		gateway(), httpRoute("chat", rule(ref("chat"))), service("chat", app), deployment("chat", app),
		autoscaler("chat", 4, cpu(70)),
		autoscaler("chat", 8, cpu(50)),
	)
	last := len(all) - 1
	first, err := DecodePart(all[:last])
	require.NoError(t, err)
	second, err := DecodePart(all[last:])
	require.NoError(t, err)
	got, err := RenderParts([]Part{first, second})
	require.NoError(t, err)
	want, err := Render(all)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Contains(t, got, "cpu 50%")
	assert.NotContains(t, got, "cpu 70%")
}

// merge carries every field of a platform, including ones added later:
// each list and map of a platform with one entry in each is non-empty after
// it is merged into an empty one.
func TestMergeCarriesEveryField(t *testing.T) {
	q := newPlatform()
	fields := reflect.ValueOf(q).Elem()
	for i := range fields.NumField() {
		f := fields.Field(i)
		f = reflect.NewAt(f.Type(), f.Addr().UnsafePointer()).Elem() // unexported
		switch f.Kind() {
		case reflect.Slice:
			f.Set(reflect.Append(f, reflect.Zero(f.Type().Elem())))
		case reflect.Map:
			f.SetMapIndex(reflect.Zero(f.Type().Key()), reflect.Zero(f.Type().Elem()))
		default:
			t.Fatalf("platform.%s is a %s; merge it and teach this test", fields.Type().Field(i).Name, f.Kind())
		}
	}
	p := newPlatform()
	p.merge(q)
	merged := reflect.ValueOf(p).Elem()
	for i := range merged.NumField() {
		assert.Equal(t, 1, merged.Field(i).Len(), "platform.%s", merged.Type().Field(i).Name)
	}
}
