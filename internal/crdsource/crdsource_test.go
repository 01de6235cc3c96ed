package crdsource

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const crd = "kind: CustomResourceDefinition\n"

// fixture is a repository root in a temporary folder, with no shared folder
// beside it, and an upstream that serves body (or is down when body is "").
type fixture struct {
	source   Source
	env      map[string]string
	requests int
}

func newFixture(t *testing.T, body string) *fixture {
	t.Helper()
	f := &fixture{env: map[string]string{}}
	root := filepath.Join(t.TempDir(), "repo")
	f.source = InferencePool(root)
	f.source.SHA256 = checksum([]byte(crd))
	f.source.Getenv = func(k string) string { return f.env[k] }
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.requests++
		if body == "" {
			http.Error(w, "gone", http.StatusNotFound)
			return
		}
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(server.Close)
	f.source.URL = server.URL + "/v1.6.0/config/crd/bases/" + InferencePoolCRD.File
	return f
}

func write(t *testing.T, path, data string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
}

func TestTheVariableComesFirstAndIsTakenAsItIs(t *testing.T) {
	f := newFixture(t, crd)
	write(t, f.source.LocalCopy, crd)
	own := filepath.Join(t.TempDir(), "my-crd.yaml")
	write(t, own, "kind: CustomResourceDefinition # patched by me\n")
	f.env["INFERENCE_POOL_CRD"] = own
	path, err := f.source.Path(context.Background())
	require.NoError(t, err)
	assert.Equal(t, own, path)
	assert.Zero(t, f.requests)
}

func TestAVariableNamingNoFileIsAnError(t *testing.T) {
	f := newFixture(t, crd)
	f.env["INFERENCE_POOL_CRD"] = "/nowhere/crd.yaml"
	_, err := f.source.Path(context.Background())
	assert.ErrorContains(t, err, "INFERENCE_POOL_CRD=/nowhere/crd.yaml: stat /nowhere/crd.yaml: no such file or directory")
}

func TestTheLocalCopyComesBeforeTheNetwork(t *testing.T) {
	f := newFixture(t, crd)
	write(t, f.source.LocalCopy, crd)
	path, err := f.source.Path(context.Background())
	require.NoError(t, err)
	assert.Equal(t, f.source.LocalCopy, path)
	assert.Zero(t, f.requests)
}

func TestALocalCopyWithAnotherChecksumIsRefused(t *testing.T) {
	f := newFixture(t, crd)
	write(t, f.source.LocalCopy, "kind: Something else\n")
	_, err := f.source.Path(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the InferencePool CRD at "+f.source.LocalCopy+" has SHA-256 ")
	assert.Contains(t, err.Error(), "but "+f.source.SHA256+" is pinned")
	assert.Zero(t, f.requests)
}

func TestWithoutACopyTheCRDIsDownloadedOnceAndCached(t *testing.T) {
	f := newFixture(t, crd)
	path, err := f.source.Path(context.Background())
	require.NoError(t, err)
	assert.Equal(t, f.source.Cache, path)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, crd, string(data))
	assert.Equal(t, 1, f.requests)

	path, err = f.source.Path(context.Background())
	require.NoError(t, err)
	assert.Equal(t, f.source.Cache, path)
	assert.Equal(t, 1, f.requests, "the second call reads the cached download")
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file is left beside the download")
}

func TestADownloadWithAnotherChecksumNamesTheURLAndBothChecksums(t *testing.T) {
	f := newFixture(t, "kind: CustomResourceDefinition # changed upstream\n")
	_, err := f.source.Path(context.Background())
	require.Error(t, err)
	got := checksum([]byte("kind: CustomResourceDefinition # changed upstream\n"))
	assert.Equal(t, "the InferencePool CRD downloaded from "+f.source.URL+" has SHA-256 "+got+", but "+f.source.SHA256+
		" is pinned; if upstream changed the file on purpose, review it and update the pin", err.Error())
	assert.NoFileExists(t, f.source.Cache, "a file that fails the check is not kept")
}

func TestWithoutNetworkAndWithoutACopyTheErrorIsOneLineNamingTheURLAndTheVariable(t *testing.T) {
	f := newFixture(t, crd)
	f.source.URL = "http://127.0.0.1:1/crd.yaml" // nothing listens on port 1
	_, err := f.source.Path(context.Background())
	require.Error(t, err)
	msg := err.Error()
	assert.NotContains(t, msg, "\n")
	assert.True(t, strings.HasPrefix(msg, "the InferencePool CRD: no copy at "+f.source.LocalCopy+", and downloading http://127.0.0.1:1/crd.yaml failed ("), msg)
	assert.True(t, strings.HasSuffix(msg, "); set INFERENCE_POOL_CRD to the path of a copy"), msg)
}

func TestAnUpstreamErrorStatusIsADownloadFailure(t *testing.T) {
	f := newFixture(t, "")
	_, err := f.source.Path(context.Background())
	assert.ErrorContains(t, err, "failed (HTTP 404 Not Found); set INFERENCE_POOL_CRD")
}

func TestEveryPinMatchesTheSharedCopyWhereOneExists(t *testing.T) {
	for _, c := range All {
		t.Run(c.Kind, func(t *testing.T) {
			s := c.Source(filepath.Join("..", ".."))
			data, err := os.ReadFile(s.LocalCopy)
			if os.IsNotExist(err) {
				t.Skip("no shared copy beside this clone; the pin is checked where one exists (this project's CI)")
			}
			require.NoError(t, err)
			assert.Equal(t, c.SHA256, checksum(data))
		})
	}
}

func TestEveryCRDHasAVariableAndAFileOfItsOwn(t *testing.T) {
	vars, files := map[string]bool{}, map[string]bool{}
	for _, c := range All {
		assert.False(t, vars[c.EnvVar], "%s: variable %s", c.Kind, c.EnvVar)
		assert.False(t, files[c.File], "%s: file %s", c.Kind, c.File)
		vars[c.EnvVar], files[c.File] = true, true
		s := c.Source("root")
		assert.Equal(t, "the "+c.Kind+" CRD", s.Name)
		assert.True(t, strings.HasPrefix(s.URL, "https://raw.githubusercontent.com/") && strings.Contains(s.URL, "/"+c.Release.Version+"/"), s.URL)
	}
}
