package jsiikernel_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/jsiikernel"
)

// TestTheKernelRunsOnNode24BehindTheRelay starts cdk8s and looks at the
// processes this test started: this binary as the relay (unless it is
// off), and beside it the kernel itself, started at init (early.go), on the
// Node.js of node_modules, not jsii-runtime-go's own launcher
// (jsii-runtime.js). It proves that this package's init ran before the
// bindings' (which create the jsii client) in a binary that imports both.
func TestTheKernelRunsOnNode24BehindTheRelay(t *testing.T) {
	require.Empty(t, jsiikernel.Note(), "Node.js 24 is in node_modules (npm ci) and the kernel copy adapts")
	cdk8s.NewApp(nil).SynthYaml() // starts the kernel
	children := childCommands(t, os.Getpid())
	kernel := children
	if os.Getenv(jsiikernel.RelayVariable) != "off" {
		self, err := os.Executable()
		require.NoError(t, err)
		require.Len(t, children, 2, "the relay and the kernel started early: %q", children)
		relay := slices.IndexFunc(children, func(c string) bool { return strings.HasPrefix(c, self+" -jsii-relay -attach ") })
		require.GreaterOrEqual(t, relay, 0, "the relay, taking the early kernel's pipes: %q", children)
		kernel = slices.Delete(slices.Clone(children), relay, relay+1)
	}
	require.Len(t, kernel, 1, "one kernel: %q", children)
	assert.Contains(t, kernel[0], filepath.Join("node_modules", "node-linux-"))
	assert.Contains(t, kernel[0], " --preserve-symlinks ")
	assert.Contains(t, kernel[0], " --max-semi-space-size=8 ", "the young generation capped")
	assert.Contains(t, kernel[0], filepath.Join("lib", "program.js"))
	assert.NotContains(t, kernel[0], "jsii-runtime.js", "not jsii-runtime-go's launcher")
}

// TestAFailingCreateIsReportedWithItsPath creates two objects of one name in
// a chart, which the kernel refuses, in a child process (the jsii session
// fails for good): with the relay, the create is answered at once and the
// next call that reads a result fails with the kernel's message, the FQN
// and the construct path; without it, the create itself fails.
func TestAFailingCreateIsReportedWithItsPath(t *testing.T) {
	if os.Getenv("JSIIKERNEL_TEST_DUPLICATE") == "1" {
		createTwice()
		return
	}
	tests := []struct{ relay, want string }{
		{"on", "after both creates: jsii kernel: create of cdk8s.ApiObject at test/twice failed: There is already a Construct with name 'twice' in Chart [test]"},
		{"off", "at the second create: There is already a Construct with name 'twice' in Chart [test]"},
	}
	for _, tt := range tests {
		t.Run("relay "+tt.relay, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestAFailingCreateIsReportedWithItsPath$", "-test.v")
			cmd.Env = append(withoutRuntime(os.Environ()), "JSIIKERNEL_TEST_DUPLICATE=1", jsiikernel.RelayVariable+"="+tt.relay)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "%s", out)
			assert.Contains(t, string(out), "failed "+tt.want)
		})
	}
}

// withoutRuntime is env without JSII_RUNTIME, which this process's init
// set, so that the child's init chooses again.
func withoutRuntime(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "JSII_RUNTIME=") {
			out = append(out, kv)
		}
	}
	return out
}

// createTwice creates two ApiObjects named alike and prints where it failed.
func createTwice() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("test"), nil)
	props := &cdk8s.ApiObjectProps{ApiVersion: jsii.String("v1"), Kind: jsii.String("ConfigMap")}
	stage := "at the first create"
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("failed %s: %v\n", stage, r)
		}
	}()
	cdk8s.NewApiObject(chart, jsii.String("twice"), props)
	stage = "at the second create"
	cdk8s.NewApiObject(chart, jsii.String("twice"), props)
	stage = "after both creates"
	app.SynthYaml()
	fmt.Println("no failure")
}

// childCommands lists the command lines of the processes whose parent is pid.
func childCommands(t *testing.T, pid int) []string {
	t.Helper()
	var out []string
	for _, child := range childPIDs(t, pid) {
		cmdline, _ := os.ReadFile(filepath.Join("/proc", strconv.Itoa(child), "cmdline"))
		out = append(out, strings.TrimSpace(strings.ReplaceAll(string(cmdline), "\x00", " ")))
	}
	return out
}

// childPIDs lists the processes whose parent is pid.
func childPIDs(t *testing.T, pid int) []int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	require.NoError(t, err)
	var out []int
	for _, e := range entries {
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so read after ')'.
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) >= 2 && fields[1] == strconv.Itoa(pid) {
			child, _ := strconv.Atoi(e.Name())
			out = append(out, child)
		}
	}
	return out
}
