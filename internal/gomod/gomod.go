// Package gomod finds the folder of a Go module in the module cache,
// downloading the module first when it is not there.
//
// `go list -m -f {{.Dir}}` is not enough: it prints an empty Dir for a module
// that the build list names but the module cache does not hold yet, which is
// every module on a machine that has never built the project.
package gomod

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
)

// Dir downloads module into the module cache, unless it is there already
// (the go command verifies it against go.sum or the checksum database), and
// returns its folder. module is a path, resolved to the version the main
// module in workDir requires, or path@version. workDir "" is the current
// directory.
func Dir(workDir, module string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", module)
	cmd.Dir = workDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, runErr := cmd.Output()
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil && runErr == nil {
		return "", fmt.Errorf("go mod download %s: %w", module, err)
	}
	switch {
	case info.Error != "":
		return "", fmt.Errorf("go mod download %s: %s", module, info.Error)
	case runErr != nil:
		return "", fmt.Errorf("go mod download %s: %w: %s", module, runErr, bytes.TrimSpace(stderr.Bytes()))
	case info.Dir == "":
		return "", fmt.Errorf("go mod download %s printed no folder", module)
	}
	if _, err := os.Stat(info.Dir); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", module, err)
	}
	return info.Dir, nil
}

// OutsideModule is Dir for path@version run in an empty temporary folder, so
// that no go.mod is consulted or changed.
func OutsideModule(module string) (string, error) {
	tmp, err := os.MkdirTemp("", "gomod-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	return Dir(tmp, module)
}
