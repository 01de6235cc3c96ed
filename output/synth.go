package output

import (
	"fmt"
	"iter"
	"maps"
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
// draws them to to.Topology. A file whose content the folder it replaces
// holds already is carried over rather than written again (folder). The
// charts are built while the ones before are resolved and written
// (eachFile), so at most two charts' objects are held at once.
func Synth(charts iter.Seq[platform.Chart], to Destination) error {
	var picture string
	err := Replace(to.Dir, func(tmp string) error {
		written := map[string][]manifest.Object{}
		out := &folder{dir: tmp, prev: to.Dir}
		err := eachFile(charts, func(f file) error {
			objects, err := write(out, f)
			written[f.name] = objects
			return err
		})
		if err != nil {
			return err
		}
		picture, err = topology.Render(inFileOrder(written))
		return err
	})
	if err != nil || to.Topology == "" {
		return err
	}
	return WriteFile(to.Topology, []byte(picture))
}

// write writes one file and returns its objects in the compact form the
// picture reads, so the JSON values can be freed chart by chart.
func write(out *folder, f file) ([]manifest.Object, error) {
	data, err := Documents(f.objects)
	if err != nil {
		return nil, err
	}
	if err := out.write(f.name, data); err != nil {
		return nil, err
	}
	objects := make([]manifest.Object, len(f.objects))
	for i, value := range f.objects {
		if objects[i], err = manifest.FromValue(fmt.Sprintf("%s#%d", f.name, i), value); err != nil {
			return nil, err
		}
	}
	return objects, nil
}

// inFileOrder lists the objects in the order kubectl reads the files.
func inFileOrder(byFile map[string][]manifest.Object) []manifest.Object {
	var objects []manifest.Object
	for _, name := range slices.Sorted(maps.Keys(byFile)) {
		objects = append(objects, byFile[name]...)
	}
	return objects
}
