package jsiikernel_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/jsiikernel"
)

// TestTheKernelRunsOnNode24WithoutARelay starts cdk8s and looks at the
// processes this test started: the kernel itself, on the Node.js of
// node_modules, and no relay (jsii-runtime.js) in front of it. It proves
// that this package's init ran before the bindings' (which create the jsii
// client) in a binary that imports both.
func TestTheKernelRunsOnNode24WithoutARelay(t *testing.T) {
	require.Empty(t, jsiikernel.Note(), "Node.js 24 is in node_modules (npm ci) and the kernel copy adapts")
	cdk8s.NewApp(nil).SynthYaml() // starts the kernel
	children := childCommands(t, os.Getpid())
	require.Len(t, children, 1, "one child process: %q", children)
	assert.Contains(t, children[0], filepath.Join("node_modules", "node-linux-"))
	assert.Contains(t, children[0], " --preserve-symlinks ")
	assert.Contains(t, children[0], " --max-semi-space-size=8 ", "the young generation capped")
	assert.Contains(t, children[0], filepath.Join("lib", "program.js"))
	assert.NotContains(t, children[0], "jsii-runtime.js", "no relay process")
}

// childCommands lists the command lines of the processes whose parent is pid.
func childCommands(t *testing.T, pid int) []string {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so read after ')'.
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) < 2 || fields[1] != strconv.Itoa(pid) {
			continue
		}
		cmdline, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		out = append(out, strings.TrimSpace(strings.ReplaceAll(string(cmdline), "\x00", " ")))
	}
	return out
}
