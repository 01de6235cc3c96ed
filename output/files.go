package output

import (
	"fmt"
	"iter"

	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/internal/jsiikernel"
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
// chart. The charts are built in a goroutine of their own while fn writes
// the ones before: chart i is resolved once chart i+resolveLag is built, so
// that the jsii relay's early toJson of chart i (internal/jsiikernel) has
// been answered by then, and Node.js and Go work at once. fn runs on the calling
// goroutine and must make its own calls into cdk8s through
// platform.WithBridge. A panic of the build is raised again here, after the
// build has stopped, so the caller's deferred clean-up runs.
func eachFile(charts iter.Seq[platform.Chart], fn func(file) error) error {
	built := make(chan platform.Chart, builtAhead)
	stop := make(chan struct{})
	failed := make(chan any, 1)
	go build(charts, built, stop, failed)
	defer func() {
		close(stop)
		for range built { // wait until the build has stopped
		}
		select {
		case r := <-failed:
			panic(r)
		default:
		}
	}()
	var pending []platform.Chart
	for c := range built {
		pending = append(pending, c)
		if len(pending) > resolveLag {
			if err := writeChart(pending[0], fn); err != nil {
				return err
			}
			pending = pending[1:]
		}
	}
	select {
	case r := <-failed:
		panic(r)
	default:
	}
	for _, c := range pending {
		if err := writeChart(c, fn); err != nil {
			return err
		}
	}
	return nil
}

// build hands each of charts to built until stop is closed, then closes
// built. A panic of the build is sent to failed (capacity one).
func build(charts iter.Seq[platform.Chart], built chan<- platform.Chart, stop <-chan struct{}, failed chan<- any) {
	defer close(built)
	defer func() {
		if r := recover(); r != nil {
			failed <- r
		}
	}()
	for c := range charts {
		if stopped(stop) {
			return
		}
		select {
		case built <- c:
		case <-stop:
			return
		}
	}
}

// stopped reports whether stop is closed. The build asks before it hands
// over each chart: a select that can both send and see stop picks either at
// random, and the output drains what is sent while it waits for the build to
// stop, so without the check the build could go on to the end.
func stopped(stop <-chan struct{}) bool {
	select {
	case <-stop:
		return true
	default:
		return false
	}
}

// builtAhead is how many charts the build may finish before the output
// takes them.
const builtAhead = 4

// resolveLag is how many charts are built after chart i before chart i is
// resolved. Each resolving holds the bridge, so the build waits for it; by
// two charts later, the relay's early toJson of chart i has come in even
// when Node.js was still starting as the build began (the first two charts,
// the namespace and the gateway, are built within milliseconds).
const resolveLag = 2

// writeChart resolves c and hands its files to fn.
func writeChart(c platform.Chart, fn func(file) error) error {
	files, err := filesOf(c)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := fn(f); err != nil {
			return err
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

// resolved is what cdk8s resolves chart c to: one call into the kernel,
// under the bridge lock; the objects are read from what it answers
// (jsiikernel.ChartObjects) once the lock is released.
func resolved(c platform.Chart) ([]map[string]any, error) {
	var answer []any
	platform.WithBridge(func() { answer = *c.Chart.ToJson() })
	values, err := jsiikernel.ChartObjects(answer)
	if err != nil {
		return nil, fmt.Errorf("chart %s: %w", chartID(c), err)
	}
	objects := make([]map[string]any, len(values))
	for i, v := range values {
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("chart %s: object %d is a %T, not a mapping", chartID(c), i, v)
		}
		objects[i] = obj
	}
	return objects, nil
}

// chartID is the construct id of chart c, for errors: asking the kernel
// waits for every request before it.
func chartID(c platform.Chart) string {
	var id string
	platform.WithBridge(func() { id = *c.Chart.Node().Id() })
	return id
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
