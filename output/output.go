// Package output writes synthesized manifests to their folder atomically:
// either the folder holds the complete new output, or it is left as it was.
package output

import (
	"fmt"
	"os"
	"path/filepath"
)

// Replace runs write with a fresh temporary folder beside dir and, when write
// succeeds, puts that folder in dir's place. When write fails or panics, dir
// is untouched and the temporary folder is removed.
func Replace(dir string, write func(tmp string) error) error {
	dir = filepath.Clean(dir)
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", parent, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+"-new-")
	if err != nil {
		return fmt.Errorf("create temporary output folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := write(tmp); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("set permissions on %s: %w", tmp, err)
	}
	return swap(tmp, dir)
}

// swap moves tmp to dir, moving the old dir aside first and deleting it last.
func swap(tmp, dir string) error {
	old := tmp + "-old"
	hadOld := true
	if err := os.Rename(dir, old); err != nil {
		if !os.IsNotExist(err) {
			return fmt.Errorf("move %s aside: %w", dir, err)
		}
		hadOld = false
	}
	if err := os.Rename(tmp, dir); err != nil {
		if hadOld {
			_ = os.Rename(old, dir)
		}
		return fmt.Errorf("move new output to %s: %w", dir, err)
	}
	if hadOld {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("remove previous output %s: %w", old, err)
		}
	}
	return nil
}

// WriteFile replaces file with data atomically, creating its folder.
func WriteFile(file string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", filepath.Dir(file), err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+"-new-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), file)
}
