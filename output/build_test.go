package output

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/platform"
)

// journal records what a build and its output did, in order.
type journal struct{ events []string }

func (j *journal) add(format string, args ...any) {
	// The build and the output record from two goroutines; the bridge's
	// lock keeps them apart.
	platform.WithBridge(func() { j.events = append(j.events, fmt.Sprintf(format, args...)) })
}

// charts builds n charts of one ConfigMap each, one file each, recording
// each chart as it is yielded; after the chart numbered panicAfter (if not
// negative) it panics. It pauses after each chart, so that an output that
// does not wait for the next chart writes during the pause.
func (j *journal) charts(n, panicAfter int) iter.Seq[platform.Chart] {
	return func(yield func(platform.Chart) bool) {
		var app cdk8s.App
		platform.WithBridge(func() { app = cdk8s.NewApp(nil) })
		for i := range n {
			var c platform.Chart
			platform.WithBridge(func() {
				chart := cdk8s.NewChart(app, jsii.String(fmt.Sprintf("chart-%d", i)), nil)
				cdk8s.NewApiObject(chart, jsii.String("config"), &cdk8s.ApiObjectProps{
					ApiVersion: jsii.String("v1"), Kind: jsii.String("ConfigMap"),
					Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(fmt.Sprintf("config-%d", i))},
				})
				c = platform.Chart{Chart: chart, File: fmt.Sprintf("%02d.k8s.yaml", i)}
			})
			j.add("built %d", i)
			if i == panicAfter {
				panic("the build broke")
			}
			if !yield(c) {
				j.add("stopped after %d", i)
				return
			}
			time.Sleep(pause)
		}
	}
}

// pause is how long the test build waits after each chart.
const pause = 50 * time.Millisecond

func TestEachFileWritesAChartOnceTwoMoreAreBuilt(t *testing.T) {
	j := &journal{}
	err := eachFile(j.charts(4, -1), func(f file) error {
		j.add("wrote %s", f.name)
		return nil
	})
	require.NoError(t, err)
	index := map[string]int{}
	for i, e := range j.events {
		index[e] = i
	}
	require.Len(t, index, 8, j.events)
	assert.Less(t, index["built 2"], index["wrote 00.k8s.yaml"], j.events)
	assert.Less(t, index["built 3"], index["wrote 01.k8s.yaml"], j.events)
	assert.Less(t, index["wrote 01.k8s.yaml"], index["wrote 02.k8s.yaml"], "files in chart order: %v", j.events)
	assert.Less(t, index["wrote 02.k8s.yaml"], index["wrote 03.k8s.yaml"], "files in chart order: %v", j.events)
}

func TestEachFileStopsTheBuildWhenAWriteFails(t *testing.T) {
	j := &journal{}
	broken := errors.New("disk full")
	err := eachFile(j.charts(builtAhead+4, -1), func(f file) error {
		j.add("wrote %s", f.name)
		return broken
	})
	require.ErrorIs(t, err, broken)
	assert.Contains(t, j.events, "wrote 00.k8s.yaml")
	assert.NotContains(t, j.events, "wrote 01.k8s.yaml")
	assert.Contains(t, j.events[len(j.events)-1], "stopped after", "eachFile returns once the build has stopped: %v", j.events)
	assert.NotContains(t, j.events, fmt.Sprintf("built %d", builtAhead+3), "the build stops a few charts ahead at most")
}

func TestSynthRaisesAPanicOfTheBuildAndLeavesTheFolderAlone(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "dist")
	require.NoError(t, os.Mkdir(dir, 0o755))
	writeFile(t, filepath.Join(dir, "old.k8s.yaml"), "kind: Old\n")
	j := &journal{}
	assert.PanicsWithValue(t, "the build broke", func() {
		_ = Synth(j.charts(3, 1), Destination{Dir: dir})
	})
	assert.Equal(t, []string{"old.k8s.yaml"}, entries(t, dir))
	assert.Equal(t, []string{"dist"}, entries(t, parent), "no temporary folder is left")
}

func TestTheBuildHandsOverNoChartOnceStopped(t *testing.T) {
	// A select that can both send and see stop picks at random, so one
	// round would miss a build that goes on half the time; twenty would
	// miss it once in a million.
	for range 20 {
		built := make(chan platform.Chart, 10)
		stop := make(chan struct{})
		close(stop)
		yielded := 0
		charts := func(yield func(platform.Chart) bool) {
			for range 10 {
				yielded++
				if !yield(platform.Chart{}) {
					return
				}
			}
		}
		build(charts, built, stop, make(chan any, 1))
		require.Empty(t, built, "no chart is handed over once the build is stopped")
		require.Equal(t, 1, yielded, "the build stops at the first chart")
	}
}

func TestSynthCarriesOverTheFilesAResynthLeavesUnchanged(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	require.NoError(t, Synth((&journal{}).charts(3, -1), Destination{Dir: dir}))
	before := map[string]os.FileInfo{}
	for _, name := range entries(t, dir) {
		info, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err)
		before[name] = info
	}

	require.NoError(t, Synth((&journal{}).charts(3, -1), Destination{Dir: dir}))

	require.Equal(t, []string{"00.k8s.yaml", "01.k8s.yaml", "02.k8s.yaml"}, entries(t, dir))
	for _, name := range []string{"01.k8s.yaml", "02.k8s.yaml"} { // 00 is written: the others are compared with it
		after, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err)
		assert.True(t, os.SameFile(before[name], after), "%s is carried over", name)
	}
}
