// Command ai-gateway synthesizes the Kubernetes manifests of an AI serving
// platform (a Gateway API Gateway, a route and servers per model) from a
// platform description, into a folder that `kubectl apply -f` takes as it is,
// and draws what it wrote as a Mermaid picture.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/internal/jsiikernel"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
	"github.com/ai-gateway/ai-gateway/output"
	"github.com/ai-gateway/ai-gateway/platform"
	"github.com/ai-gateway/ai-gateway/topology"
)

//go:embed platform.yaml
var defaultPlatform []byte

func main() {
	if note := jsiikernel.Note(); note != "" {
		fmt.Fprintln(os.Stderr, "note:", note)
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1) // the kernel, perhaps still starting, exits on its own
	}
	jsii.Close() // the kernel exits before this process does, not after
}

func run(args []string) error {
	flags := flag.NewFlagSet("ai-gateway", flag.ContinueOnError)
	configFile := flags.String("config", "", "platform description (YAML); default: the embedded platform.yaml")
	outDir := flags.String("out", defaultOutDir(), "folder the manifests are written to; replaced as a whole")
	topologyFile := flags.String("topology", "docs/topology.md", "Markdown file the Mermaid picture of the output is written to; empty for none")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if err := output.Check(*outDir); err != nil {
		return err
	}
	kernelReady := platform.StartKernel()
	name, data, err := readConfig(*configFile)
	if err != nil {
		return err
	}
	picture, err := synth(data, *outDir, kernelReady)
	var outErr *output.Error
	if errors.As(err, &outErr) {
		return err // about the output folder, not the config
	}
	if err != nil {
		return fmt.Errorf("%s:\n%w", name, err)
	}
	if *topologyFile == "" {
		return nil
	}
	return output.WriteFile(*topologyFile, []byte(picture))
}

// defaultOutDir honours CDK8S_OUTDIR, which `cdk8s synth` sets.
func defaultOutDir() string {
	if dir := os.Getenv("CDK8S_OUTDIR"); dir != "" {
		return dir
	}
	return "dist"
}

// readConfig returns the platform description and the name errors call it by.
func readConfig(file string) (string, []byte, error) {
	if file == "" {
		return "platform.yaml (embedded)", defaultPlatform, nil
	}
	data, err := os.ReadFile(file)
	return file, data, err
}

// synth parses and checks the description, builds the charts once
// kernelReady returns, and writes their objects to outDir, which keeps its
// old content unless every step succeeds. It returns the topology picture
// of what it wrote.
func synth(data []byte, outDir string, kernelReady func()) (string, error) {
	p, err := config.Parse(data)
	if err != nil {
		return "", err
	}
	plan, err := platform.NewPlan(p)
	if err != nil {
		return "", err
	}
	kernelReady()
	charts := plan.Build(cdk8s.NewApp(nil))
	var drawing string
	err = output.Replace(outDir, func(tmp string) error {
		written := map[string][]manifest.Object{}
		err := platform.EachManifest(charts, func(m platform.Manifest) error {
			objects, err := write(tmp, m)
			written[m.File] = objects
			return err
		})
		if err != nil {
			return err
		}
		drawing, err = topology.Render(inFileOrder(written))
		return err
	})
	return drawing, err
}

// write writes one file and returns its objects in the compact form the
// picture reads, so the JSON values can be freed chart by chart.
func write(dir string, m platform.Manifest) ([]manifest.Object, error) {
	data, err := output.Documents(m.Objects, cdk8sYAML)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, m.File), data, 0o644); err != nil {
		return nil, err
	}
	objects := make([]manifest.Object, len(m.Objects))
	for i, value := range m.Objects {
		if objects[i], err = manifest.FromValue(fmt.Sprintf("%s#%d", m.File, i), value); err != nil {
			return nil, err
		}
	}
	return objects, nil
}

// cdk8sYAML renders one object with cdk8s's own YAML writer.
func cdk8sYAML(obj map[string]any) (string, error) {
	var text string
	platform.WithBridge(func() { text = *cdk8s.Yaml_Stringify(obj) })
	return text, nil
}

// inFileOrder lists the objects in the order kubectl reads the files.
func inFileOrder(byFile map[string][]manifest.Object) []manifest.Object {
	var objects []manifest.Object
	for _, file := range slices.Sorted(maps.Keys(byFile)) {
		objects = append(objects, byFile[file]...)
	}
	return objects
}
