package jsiikernel

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A chart's toJson answer is by far the largest thing the kernel sends:
// 6.4 MB over a synth at 1,000 models. jsii-runtime-go reads each answer
// three times over (process.readResponse decodes it to find its end, then
// into a map to look for an error, then once more into the call's result),
// which for these answers took about 0.7 s of the app's 3.3 s of CPU at
// 1,000 models (perf, 3 December). So the relay hands a chart's toJson
// result over in a file: it writes the result to a file in a folder of its
// own and answers the call with one object that names the file. The app
// reads it through ChartObjects, which decodes it once and can do so
// outside the bridge lock. The relay hands off only a chart's (cdk8s.Chart)
// answer that is a plain JSON array, with nothing in it jsii-runtime-go
// would have turned into a Go object; every other answer passes as before.

// handOffKey is the one key of the object the relay answers a chart's
// toJson with; its value is the path of the file that holds the result.
const handOffKey = "ai-gateway.dev/jsii-relay-file"

// okResult and okEnd enclose the result of a successful answer, as the
// kernel writes it.
const (
	okResult = `{"ok":{"result":`
	okEnd    = `}}`
)

// handOff returns what to answer the app's toJson of ref with: the
// kernel's answer itself, or an answer naming the file the relay wrote the
// result to. It hands off nothing without a folder or when the file cannot
// be written.
func (r *relay) handOff(ref string, answer []byte) []byte {
	line := bytes.TrimRight(answer, "\r\n")
	if r.handOffDir == "" || !strings.HasPrefix(ref, chartFQN+"@") ||
		!bytes.HasPrefix(line, []byte(okResult+"[")) || !bytes.HasSuffix(line, []byte("]"+okEnd)) ||
		bytes.Contains(line, []byte(`"$jsii.`)) {
		return answer
	}
	result := line[len(okResult) : len(line)-len(okEnd)]
	path := filepath.Join(r.handOffDir, strconv.Itoa(refID(ref))+".json")
	if err := os.WriteFile(path, result, 0o600); err != nil {
		return answer
	}
	named, err := json.Marshal(map[string]map[string][]map[string]string{"ok": {"result": {{handOffKey: path}}}})
	if err != nil {
		return answer
	}
	r.handedOff++
	return append(named, '\n')
}

// ChartObjects returns the objects a chart's toJson gave: values itself or,
// when the relay handed them off in a file, the objects the file holds,
// which it then removes. Every chart's toJson in this process must be read
// through it.
func ChartObjects(values []any) ([]any, error) {
	path, ok := handedOffPath(values)
	if !ok {
		return values, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the chart's objects the jsii relay handed over: %w", err)
	}
	_ = os.Remove(path)
	var objects []any
	if err := json.Unmarshal(data, &objects); err != nil {
		return nil, fmt.Errorf("decode the chart's objects the jsii relay handed over in %s: %w", path, err)
	}
	return objects, nil
}

// handedOffPath is the path of the file values names, if it is the relay's
// answer that hands a result over.
func handedOffPath(values []any) (string, bool) {
	if len(values) != 1 {
		return "", false
	}
	named, ok := values[0].(map[string]any)
	if !ok || len(named) != 1 {
		return "", false
	}
	path, ok := named[handOffKey].(string)
	return path, ok
}
