package output

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/ai-gateway/ai-gateway/internal/golden" // accepts -update with the rest of ./...
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	list, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range list {
		names = append(names, e.Name())
	}
	return names
}

func TestReplaceSwapsInTheNewOutput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	require.NoError(t, os.Mkdir(dir, 0o755))
	writeFile(t, filepath.Join(dir, "old.k8s.yaml"), "old")

	err := Replace(dir, func(tmp string) error {
		writeFile(t, filepath.Join(tmp, "new.k8s.yaml"), "new")
		return nil
	})

	require.NoError(t, err)
	assert.Equal(t, []string{"new.k8s.yaml"}, entries(t, dir))
	assert.Equal(t, []string{"dist"}, entries(t, filepath.Dir(dir)), "no temporary folder is left behind")
	info, err := os.Stat(dir)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o755), info.Mode().Perm())
}

func TestReplaceCreatesAMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "dist")
	require.NoError(t, Replace(dir, func(tmp string) error {
		writeFile(t, filepath.Join(tmp, "a.k8s.yaml"), "a")
		return nil
	}))
	assert.Equal(t, []string{"a.k8s.yaml"}, entries(t, dir))
}

func TestReplaceLeavesTheFolderAloneWhenWriteFails(t *testing.T) {
	tests := []struct {
		name  string
		write func(tmp string) error
	}{
		{"an error", func(tmp string) error {
			writeFile(t, filepath.Join(tmp, "half.k8s.yaml"), "half")
			return errors.New("models[0].name: is required")
		}},
		{"a panic", func(tmp string) error {
			writeFile(t, filepath.Join(tmp, "half.k8s.yaml"), "half")
			panic("jsii: validation failed")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "dist")
			require.NoError(t, os.Mkdir(dir, 0o755))
			writeFile(t, filepath.Join(dir, "old.k8s.yaml"), "old")

			func() {
				defer func() { _ = recover() }()
				assert.Error(t, Replace(dir, tt.write))
			}()

			assert.Equal(t, []string{"old.k8s.yaml"}, entries(t, dir))
			assert.Equal(t, []string{"dist"}, entries(t, filepath.Dir(dir)), "the temporary folder is removed")
		})
	}
}

func TestWriteFileReplacesTheFileWhole(t *testing.T) {
	file := filepath.Join(t.TempDir(), "docs", "topology.md")
	require.NoError(t, WriteFile(file, []byte("old")))
	require.NoError(t, WriteFile(file, []byte("new")))
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, "new", string(data))
	assert.Equal(t, []string{"topology.md"}, entries(t, filepath.Dir(file)), "no temporary file is left behind")
}

func TestCheckRefusesFoldersItMustNotReplace(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "dist.yaml")
	writeFile(t, file, "kind: Secret")
	foreign := filepath.Join(root, "project")
	require.NoError(t, os.Mkdir(foreign, 0o755))
	writeFile(t, filepath.Join(foreign, "platform.yaml"), "namespace: ai")
	nested := filepath.Join(root, "nested")
	require.NoError(t, os.MkdirAll(filepath.Join(nested, "sub"), 0o755))
	link := filepath.Join(root, "link")
	require.NoError(t, os.Symlink(foreign, link))
	wd, err := os.Getwd()
	require.NoError(t, err)
	tests := []struct {
		name, dir, want string
	}{
		{"a regular file", file, "output folder " + file + ": is a file, not a folder; the output is a folder of manifests (e.g. dist)"},
		{"the working directory", ".", "output folder .: is the working directory or holds it; the output folder is replaced as a whole, so name a folder of its own (e.g. dist)"},
		{"a folder above the working directory", filepath.Dir(wd), "output folder " + filepath.Dir(wd) + ": is the working directory or holds it"},
		{"a folder with files of its own", foreign, "output folder " + foreign + ": holds platform.yaml, which this app does not write; the folder is replaced as a whole, so name an empty folder or one of its own"},
		{"a folder with a subfolder", nested, "output folder " + nested + ": holds sub, which this app does not write"},
		{"a symbolic link", link, "output folder " + link + ": is a symbolic link; name the folder itself, which is replaced as a whole"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			var outErr *Error
			assert.ErrorAs(t, err, &outErr)
			assert.ErrorContains(t, Replace(tt.dir, func(string) error { return nil }), tt.want, "Replace checks too")
		})
	}
	assert.FileExists(t, file, "a refused file stays")
	assert.FileExists(t, filepath.Join(foreign, "platform.yaml"))
}

func TestCheckAcceptsTheAppsOwnFolders(t *testing.T) {
	root := t.TempDir()
	empty := filepath.Join(root, "empty")
	require.NoError(t, os.Mkdir(empty, 0o755))
	ours := filepath.Join(root, "dist")
	require.NoError(t, os.Mkdir(ours, 0o755))
	writeFile(t, filepath.Join(ours, "00-namespace.k8s.yaml"), "kind: Namespace")
	for _, dir := range []string{filepath.Join(root, "missing"), empty, ours} {
		assert.NoError(t, Check(dir), dir)
	}
}

func TestReplaceRemovesTheTemporaryFoldersOfKilledRuns(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "dist")
	dead := filepath.Join(root, ".dist-new-999999999-123")
	older := filepath.Join(root, ".dist-new-4242")
	live := filepath.Join(root, fmt.Sprintf(".dist-new-%d-777", os.Getppid()))
	for _, d := range []string{dead, older, live} {
		require.NoError(t, os.Mkdir(d, 0o755))
	}
	require.NoError(t, Replace(dir, func(tmp string) error {
		writeFile(t, filepath.Join(tmp, "a.k8s.yaml"), "a")
		return nil
	}))
	assert.NoDirExists(t, dead, "the folder of a process that is gone")
	assert.DirExists(t, live, "the folder of a running process stays")
	assert.NoDirExists(t, older, "a folder named before process ids were part of the name")
	assert.Equal(t, []string{live[len(root)+1:], "dist"}, entries(t, root))
}

// TestReplaceRemovesItsTemporaryFolderOnSIGINT runs Replace in a child
// process (this test binary) that interrupts itself while writing.
func TestReplaceRemovesItsTemporaryFolderOnSIGINT(t *testing.T) {
	if dir := os.Getenv("OUTPUT_SIGNAL_DIR"); dir != "" {
		_ = Replace(dir, func(tmp string) error {
			writeFile(t, filepath.Join(tmp, "half.k8s.yaml"), "half")
			_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
			time.Sleep(10 * time.Second)
			return nil
		})
		os.Exit(0) // not reached: the signal ends the process
	}
	root := t.TempDir()
	dir := filepath.Join(root, "dist")
	cmd := exec.Command(os.Args[0], "-test.run", "^TestReplaceRemovesItsTemporaryFolderOnSIGINT$")
	cmd.Env = append(os.Environ(), "OUTPUT_SIGNAL_DIR="+dir)
	err := cmd.Run()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	status := exit.Sys().(syscall.WaitStatus)
	assert.True(t, status.Signaled(), "the interrupt ends the process: %v", err)
	assert.Empty(t, entries(t, root), "neither the output nor a temporary folder")
}
