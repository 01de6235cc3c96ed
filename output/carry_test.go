package output

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFolderCarriesOverOnlyFilesThatAreWhatItWouldWrite(t *testing.T) {
	tests := []struct {
		name    string
		old     string                             // content of the old folder's file
		prepare func(t *testing.T, oldFile string) // what else was done to it
		want    string                             // content to write
		carried bool                               // whether the old file is the new one
	}{
		{name: "a file the old folder holds unchanged is carried over", old: "kind: Service\n", want: "kind: Service\n", carried: true},
		{name: "a changed file of the same size is written", old: "kind: Service\n", want: "kind: Secrets\n"},
		{name: "a longer file is written", old: "kind: Service\n", want: "kind: Service\n---\n"},
		{name: "a shorter file is written", old: "kind: Service\n", want: "kind: Se\n"},
		{
			name: "a file linked elsewhere too is written, so that the other link keeps its content",
			old:  "kind: Service\n", want: "kind: Service\n",
			prepare: func(t *testing.T, oldFile string) {
				require.NoError(t, os.Link(oldFile, filepath.Join(t.TempDir(), "backup.k8s.yaml")))
			},
		},
		{
			name: "a file whose mode is not a new file's is written",
			old:  "kind: Service\n", want: "kind: Service\n",
			prepare: func(t *testing.T, oldFile string) { require.NoError(t, os.Chmod(oldFile, 0o600)) },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, tmp := t.TempDir(), t.TempDir()
			oldFile := filepath.Join(prev, "20-model-chat.k8s.yaml")
			require.NoError(t, os.WriteFile(oldFile, []byte(tt.old), 0o644))
			if tt.prepare != nil {
				tt.prepare(t, oldFile)
			}
			before, err := os.Stat(oldFile)
			require.NoError(t, err)
			out := &folder{dir: tmp, prev: prev}
			require.NoError(t, out.write("00-namespace.k8s.yaml", []byte("kind: Namespace\n")))

			require.NoError(t, out.write("20-model-chat.k8s.yaml", []byte(tt.want)))

			newFile := filepath.Join(tmp, "20-model-chat.k8s.yaml")
			got, err := os.ReadFile(newFile)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
			after, err := os.Stat(newFile)
			require.NoError(t, err)
			assert.Equal(t, tt.carried, os.SameFile(before, after), "carried over")
			fresh, err := os.Stat(filepath.Join(tmp, "00-namespace.k8s.yaml"))
			require.NoError(t, err)
			assert.Equal(t, fresh.Mode(), after.Mode(), "the mode of a new file")
			kept, err := os.ReadFile(oldFile)
			require.NoError(t, err)
			assert.Equal(t, tt.old, string(kept), "the old file is never written")
		})
	}
}

func TestFolderWritesEveryFileWhenThereIsNoOldFolder(t *testing.T) {
	tmp := t.TempDir()
	out := &folder{dir: tmp, prev: filepath.Join(t.TempDir(), "dist")}
	require.NoError(t, out.write("00-namespace.k8s.yaml", []byte("a")))
	require.NoError(t, out.write("10-gateway.k8s.yaml", []byte("b")))
	assert.Equal(t, []string{"00-namespace.k8s.yaml", "10-gateway.k8s.yaml"}, entries(t, tmp))
}

func TestACarriedFileKeepsTheTimeItLastChanged(t *testing.T) {
	prev, tmp := t.TempDir(), t.TempDir()
	oldFile := filepath.Join(prev, "10-gateway.k8s.yaml")
	writeFile(t, oldFile, "kind: Gateway\n")
	changed := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	require.NoError(t, os.Chtimes(oldFile, changed, changed))
	out := &folder{dir: tmp, prev: prev}
	require.NoError(t, out.write("00-namespace.k8s.yaml", []byte("kind: Namespace\n")))

	require.NoError(t, out.write("10-gateway.k8s.yaml", []byte("kind: Gateway\n")))

	info, err := os.Stat(filepath.Join(tmp, "10-gateway.k8s.yaml"))
	require.NoError(t, err)
	assert.True(t, info.ModTime().Equal(changed), "modified %s", info.ModTime())
}

func TestFolderNeverWritesOverAFileItHolds(t *testing.T) {
	tmp := t.TempDir()
	writeFile(t, filepath.Join(tmp, "10-gateway.k8s.yaml"), "someone else's")
	out := &folder{dir: tmp, prev: t.TempDir()}
	assert.Error(t, out.write("10-gateway.k8s.yaml", []byte("kind: Gateway\n")))
}
