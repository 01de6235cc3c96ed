// Command gen writes implementations/table.go from the Gateway API
// conformance reports (Go module sigs.k8s.io/gateway-api/conformance) and
// implementations/inference-extension.yaml. `go generate ./implementations`
// runs it in the package's folder.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/ai-gateway/ai-gateway/implementations/internal/table"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run() error {
	dir, err := table.ModuleDir()
	if err != nil {
		return err
	}
	facts, err := table.ReadInferencePool("inference-extension.yaml")
	if err != nil {
		return err
	}
	src, err := table.Generate(filepath.Join(dir, "reports"), facts)
	if err != nil {
		return err
	}
	return os.WriteFile("table.go", src, 0o644)
}
