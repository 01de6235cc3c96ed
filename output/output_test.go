package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

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
	writeFile(t, filepath.Join(dir, "old.yaml"), "old")

	err := Replace(dir, func(tmp string) error {
		writeFile(t, filepath.Join(tmp, "new.yaml"), "new")
		return nil
	})

	require.NoError(t, err)
	assert.Equal(t, []string{"new.yaml"}, entries(t, dir))
	assert.Equal(t, []string{"dist"}, entries(t, filepath.Dir(dir)), "no temporary folder is left behind")
	info, err := os.Stat(dir)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o755), info.Mode().Perm())
}

func TestReplaceCreatesAMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "dist")
	require.NoError(t, Replace(dir, func(tmp string) error {
		writeFile(t, filepath.Join(tmp, "a.yaml"), "a")
		return nil
	}))
	assert.Equal(t, []string{"a.yaml"}, entries(t, dir))
}

func TestReplaceLeavesTheFolderAloneWhenWriteFails(t *testing.T) {
	tests := []struct {
		name  string
		write func(tmp string) error
	}{
		{"an error", func(tmp string) error {
			writeFile(t, filepath.Join(tmp, "half.yaml"), "half")
			return errors.New("models[0].name: is required")
		}},
		{"a panic", func(tmp string) error {
			writeFile(t, filepath.Join(tmp, "half.yaml"), "half")
			panic("jsii: validation failed")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "dist")
			require.NoError(t, os.Mkdir(dir, 0o755))
			writeFile(t, filepath.Join(dir, "old.yaml"), "old")

			func() {
				defer func() { _ = recover() }()
				assert.Error(t, Replace(dir, tt.write))
			}()

			assert.Equal(t, []string{"old.yaml"}, entries(t, dir))
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
