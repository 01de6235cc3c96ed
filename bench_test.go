package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/internal/fleet"
	"github.com/ai-gateway/ai-gateway/internal/jsiikernel"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
	"github.com/ai-gateway/ai-gateway/platform"
)

var fleetSizes = []int{1, 10, 100, 1000}

// writeFleet writes the description of n models and returns its path.
func writeFleet(b *testing.B, n int) string {
	b.Helper()
	config := filepath.Join(b.TempDir(), "platform.yaml")
	if err := os.WriteFile(config, fleet.Platform(n), 0o644); err != nil {
		b.Fatal(err)
	}
	return config
}

// BenchmarkSynth builds and synthesizes a fleet in-process, as `make synth`
// does minus the start of the Node.js process: config parsing, constructs
// over the jsii bridge, cdk8s resolution, YAML written in Go, the picture.
func BenchmarkSynth(b *testing.B) {
	for _, n := range fleetSizes {
		b.Run(fmt.Sprintf("models=%d", n), func(b *testing.B) {
			config := writeFleet(b, n)
			dir := b.TempDir()
			for b.Loop() {
				out := filepath.Join(dir, "dist")
				if err := run([]string{"-config", config, "-out", out, "-topology", out + ".md"}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(countObjects(b, filepath.Join(dir, "dist"))), "objects/op")
		})
	}
}

// BenchmarkPlainGoFloor is the floor to compare with: the same objects, held
// in the Go types of k8s.io/api and sigs.k8s.io/gateway-api, marshalled with
// sigs.k8s.io/yaml and written to the same files. No jsii, no Node.js. The
// objects are decoded before the timer starts, so this measures marshalling
// and writing only; building Go structs costs next to nothing beside it.
func BenchmarkPlainGoFloor(b *testing.B) {
	for _, n := range fleetSizes {
		b.Run(fmt.Sprintf("models=%d", n), func(b *testing.B) {
			dist := filepath.Join(b.TempDir(), "dist")
			if err := run([]string{"-config", writeFleet(b, n), "-out", dist, "-topology", ""}); err != nil {
				b.Fatal(err)
			}
			files := map[string][]any{}
			for _, o := range readObjectsB(b, filepath.Join(dist, "*.yaml")) {
				typed, err := o.DecodeStrict()
				if err != nil {
					b.Fatal(err)
				}
				file := filepath.Base(o.Source[:len(o.Source)-len(filepath.Ext(o.Source))])
				files[file] = append(files[file], typed)
			}
			out := b.TempDir()
			objects := 0
			for b.Loop() {
				objects = 0
				for file, list := range files {
					var data []byte
					for i, obj := range list {
						doc, err := yaml.Marshal(obj)
						if err != nil {
							b.Fatal(err)
						}
						if i > 0 {
							data = append(data, "---\n"...)
						}
						data = append(data, doc...)
						objects++
					}
					if err := os.WriteFile(filepath.Join(out, file), data, 0o644); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(objects), "objects/op")
		})
	}
}

func readObjectsB(b *testing.B, glob string) []manifest.Object {
	b.Helper()
	objects, err := manifest.ReadFiles(glob)
	if err != nil {
		b.Fatal(err)
	}
	return objects
}

func countObjects(b *testing.B, dir string) int {
	b.Helper()
	return len(readObjectsB(b, filepath.Join(dir, "*.yaml")))
}

// TestTheRelayWritesWhatTheKernelAloneWrites synthesizes fleets of 1, 100
// and 1,000 models three times, in child processes: with the relay that
// answers creates ahead of the kernel, with it off, and with it off and the
// kernel without the shortcuts internal/jsiikernel/internal/gen patches in
// (jsiikernel.ShortcutsVariable); dist/ and the picture must be the same
// bytes.
func TestTheRelayWritesWhatTheKernelAloneWrites(t *testing.T) {
	for _, n := range []int{1, 100, 1000} {
		t.Run(fmt.Sprintf("models=%d", n), func(t *testing.T) {
			config := filepath.Join(t.TempDir(), "platform.yaml")
			require.NoError(t, os.WriteFile(config, fleet.Platform(n), 0o644))
			synth := func(env ...string) (files map[string][]byte, picture, output []byte) {
				out := filepath.Join(t.TempDir(), "dist")
				cmd := exec.Command(os.Args[0])
				cmd.Env = append(userEnvironment(), "AI_GATEWAY_RUN_MAIN=1",
					"AI_GATEWAY_ARGS=-config "+config+" -out "+out+" -topology "+out+".md")
				cmd.Env = append(cmd.Env, env...)
				output, err := cmd.CombinedOutput()
				require.NoError(t, err, "%s", output)
				picture, err = os.ReadFile(out + ".md")
				require.NoError(t, err)
				return readDir(t, out), picture, output
			}
			files, picture, output := synth(jsiikernel.RelayVariable + "=" + jsiikernel.RelayStats)
			alone, alonePicture, _ := synth(jsiikernel.RelayVariable + "=off")
			unadapted, unadaptedPicture, _ := synth(jsiikernel.RelayVariable+"=off", jsiikernel.ShortcutsVariable+"=off")
			for _, other := range []struct {
				name    string
				files   map[string][]byte
				picture []byte
			}{
				{"the kernel alone", alone, alonePicture},
				{"the kernel alone, without its shortcuts", unadapted, unadaptedPicture},
			} {
				require.Equal(t, keys(other.files), keys(files), other.name)
				for name, data := range other.files {
					assert.True(t, bytes.Equal(data, files[name]), "%s differs (against %s)", name, other.name)
				}
				assert.True(t, bytes.Equal(other.picture, picture), "the picture differs (against %s)", other.name)
			}

			// Every chart but the last is asked for ahead, and every early
			// answer is used: the namespace's, the gateway's, the models'.
			charts := 2 + (n+platform.ModelsPerChart-1)/platform.ModelsPerChart
			// Every chart's objects are handed over in a file (internal/jsiikernel/handoff.go).
			assert.Contains(t, string(output), fmt.Sprintf("charts' toJson: %d asked ahead, %[1]d served, 0 spoiled, %d handed over in files", charts-1, charts))
			// Loads and value calls are answered ahead too: only the last
			// chart's toJson waits for the kernel.
			assert.Contains(t, string(output), "value calls answered ahead, 1 waited for the kernel;")
		})
	}
}
