// Command inferencepoolcrd prints the path of a verified copy of the
// InferencePool CRD (Gateway API Inference Extension), downloading it into
// .gen/crds/ when neither INFERENCE_POOL_CRD nor the shared copy beside the
// repository provides one. `make import` and `make test` run it from the
// repository root.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/ai-gateway/ai-gateway/internal/crdsource"
)

func main() {
	path, err := crdsource.InferencePool(".").Path(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println(path)
}
