// Command readme writes the matrix of implementations × features into the
// README, between its implementations markers. `go generate ./implementations`
// runs it after the table is written.
package main

import (
	"fmt"
	"os"

	"github.com/ai-gateway/ai-gateway/implementations"
)

const readme = "../README.md"

func main() {
	data, err := os.ReadFile(readme)
	if err == nil {
		var out []byte
		if out, err = implementations.ReplaceMatrix(data); err == nil {
			err = os.WriteFile(readme, out, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
