package gomod_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/gomod"
)

// emptyModuleCache points the go command at a module cache of its own, as on
// a machine that has never built anything (writable, so t.TempDir can
// remove it), and keeps the go command this test runs with.
func emptyModuleCache(t *testing.T) string {
	t.Helper()
	cache := t.TempDir()
	t.Setenv("GOMODCACHE", cache)
	t.Setenv("GOFLAGS", "-modcacherw")
	t.Setenv("GOTOOLCHAIN", "local")
	return cache
}

func TestOutsideModuleDownloadsAModuleTheCacheDoesNotHold(t *testing.T) {
	cache := emptyModuleCache(t)
	dir, err := gomod.OutsideModule("rsc.io/quote@v1.5.2")
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(cache, "rsc.io", "quote@v1.5.2"), dir)
	assert.FileExists(t, filepath.Join(dir, "quote.go"))
}

func TestOutsideModuleNamesTheModuleItCannotGet(t *testing.T) {
	emptyModuleCache(t)
	t.Setenv("GOPROXY", "off")
	_, err := gomod.OutsideModule("rsc.io/quote@v1.5.2")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "go mod download rsc.io/quote@v1.5.2: ")
	assert.Contains(t, err.Error(), "GOPROXY=off")
}

func TestDirResolvesThePathToTheVersionTheMainModuleRequires(t *testing.T) {
	work := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(work, "go.mod"), []byte("module example.com/m\n\ngo 1.21\n\nrequire rsc.io/quote v1.5.1\n"), 0o644))
	cache := emptyModuleCache(t)
	t.Setenv("GOFLAGS", "-modcacherw -mod=mod")
	dir, err := gomod.Dir(work, "rsc.io/quote")
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(cache, "rsc.io", "quote@v1.5.1"), dir)
}
