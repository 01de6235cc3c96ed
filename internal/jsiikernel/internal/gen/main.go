// Command gen copies the jsii kernel (lib/program.js and the worker beside
// it) out of the jsii-runtime-go module the build uses, into
// internal/jsiikernel/runtime/ for the binary to embed, and adapts the copy:
//
//   - the kernel reads requests from stdin (fd 0) instead of fd 3, so it can
//     run without the relay process that jsii-runtime-go's own launcher puts
//     in front of it (that relay copies fd 0 to the kernel's fd 3 and back);
//   - computeSerializationType formats its "expected type information"
//     message only when the check fails, not on every call (it ran
//     util.inspect on each value typed "any");
//   - two shortcuts, which kernelenv.ShortcutsVariable=off switches off:
//     values that are plain JSON (the charts' toJson) pass through the
//     serializer of "any" values as they are, and a struct type's
//     properties are gathered once, not at each struct deserialized.
//
// Beside the copy, node_modules.txt records where this build's node_modules
// is, so a binary built here finds its Node.js 24 wherever it is run from.
//
// Each change is made only where the text it replaces is found exactly
// once; otherwise the copy keeps that text and status.txt says why, and the
// app falls back to the standard launcher where it needs the first change.
// `make bindings` runs it; the files are git-ignored, never committed.
package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ai-gateway/ai-gateway/internal/gomod"
	"github.com/ai-gateway/ai-gateway/internal/jsiikernel/internal/kernelenv"
)

// patch replaces old by new in a file's text.
type patch struct {
	name, old, new string
	// required: without it the relay-free launcher cannot work.
	required bool
}

var patches = []patch{
	{
		name:     "read requests from stdin",
		old:      "readFD:3,writeFD:3",
		new:      "readFD:0,writeFD:3",
		required: true,
	},
	{
		// The serializer of "any" values (serialization.ts) walks each
		// object for references, accessors and jsii types, and copies it
		// key by key: for the charts' toJson, 6.4 MB at 1,000 models, that
		// was 0.34 s of the kernel. A value that is plain JSON (strings,
		// booleans, numbers, and arrays and Object.prototype objects of
		// them with only enumerable data properties and no symbols, so
		// neither a reference nor a wire map) serializes to itself: the
		// copy would have the same keys in the same order and the same
		// values. null and undefined, which the copy drops, take the
		// standard path, as does anything else (an own "__proto__" key,
		// which the copy would turn into a prototype; holes; deeper than
		// 100). One of the shortcuts kernelenv.ShortcutsVariable=off
		// switches off.
		name: "pass plain JSON values through the any serializer",
		old:  "if(isScalar(e))return e;if(Array.isArray(e))return e.map(",
		new: "if(isScalar(e))return e;" + isPlainJSON +
			"if(" + shortcutsOn + "&&isPlainJSON(e,0))return e;" +
			"if(Array.isArray(e))return e.map(",
	},
	{
		// Each struct the kernel deserializes (every create's props) had
		// its type's properties gathered anew, its interfaces' and bases'
		// merged by spreading objects (serialization.ts, propertiesOf):
		// 0.09 s of the kernel at 1,000 models, and garbage. A type's
		// properties do not change: they are gathered once per type. No
		// caller changes what it is given (the struct deserializer and
		// validateRequiredProps only read it). One of the shortcuts
		// kernelenv.ShortcutsVariable=off switches off.
		name: "gather a type's properties once",
		old:  "function propertiesOf(e,p){var m;if(!N.isClassOrInterfaceType(e))return{};",
		new: "var gatheredProperties=new WeakMap;" +
			"function propertiesOf(e,p){if(!" + shortcutsOn + "||null==e||\"object\"!=typeof e)return gatherProperties(e,p);" +
			"let f=gatheredProperties.get(e);return void 0===f&&(f=gatherProperties(e,p),gatheredProperties.set(e,f)),f}" +
			"function gatherProperties(e,p){var m;if(!N.isClassOrInterfaceType(e))return{};",
	},
	{
		name: "format the type-information message only on failure",
		old:  "if((0,B.default)(null!=e,`Kernel error: expected type information, got ${(0,K.inspect)(e)}`),",
		new:  "if(null==e&&(0,B.default)(!1,`Kernel error: expected type information, got ${(0,K.inspect)(e)}`),",
	},
}

// shortcutsOn is a JavaScript expression: whether the kernel takes the
// shortcuts the patches add (kernelenv.ShortcutsVariable is not "off"),
// read from the environment once.
const shortcutsOn = `(globalThis.__aiGatewayShortcuts??=globalThis.process.env.` + kernelenv.ShortcutsVariable + `!=="off")`

// isPlainJSON declares the JavaScript function isPlainJSON(v, depth) the
// "pass plain JSON values" patch calls (plainjson.js; tested by
// internal/jsiikernel's TestIsPlainJSON).
//
//go:embed plainjson.js
var isPlainJSON string

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run() error {
	module, err := gomod.Dir("", "github.com/aws/jsii-runtime-go")
	if err != nil {
		return err
	}
	lib := filepath.Join(module, "internal", "embedded", "resources", "lib")
	dest := filepath.Join("internal", "jsiikernel", "runtime")
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return err
	}
	program, err := os.ReadFile(filepath.Join(lib, "program.js"))
	if err != nil {
		return err
	}
	var status []string
	launcher := true
	for _, p := range patches {
		if n := bytes.Count(program, []byte(p.old)); n != 1 {
			status = append(status, fmt.Sprintf("not applied: %s (its text occurs %d times in this jsii-runtime-go's kernel)", p.name, n))
			launcher = launcher && !p.required
			continue
		}
		program = bytes.Replace(program, []byte(p.old), []byte(p.new), 1)
		status = append(status, "applied: "+p.name)
	}
	worker, err := os.ReadFile(filepath.Join(lib, "runtime-index-worker.js"))
	if err != nil {
		return err
	}
	first := "launcher: on"
	if !launcher {
		first = "launcher: off"
	}
	nodeModules, err := filepath.Abs("node_modules")
	if err != nil {
		return err
	}
	for name, data := range map[string][]byte{
		"program.js":              program,
		"runtime-index-worker.js": worker,
		"status.txt":              []byte(first + "\n" + strings.Join(status, "\n") + "\n"),
		"node_modules.txt":        []byte(nodeModules + "\n"),
	} {
		if err := os.WriteFile(filepath.Join(dest, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
