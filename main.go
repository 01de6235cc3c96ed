// Command ai-gateway synthesizes the Kubernetes manifests of an AI serving
// platform (a Gateway API Gateway, one HTTPRoute per model) from a platform
// description, into a folder that `kubectl apply -f` takes as it is.
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
	"github.com/ai-gateway/ai-gateway/output"
	"github.com/ai-gateway/ai-gateway/platform"
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
	if err := flags.Parse(args); err != nil {
		return err
	}
	p, err := load(*configFile)
	if err != nil {
		return err
	}
	return synth(p, *outDir)
}

// defaultOutDir honours CDK8S_OUTDIR, which `cdk8s synth` sets.
func defaultOutDir() string {
	if dir := os.Getenv("CDK8S_OUTDIR"); dir != "" {
		return dir
	}
	return "dist"
}

func load(file string) (*config.Platform, error) {
	data, name := defaultPlatform, "platform.yaml (embedded)"
	if file != "" {
		var err error
		if data, err = os.ReadFile(file); err != nil {
			return nil, err
		}
		name = filepath.Base(file)
	}
	p, err := config.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s:\n%w", name, err)
	}
	return p, nil
}

// synth builds the charts and writes them to outDir, which keeps its old
// content unless every step succeeds.
func synth(p *config.Platform, outDir string) error {
	return output.Replace(outDir, func(tmp string) error {
		app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(tmp), YamlOutputType: cdk8s.YamlOutputType_FILE_PER_CHART})
		if err := platform.Build(app, p); err != nil {
			return fmt.Errorf("platform:\n%w", err)
		}
		app.Synth()
		return nil
	})
}
