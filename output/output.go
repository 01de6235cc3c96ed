// Package output is synth's last step: it resolves the charts one at a
// time, splits the models' charts into a file per model, writes the files
// as cdk8s would (YAML, byte for byte), and draws them (topology).
//
// It writes to the folder atomically: either the folder holds the complete
// new output, or it is left as it was. It refuses a folder that holds
// anything it did not write, since it replaces the folder as a whole.
package output

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/ai-gateway/ai-gateway/platform"
)

// Error is a problem with the output folder, not with the config.
type Error struct {
	// Dir is the output folder.
	Dir string
	// Err says what went wrong.
	Err error
}

func (e *Error) Error() string { return fmt.Sprintf("output folder %s: %v", e.Dir, e.Err) }

func (e *Error) Unwrap() error { return e.Err }

// Check refuses a folder the app must not replace: a file, a symbolic link,
// the working directory or a folder above it, or a folder holding anything
// but the app's *.k8s.yaml files. A missing or empty folder is fine.
func Check(dir string) error {
	if err := check(dir); err != nil {
		return &Error{Dir: dir, Err: err}
	}
	return nil
}

func check(dir string) error {
	info, err := os.Lstat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	switch {
	case err != nil:
		return err
	case info.Mode()&os.ModeSymlink != 0:
		return errors.New("is a symbolic link; name the folder itself, which is replaced as a whole")
	case !info.IsDir():
		return errors.New("is a file, not a folder; the output is a folder of manifests (e.g. dist)")
	}
	if holdsWorkingDir(dir) {
		return errors.New("is the working directory or holds it; the output folder is replaced as a whole, so name a folder of its own (e.g. dist)")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), platform.FileSuffix) {
			return fmt.Errorf("holds %s, which this app does not write; the folder is replaced as a whole, so name an empty folder or one of its own", e.Name())
		}
	}
	return nil
}

// holdsWorkingDir reports whether dir is the working directory or above it.
func holdsWorkingDir(dir string) bool {
	abs, err1 := filepath.Abs(dir)
	wd, err2 := os.Getwd()
	if err1 != nil || err2 != nil {
		return false
	}
	abs, wd = resolve(abs), resolve(wd)
	rel, err := filepath.Rel(abs, wd)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func resolve(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	return path
}

// Replace runs write with a fresh temporary folder beside dir and, when write
// succeeds, puts that folder in dir's place. When write fails or panics, or
// the process is interrupted (SIGINT, SIGTERM), dir is untouched and the
// temporary folder is removed; temporary folders of earlier runs that were
// killed outright are removed first.
func Replace(dir string, write func(tmp string) error) error {
	dir = filepath.Clean(dir)
	if err := Check(dir); err != nil {
		return err
	}
	err := replace(dir, write)
	var outErr *Error
	if err != nil && !errors.As(err, &outErr) && !isWriteError(err) {
		return &Error{Dir: dir, Err: err}
	}
	return unwrapWrite(err)
}

// writeError marks an error of the caller's write function, which is the
// caller's to name.
type writeError struct{ err error }

func (e writeError) Error() string { return e.err.Error() }

func isWriteError(err error) bool {
	var w writeError
	return errors.As(err, &w)
}

func unwrapWrite(err error) error {
	var w writeError
	if errors.As(err, &w) {
		return w.err
	}
	return err
}

func replace(dir string, write func(tmp string) error) error {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	removeStale(parent, filepath.Base(dir))
	tmp, err := os.MkdirTemp(parent, tempPrefix(filepath.Base(dir))+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return fmt.Errorf("create a temporary folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	stop := removeOnSignal(tmp)
	defer stop()
	if err := write(tmp); err != nil {
		return writeError{err}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	return swap(tmp, dir)
}

// tempPrefix starts the name of a temporary folder for dir: .dist-new-PID-N.
func tempPrefix(base string) string { return "." + base + "-new-" }

// removeStale removes the temporary folders that runs killed outright (no
// signal handler runs on SIGKILL) left beside dir: those whose process is gone.
func removeStale(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), tempPrefix(base))
		if !ok || !e.IsDir() {
			continue
		}
		pid, _, _ := strings.Cut(rest, "-")
		if n, err := strconv.Atoi(pid); err == nil && alive(n) {
			continue // another run at work
		}
		_ = os.RemoveAll(filepath.Join(parent, e.Name()))
	}
}

// alive reports whether process pid exists.
func alive(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// removeOnSignal removes tmp when SIGINT or SIGTERM arrives, then lets the
// signal end the process as it would have; stop undoes it.
func removeOnSignal(tmp string) (stop func()) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-signals:
			_ = os.RemoveAll(tmp)
			signal.Reset(sig)
			_ = syscall.Kill(os.Getpid(), sig.(syscall.Signal))
		case <-done:
		}
	}()
	return func() {
		signal.Stop(signals)
		close(done)
	}
}

// swap moves tmp to dir, moving the old dir aside first and deleting it last.
func swap(tmp, dir string) error {
	old := tmp + "-old"
	hadOld := true
	if err := os.Rename(dir, old); err != nil {
		if !os.IsNotExist(err) {
			return fmt.Errorf("move the old output aside: %w", err)
		}
		hadOld = false
	}
	if err := os.Rename(tmp, dir); err != nil {
		if hadOld {
			_ = os.Rename(old, dir)
		}
		return fmt.Errorf("move the new output in place: %w", err)
	}
	if hadOld {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("remove the previous output %s: %w", old, err)
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
