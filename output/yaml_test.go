package output

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"
)

// TestMarshalDocumentMatchesCdk8sOnEveryGoldenFile reads back every document
// that cdk8s's own writer produced for the golden files and checks that the Go
// writer renders it to the same bytes.
func TestMarshalDocumentMatchesCdk8sOnEveryGoldenFile(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "*", "testdata", "*.golden"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	docs := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, doc := range regexp.MustCompile(`(?m)^---\n`).Split(string(data), -1) {
			var obj map[string]any
			require.NoError(t, yaml.Unmarshal([]byte(doc), &obj), file)
			got, ok := MarshalDocument(obj)
			require.True(t, ok, "%s: the writer declined a document", file)
			assert.Equal(t, doc, string(got), file)
			docs++
		}
	}
	assert.Greater(t, docs, 50)
}

// TestScalarsQuoteLikeTheNpmYAMLPackage renders tricky strings with the npm
// yaml package (as cdk8s configures it) and with the Go writer.
func TestScalarsQuoteLikeTheNpmYAMLPackage(t *testing.T) {
	values := []string{
		"", "plain", "true", "True", "yes", "no", "on", "off", "y", "n", "null", "~", "NULL",
		"0", "80", "8000", "-1", "+1", "0x1F", "0b101", "0755", "1_000", "1e3", "1.5", ".5", "6.", ".inf", "-.Inf", ".nan",
		"1:30", "190:20:30.15", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "<<",
		"*.ai.example.com", "&anchor", "!tag", "|", ">", "%x", "@x", "`x", "#x", "-", "?", "- x", "? x", ":x", "x:", "x: y", "x #y", "x#y",
		"vllm:num_requests_waiting", "--model", "/v1", "Qwen/Qwen2.5-7B-Instruct", "a b", " lead", "trail ", "[x]", "{x}", "x,y",
		"it's", "4Gi", "500m", "nvidia.com/gpu", "ReadWriteMany", "kubernetes.io/h2c", "^(?i)x$", "é",
	}
	doc := map[string]any{}
	for i, v := range values {
		doc[fmt.Sprintf("k%03d", i)] = v
	}
	want := npmYAML(t, doc)
	for k, v := range doc {
		_, ok := MarshalDocument(map[string]any{k: v})
		require.True(t, ok, "declined %q", v)
	}
	got, ok := MarshalDocument(doc)
	require.True(t, ok)
	assert.Equal(t, want, string(got))
}

// TestBlockScalarsMatchTheNpmYAMLPackage renders multi-line strings, as map
// values and list items at several depths, with both writers.
func TestBlockScalarsMatchTheNpmYAMLPackage(t *testing.T) {
	texts := []string{
		"two\nlines", "ends in a line break\n", "ends in two\n\n", "three\n\n\n",
		"an empty\n\nline inside\n", "key: value\n- item\n  nested: \"quoted\" 'single' # not a comment\n",
		"apiVersion: v1\nkind: EndpointPickerConfig\nplugins:\n- name: queue-scorer\n",
		"trailing colon:\n", "[flow]\n{map}\n",
	}
	doc := map[string]any{}
	for i, text := range texts {
		doc[fmt.Sprintf("k%02d", i)] = text
	}
	doc["nested"] = map[string]any{"data": map[string]any{"config.yaml": texts[6]}}
	doc["list"] = []any{texts[0], map[string]any{"inner": []any{texts[2]}}}
	want := npmYAML(t, doc)
	got, ok := MarshalDocument(doc)
	require.True(t, ok)
	assert.Equal(t, want, string(got))
}

// npmYAML renders doc with the npm yaml package, configured as cdk8s does.
func npmYAML(t *testing.T, doc map[string]any) string {
	t.Helper()
	raw, err := json.Marshal(doc)
	require.NoError(t, err)
	script := `const YAML = require(process.argv[1] + '/yaml');
let s = ''; process.stdin.on('data', d => s += d).on('end', () =>
  process.stdout.write(YAML.stringify(JSON.parse(s), { keepUndefined: true, lineWidth: 0, version: '1.1' })));`
	modules, err := filepath.Abs(filepath.Join("..", "node_modules"))
	require.NoError(t, err)
	cmd := exec.Command("node", "-e", script, modules)
	cmd.Stdin = strings.NewReader(string(raw))
	want, err := cmd.Output()
	require.NoError(t, err, "node with the npm yaml package (make installs it)")
	return string(want)
}

func TestMarshalDocumentDeclinesWhatItDoesNotReproduce(t *testing.T) {
	for _, v := range []any{" leading space\nblock", "block\nwith a tab\there", "ends in spaces\n  ", "---\ndocument marker\n", "tab\there", `say "hi"`, "line\u2028separator", 1.5, []any{[]any{"nested"}}} {
		_, ok := MarshalDocument(map[string]any{"k": v})
		assert.False(t, ok, "%#v", v)
	}
}

func TestDocumentsRefusesAnObjectKubectlCannotStore(t *testing.T) {
	big := map[string]any{"apiVersion": "v1", "kind": "ConfigMap", "metadata": map[string]any{"name": "huge"},
		"data": map[string]any{"x": strings.Repeat("a", MaxObjectBytes)}}
	_, err := Documents([]map[string]any{big}, func(map[string]any) (string, error) { return "", nil })
	assert.EqualError(t, err, fmt.Sprintf("ConfigMap huge is %d bytes of YAML; kubectl apply could not store it (at most 262144)", MaxObjectBytes+len("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n  x: \n")))
}
