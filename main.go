// Command ai-gateway synthesizes the Kubernetes manifests of an AI serving
// platform (a Gateway API Gateway, a route and servers per model) from a
// platform description, into a folder that `kubectl apply -f` takes as it is,
// and draws what it wrote as a Mermaid picture.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
	"github.com/ai-gateway/ai-gateway/output"
	"github.com/ai-gateway/ai-gateway/platform"
	"github.com/ai-gateway/ai-gateway/topology"
)

//go:embed platform.yaml
var defaultPlatform []byte

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	flags := flag.NewFlagSet("ai-gateway", flag.ContinueOnError)
	configFile := flags.String("config", "", "platform description (YAML); default: the embedded platform.yaml")
	outDir := flags.String("out", defaultOutDir(), "folder the manifests are written to; replaced as a whole")
	topologyFile := flags.String("topology", "docs/topology.md", "Markdown file the Mermaid picture of the output is written to; empty for none")
	if err := flags.Parse(args); err != nil {
		return err
	}
	name, data, err := readConfig(*configFile)
	if err != nil {
		return err
	}
	picture, err := synth(data, *outDir)
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

// synth parses the description, builds the charts and writes their objects
// to outDir, which keeps its old content unless every step succeeds. It
// returns the topology picture of what it wrote.
func synth(data []byte, outDir string) (string, error) {
	p, err := config.Parse(data)
	if err != nil {
		return "", err
	}
	charts, err := platform.Build(cdk8s.NewApp(nil), p)
	if err != nil {
		return "", err
	}
	manifests, err := platform.Manifests(charts)
	if err != nil {
		return "", err
	}
	drawing, err := picture(manifests)
	if err != nil {
		return "", err
	}
	err = output.Replace(outDir, func(tmp string) error {
		for _, m := range manifests {
			data, err := output.Documents(m.Objects, cdk8sYAML)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(tmp, m.File), data, 0o644); err != nil {
				return err
			}
		}
		return nil
	})
	return drawing, err
}

// cdk8sYAML renders one object with cdk8s's own YAML writer.
func cdk8sYAML(obj map[string]any) (string, error) {
	return *cdk8s.Yaml_Stringify(obj), nil
}

// picture draws the written objects, in the order kubectl reads the files.
func picture(manifests []platform.Manifest) (string, error) {
	byFile := slices.Clone(manifests)
	slices.SortFunc(byFile, func(a, b platform.Manifest) int { return strings.Compare(a.File, b.File) })
	var objects []manifest.Object
	for _, m := range byFile {
		for i, value := range m.Objects {
			o, err := manifest.FromValue(fmt.Sprintf("%s#%d", m.File, i), value)
			if err != nil {
				return "", err
			}
			objects = append(objects, o)
		}
	}
	return topology.Render(objects)
}
