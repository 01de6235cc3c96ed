package platform

import "fmt"

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
// chart, so that only one chart's objects are held at a time.
func EachManifest(charts []Chart, fn func(Manifest) error) error {
	for _, c := range charts {
		objects, err := resolved(c)
		if err != nil {
			return err
		}
		files := []Manifest{{File: c.File, Objects: objects}}
		if c.SplitByModel {
			if files, err = splitByModel(objects); err != nil {
				return err
			}
		}
		for _, m := range files {
			if err := fn(m); err != nil {
				return err
			}
		}
	}
	return nil
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
