package output

import (
	"fmt"
	"iter"
	"os"
	"path/filepath"

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
// resolved and written (eachFile), and each file's objects are decoded for
// the picture while the next are built (pictureReader), so at most a few
// charts' JSON values are held at once.
func Synth(charts iter.Seq[platform.Chart], to Destination) error {
	var picture string
	err := Replace(to.Dir, func(tmp string) error {
		pictures := newPictureReader()
		err := eachFile(charts, func(f file) error {
			objects, err := write(tmp, f)
			if err == nil {
				pictures.add(f.name, objects)
			}
			return err
		})
		decoded, decodeErr := pictures.wait()
		if err != nil {
			return err
		}
		if decodeErr != nil {
			return decodeErr
		}
		picture, err = topology.Draw(decoded)
		return err
	})
	if err != nil || to.Topology == "" {
		return err
	}
	return WriteFile(to.Topology, []byte(picture))
}

// write writes one file and returns its objects in the compact form the
// picture reads, so the JSON values can be freed chart by chart.
func write(dir string, f file) ([]manifest.Object, error) {
	data, err := Documents(f.objects)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, f.name), data, 0o644); err != nil {
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
