package jsiikernel

import (
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// TestIsPlainJSON runs the function the kernel's "pass plain JSON values"
// patch calls (internal/gen/plainjson.js) on Node.js: only what the kernel's
// serializer of "any" values would copy to the same JSON passes through.
func TestIsPlainJSON(t *testing.T) {
	cases := []struct {
		name, value string // value: a JavaScript expression
		want        bool
	}{
		{"a string", `"x"`, true},
		{"a number", `1.5`, true},
		{"a boolean", `false`, true},
		{"an empty object", `({})`, true},
		{"an empty array", `[]`, true},
		{"objects and arrays of them", `({apiVersion: "v1", metadata: {labels: {a: "b"}}, spec: {ports: [{port: 80}, 8080, true]}})`, true},
		{"null", `null`, false},
		{"undefined", `undefined`, false},
		{"null in an object, which the serializer drops", `({a: 1, b: null})`, false},
		{"undefined in an array", `[1, undefined]`, false},
		{"a hole in an array", `[1, , 2]`, false},
		{"a date", `new Date(0)`, false},
		{"an object the kernel holds a reference to", `(() => { const o = {a: 1}; o[Symbol.for("$__jsii__objid__$")] = "cdk8s.Chart@10000"; return o })()`, false},
		{"a getter", `Object.defineProperty({}, "a", {get() { return 1 }, enumerable: true})`, false},
		{"a property that is not enumerable", `Object.defineProperty({}, "a", {value: 1})`, false},
		{"a method", `({a() {}})`, false},
		{"an own __proto__ key, which the serializer's copy would make a prototype", `JSON.parse('{"__proto__": {"a": 1}}')`, false},
		{"an instance of a class", `new (class Chart {})()`, false},
		{"an object without a prototype", `Object.create(null)`, false},
		{"an array of a subclass", `new (class Objects extends Array {})()`, false},
		{"a map", `new Map()`, false},
		{"plain JSON deep inside that is not", `({a: [{b: {c: [new Date(0)]}}]})`, false},
		{"deeper than 100 levels", `(() => { let v = 1; for (let i = 0; i < 200; i++) v = [v]; return v })()`, false},
	}
	node, note := findNode()
	if node == "" {
		t.Fatal(note)
	}
	source, err := os.ReadFile("internal/gen/plainjson.js")
	requireNoError(t, err)
	// Each expression is evaluated on its own (in an array literal, an
	// undefined case would be a hole).
	script := string(source) + "\nconst results = [];\n"
	for _, c := range cases {
		script += "results.push(isPlainJSON(" + c.value + ", 0));\n"
	}
	script += "console.log(JSON.stringify(results));\n"
	out, err := exec.Command(node, "-e", script).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v: %s", err, out)
	}
	var got []bool
	requireNoError(t, json.Unmarshal(out, &got))
	if len(got) != len(cases) {
		t.Fatalf("%d results for %d cases: %s", len(got), len(cases), out)
	}
	for i, c := range cases {
		if got[i] != c.want {
			t.Errorf("%s: isPlainJSON(%s) = %v, want %v", c.name, c.value, got[i], c.want)
		}
	}
}
