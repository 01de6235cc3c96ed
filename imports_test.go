package main

import (
	"bufio"
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// generatedHeader is the line that marks a Go file as generated, as
// https://go.dev/s/generatedcode gives it: it must come before the package clause.
var generatedHeader = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

// TestImportsAreMarkedGenerated checks that every Go file `make import` writes
// under imports/ says it is generated (tools/imports/stamp.sh), so that linters,
// gofmt sweeps and duplicate finders leave the cdk8s import output alone.
func TestImportsAreMarkedGenerated(t *testing.T) {
	var files []string
	require.NoError(t, filepath.WalkDir("imports", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return err
	}))
	require.NotEmpty(t, files, "no .go file under imports/: run make import")

	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.True(t, hasGeneratedHeader(src), "%s: no %q line before the package clause: run make import", path, generatedHeader)

		// The Go toolchain's own reading of the file agrees, and the line is
		// not part of the package doc comment (a blank line separates them).
		file, err := parser.ParseFile(token.NewFileSet(), path, src, parser.PackageClauseOnly|parser.ParseComments)
		require.NoError(t, err, path)
		assert.True(t, ast.IsGenerated(file), "%s: go/ast does not see it as generated", path)
		if file.Doc != nil {
			assert.NotContains(t, file.Doc.Text(), "Code generated", "%s: the generated-code line is in the package doc", path)
		}
	}
}

// hasGeneratedHeader reports whether a line of src before its package clause
// matches generatedHeader.
func hasGeneratedHeader(src []byte) bool {
	lines := bufio.NewScanner(bytes.NewReader(src))
	for lines.Scan() {
		line := lines.Text()
		if strings.HasPrefix(line, "package ") {
			return false
		}
		if generatedHeader.MatchString(line) {
			return true
		}
	}
	return false
}
