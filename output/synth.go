package output

import (
	"fmt"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/ai-gateway/ai-gateway/internal/manifest"
	"github.com/ai-gateway/ai-gateway/platform"
	"github.com/ai-gateway/ai-gateway/topology"
)

// Destination says where synth writes.
type Destination struct {
	// Dir is the folder of the manifests, replaced as a whole.
	Dir string
	// Topology is the Markdown file the picture of the manifests is written
	// to; "" for none.
	Topology string
}

// Synth writes the charts' objects to to.Dir, a file per chart and a file
// per model, replacing the folder only when every file is written, and then
// draws them to to.Topology. The charts are built while the ones before are
// resolved and written (eachFile), so at most two charts' objects are held
// at once.
func Synth(charts iter.Seq[platform.Chart], to Destination) error {
	var picture string
	err := Replace(to.Dir, func(tmp string) error {
		written := map[string]topology.Part{}
		err := eachFile(charts, func(f file) error {
			part, err := write(tmp, f)
			written[f.name] = part
			return err
		})
		if err != nil {
			return err
		}
		picture, err = topology.RenderParts(inFileOrder(written))
		return err
	})
	if err != nil || to.Topology == "" {
		return err
	}
	return WriteFile(to.Topology, []byte(picture))
}

// write writes one file and returns its objects decoded for the picture,
// so the JSON values can be freed chart by chart and only the drawing is
// left after the last chart.
func write(dir string, f file) (topology.Part, error) {
	data, err := Documents(f.objects)
	if err != nil {
		return topology.Part{}, err
	}
	if err := os.WriteFile(filepath.Join(dir, f.name), data, 0o644); err != nil {
		return topology.Part{}, err
	}
	objects := make([]manifest.Object, len(f.objects))
	for i, value := range f.objects {
		if objects[i], err = manifest.FromValue(fmt.Sprintf("%s#%d", f.name, i), value); err != nil {
			return topology.Part{}, err
		}
	}
	return topology.DecodePart(objects)
}

// inFileOrder lists the files' parts in the order kubectl reads the files.
func inFileOrder(byFile map[string]topology.Part) []topology.Part {
	parts := make([]topology.Part, 0, len(byFile))
	for _, name := range slices.Sorted(maps.Keys(byFile)) {
		parts = append(parts, byFile[name])
	}
	return parts
}
