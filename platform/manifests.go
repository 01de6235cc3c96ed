package platform

import (
	"fmt"
	"sync"
)

// Manifest is the content of one output file: resolved Kubernetes objects.
type Manifest struct {
	// File is the name of the file.
	File string
	// Objects are the objects, as JSON values, in apply order.
	Objects []map[string]any
}

// modelLabel names the model an object belongs to; the constructs set it.
const modelLabel = "app.kubernetes.io/name"

// EachManifest resolves each chart's objects with one call to cdk8s per
// chart, groups them into files (one per chart, one per model for model
// charts, in order of first appearance) and hands each file to fn, chart by
// chart. It resolves chart i+1 while fn writes chart i, so Node.js and Go
// work at once; at most two charts' objects are held at a time. fn must make
// its own calls into cdk8s through WithBridge.
func EachManifest(charts []Chart, fn func(Manifest) error) error {
	type batch struct {
		files []Manifest
		err   error
	}
	batches := make(chan batch, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(batches)
		for _, c := range charts {
			var b batch
			WithBridge(func() { b.files, b.err = manifestsOf(c) })
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

// bridge serializes calls into cdk8s: the jsii client is not safe for
// concurrent calls.
var bridge sync.Mutex

// WithBridge runs f, which calls into cdk8s, while no other goroutine does.
func WithBridge(f func()) {
	bridge.Lock()
	defer bridge.Unlock()
	f()
}

// manifestsOf resolves chart c and splits it into its files.
func manifestsOf(c Chart) ([]Manifest, error) {
	objects, err := resolved(c)
	if err != nil || !c.SplitByModel {
		return []Manifest{{File: c.File, Objects: objects}}, err
	}
	return splitByModel(objects)
}

func resolved(c Chart) ([]map[string]any, error) {
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

func splitByModel(objects []map[string]any) ([]Manifest, error) {
	var out []Manifest
	index := map[string]int{}
	for _, obj := range objects {
		model := labelOf(obj, modelLabel)
		if model == "" {
			return nil, fmt.Errorf("%v %v has no label %s", obj["kind"], nameOf(obj), modelLabel)
		}
		i, ok := index[model]
		if !ok {
			i = len(out)
			index[model] = i
			out = append(out, Manifest{File: "20-model-" + model + ".k8s.yaml"})
		}
		out[i].Objects = append(out[i].Objects, obj)
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
