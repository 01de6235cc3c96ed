package output

import (
	"fmt"

	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/platform"
)

// file is the content of one output file: resolved Kubernetes objects.
type file struct {
	// name of the file.
	name string
	// objects, as JSON values, in apply order.
	objects []map[string]any
}

// eachFile resolves each chart's objects with one call to cdk8s per
// chart, groups them into files (one per chart, one per model for model
// charts, in order of first appearance) and hands each file to fn, chart by
// chart. It resolves chart i+1 while fn writes chart i, so Node.js and Go
// work at once; at most two charts' objects are held at a time. fn must make
// its own calls into cdk8s through platform.WithBridge.
func eachFile(charts []platform.Chart, fn func(file) error) error {
	type batch struct {
		files []file
		err   error
	}
	batches := make(chan batch, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(batches)
		for _, c := range charts {
			var b batch
			platform.WithBridge(func() { b.files, b.err = filesOf(c) })
			select {
			case batches <- b:
			case <-stop:
				return
			}
			if b.err != nil {
				return
			}
		}
	}()
	for b := range batches {
		if b.err != nil {
			return b.err
		}
		for _, m := range b.files {
			if err := fn(m); err != nil {
				return err
			}
		}
	}
	return nil
}

// filesOf resolves chart c and splits it into its files.
func filesOf(c platform.Chart) ([]file, error) {
	objects, err := resolved(c)
	if err != nil || !c.SplitByModel {
		return []file{{name: c.File, objects: objects}}, err
	}
	return splitByModel(objects)
}

func resolved(c platform.Chart) ([]map[string]any, error) {
	values := *c.Chart.ToJson()
	objects := make([]map[string]any, len(values))
	for i, v := range values {
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("chart %s: object %d is a %T, not a mapping", *c.Chart.Node().Id(), i, v)
		}
		objects[i] = obj
	}
	return objects, nil
}

func splitByModel(objects []map[string]any) ([]file, error) {
	var out []file
	index := map[string]int{}
	for _, obj := range objects {
		model := labelOf(obj, constructs.ModelLabel)
		if model == "" {
			return nil, fmt.Errorf("%v %v has no label %s", obj["kind"], nameOf(obj), constructs.ModelLabel)
		}
		i, ok := index[model]
		if !ok {
			i = len(out)
			index[model] = i
			out = append(out, file{name: platform.ModelFile(model)})
		}
		out[i].objects = append(out[i].objects, obj)
	}
	return out, nil
}

func labelOf(obj map[string]any, label string) string {
	meta, _ := obj["metadata"].(map[string]any)
	labels, _ := meta["labels"].(map[string]any)
	value, _ := labels[label].(string)
	return value
}

func nameOf(obj map[string]any) any {
	meta, _ := obj["metadata"].(map[string]any)
	return meta["name"]
}
