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

	"github.com/aws/jsii-runtime-go"
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

// synth parses the description, builds the charts and writes them to outDir,
// which keeps its old content unless every step succeeds. It returns the
// topology picture of what it wrote.
func synth(data []byte, outDir string) (string, error) {
	p, err := config.Parse(data)
	if err != nil {
		return "", err
	}
	var picture string
	err = output.Replace(outDir, func(tmp string) error {
		app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(tmp), YamlOutputType: cdk8s.YamlOutputType_FILE_PER_CHART})
		if err := platform.Build(app, p); err != nil {
			return err
		}
		app.Synth()
		objects, err := manifest.ReadFiles(filepath.Join(tmp, "*.yaml"))
		if err != nil {
			return err
		}
		picture, err = topology.Render(objects)
		return err
	})
	return picture, err
}
