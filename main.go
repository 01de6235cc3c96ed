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

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/internal/jsiikernel"
	"github.com/ai-gateway/ai-gateway/output"
	"github.com/ai-gateway/ai-gateway/platform"
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
	// The kernel exits before this process does, not after, and reports
	// nothing: jsiikernel.Stop explains the race jsii.Close alone can lose.
	jsiikernel.Stop()
	jsii.Close()
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
	plan, err := check(data)
	if err != nil {
		return fmt.Errorf("%s:\n%w", name, err)
	}
	kernelReady()
	charts := plan.Charts(cdk8s.NewApp(nil))
	return output.Synth(charts, output.Destination{Dir: *outDir, Topology: *topologyFile})
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

// check parses the description and checks the whole platform.
func check(data []byte) (*platform.Plan, error) {
	p, err := config.Parse(data)
	if err != nil {
		return nil, err
	}
	return platform.NewPlan(p)
}
