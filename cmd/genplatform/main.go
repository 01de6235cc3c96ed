// Command genplatform prints a platform description of N models, for
// benchmarks: every model has a server (Deployment, Service, autoscaler,
// budget, policy) and a route; every tenth has a canary; every fifth is
// served through an InferencePool. The output is valid for -config.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/ai-gateway/ai-gateway/internal/fleet"
)

func main() {
	models := flag.Int("models", 100, "number of models")
	flag.Parse()
	if *models < 1 {
		fmt.Fprintln(os.Stderr, "error: -models must be at least 1")
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	fleet.Write(out, *models)
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
