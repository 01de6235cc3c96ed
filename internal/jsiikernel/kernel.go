// Package jsiikernel starts the jsii kernel, the Node.js process behind every
// cdk8s call, the fast way: on Node.js 24 from the npm package the build pins
// (node_modules/node-OS-ARCH), and without the relay process that
// jsii-runtime-go's own launcher puts between the Go program and the kernel
// (a second Node.js process that only copies bytes). It does so through the
// JSII_RUNTIME variable jsii-runtime-go reads, and only when it is unset, so a
// user's own choice wins. In front of the kernel runs this binary as a relay
// of ours (relay.go), which answers creates, loads and the calls that make
// values ahead of the kernel (ahead.go) so that the two processes work at
// once, and hands each chart's toJson result over in a file that
// ChartObjects reads (handoff.go); AI_GATEWAY_JSII_RELAY=off leaves it out.
//
// The kernel is a copy that `make bindings` takes from the jsii-runtime-go
// module the build uses (internal/gen), adapted (among others, it passes
// values that are plain JSON, such as the charts' toJson, through its
// serializer as they are), embedded in the binary and written once to the
// user's cache folder.
package jsiikernel

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/ai-gateway/ai-gateway/internal/jsiikernel/internal/kernelenv"
)

//go:embed runtime
var files embed.FS

// youngGeneration caps V8's semi-spaces at 8 MB. Node.js 24 lets them grow
// larger than Node.js 20 did, which at 1,000 models held about 100 MB more
// for the whole run without making it faster (make bench, median of 7).
const youngGeneration = "--max-semi-space-size=8"

// NodeVersion is the Node.js release of the npm package the build pins.
const NodeVersion = "24"

// jsii-runtime-go reads JSII_RUNTIME when its client is created, which the
// generated bindings do in their init functions. This package sorts before
// them and imports no jsii code, so its init runs first (Go initializes
// ready packages in import-path order); importing it is all a program needs.
//
// The same init makes the binary the relay (relay.go) when jsii-runtime-go
// starts it as such, before any binding's init runs.
func init() {
	if len(os.Args) > 1 && os.Args[1] == relayFlag {
		os.Exit(runRelay(os.Args[2:]))
	}
	setupNote, setupErr = setup()
}

var (
	setupNote string
	setupErr  error
	// kernelProgram is the program.js of the kernel this package starts;
	// "" when jsii-runtime-go starts its own.
	kernelProgram string
)

// Note says how the kernel falls back, when it does: to the system node, or
// to the standard launcher. It is "" when Node.js 24 runs it without a relay.
func Note() string {
	if setupErr != nil {
		return "the jsii kernel starts the standard way: " + setupErr.Error()
	}
	return setupNote
}

// setup points jsii-runtime-go at the relay-free kernel on the best Node.js
// it finds, unless JSII_RUNTIME is set already. It returns a note for the
// user when it falls back: to the system node, or to the standard launcher.
func setup() (note string, err error) {
	if os.Getenv("JSII_RUNTIME") != "" {
		return "", nil
	}
	status, err := files.ReadFile("runtime/status.txt")
	if err != nil {
		return "", err
	}
	node, note := findNode()
	if !strings.HasPrefix(string(status), "launcher: on") {
		return "the jsii kernel runs behind its relay process: this jsii-runtime-go's kernel could not be adapted (internal/jsiikernel/runtime/status.txt)", nil
	}
	program, err := extract()
	if err != nil {
		return "", err
	}
	if node != "" && os.Getenv("JSII_NODE") == "" {
		// What jsii-runtime-go would use, should anything start it the standard way.
		os.Setenv("JSII_NODE", node)
	}
	if node == "" {
		node = "node"
	}
	os.Setenv("JSII_RUNTIME", kernelCommand(node, program))
	kernelProgram = program
	return note, nil
}

// ShortcutsVariable, set to "off", has the kernel do without the shortcuts
// internal/gen patches into it: it then serializes values that are plain
// JSON (the charts' toJson) key by key rather than pass them through, and
// gathers a struct type's properties at each use rather than once, as the
// unadapted kernel does; for debugging, and to compare.
const ShortcutsVariable = kernelenv.ShortcutsVariable

// findNode returns the Node.js binary of the pinned npm package, or
// JSII_NODE when set; "" and a note when it is not there. It looks in the
// node_modules the binary was built with (so a binary copied or installed
// elsewhere still finds it), then in node_modules above the working
// directory and above the executable.
func findNode() (string, string) {
	if node := os.Getenv("JSII_NODE"); node != "" {
		return node, ""
	}
	arch := map[string]string{"amd64": "x64", "arm64": "arm64"}[runtime.GOARCH]
	pkg := "node-" + runtime.GOOS + "-" + arch
	inPackage := func(nodeModules string) string {
		candidate := filepath.Join(nodeModules, pkg, "bin", "node")
		if info, err := os.Stat(candidate); err == nil && !info.IsDir() {
			return candidate
		}
		return ""
	}
	built, _ := files.ReadFile("runtime/node_modules.txt")
	if dir := strings.TrimSpace(string(built)); dir != "" {
		if node := inPackage(dir); node != "" {
			return node, ""
		}
	}
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(exe))
	}
	for _, dir := range starts {
		for {
			if node := inPackage(filepath.Join(dir, "node_modules")); node != "" {
				return node, ""
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	where := "not in node_modules above the working directory or the binary"
	if dir := strings.TrimSpace(string(built)); dir != "" {
		where = fmt.Sprintf("neither in %s, where this binary was built, nor in node_modules above the working directory or the binary", dir)
	}
	return "", fmt.Sprintf("Node.js %s (npm package %s) is %s (run npm ci in the repository, or set JSII_NODE to a Node.js %s binary); the jsii kernel runs on the system node",
		NodeVersion, pkg, where, NodeVersion)
}

// extract writes the kernel to the user's cache folder, in a folder named
// after its content, once; it returns the path of program.js.
func extract() (string, error) {
	sum := sha256.New()
	err := fs.WalkDir(files, "runtime", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := files.ReadFile(path)
		sum.Write([]byte(path))
		sum.Write(data)
		return err
	})
	if err != nil {
		return "", err
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir := filepath.Join(base, "ai-gateway", "jsii-kernel-"+hex.EncodeToString(sum.Sum(nil))[:16])
	program := filepath.Join(dir, "lib", "program.js")
	if _, err := os.Stat(program); err == nil {
		return program, nil
	}
	if err := write(dir); err != nil {
		return "", fmt.Errorf("write the jsii kernel to %s: %w", dir, err)
	}
	return program, nil
}

// write fills a temporary folder beside dir and renames it into place, so
// a concurrent run never sees half a kernel.
func write(dir string) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".jsii-kernel-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.Mkdir(filepath.Join(tmp, "lib"), 0o755); err != nil {
		return err
	}
	for _, name := range []string{"program.js", "runtime-index-worker.js"} {
		data, err := files.ReadFile("runtime/" + name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(tmp, "lib", name), data, 0o644); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil && !os.IsExist(err) {
		if _, statErr := os.Stat(filepath.Join(dir, "lib", "program.js")); statErr == nil {
			return nil // another run got there first
		}
		return err
	}
	return nil
}

// shellQuote quotes s for /bin/sh.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// kernelCommand is the command jsii-runtime-go runs: this binary as the
// relay in front of the kernel, which it starts here and now where it can
// (early.go), or, with the relay off (RelayVariable) or no path to this
// binary, the kernel alone, talking on fd 3 (here stdout) with its own
// stdout on stderr.
func kernelCommand(node, program string) string {
	kernel := []string{node, youngGeneration, "--preserve-symlinks", program}
	self, err := os.Executable()
	if os.Getenv(RelayVariable) == "off" || err != nil {
		return fmt.Sprintf("exec %s 3>&1 1>&2", shellJoin(kernel))
	}
	relay := []string{self, relayFlag}
	if k, spec, ok := startEarly(kernel); ok {
		early = k
		return "exec " + shellJoin(append(relay, attachFlag, spec))
	}
	return "exec " + shellJoin(append(relay, kernel...))
}

// shellJoin quotes each of words for /bin/sh.
func shellJoin(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = shellQuote(w)
	}
	return strings.Join(quoted, " ")
}
