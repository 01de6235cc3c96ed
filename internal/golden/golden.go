// Package golden compares test output with files under testdata/, the way
// Go's own cmd/gofmt tests do: `go test ./... -update` rewrites the files.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current output")

// Updating reports whether the test run rewrites golden files.
func Updating() bool { return *update }

// Assert fails t unless got equals the golden file at path, byte for byte.
// With -update it writes got to path instead.
func Assert(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run `go test ./... -update` and review the diff")
	assert.Equal(t, string(want), string(got), "output differs from %s (run `go test ./... -update` to accept it)", path)
}
