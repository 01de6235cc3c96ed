package jsiikernel

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// objectsOf is a chart's toJson result in the kernel's form: an array of
// two objects naming the chart.
func objectsOf(ref string) string {
	return fmt.Sprintf(`[{"kind":"A","metadata":{"name":%q}},{"kind":"B","n":1.5,"list":[null,true]}]`, ref)
}

// chartKernel answers a chart's toJson with objectsOf it, or with what
// answer gives for it when answer is set.
func chartKernel(answer func(ref string) string) *fakeKernel {
	return &fakeKernel{answer: func(_ int, request map[string]any, usual string) string {
		if request["method"] != "toJson" {
			return usual
		}
		ref := request["objref"].(map[string]any)["$jsii.byref"].(string)
		if answer != nil {
			return answer(ref)
		}
		return `{"ok":{"result":` + objectsOf(ref) + `}}`
	}}
}

// inFolder has the relay hand results over in dir.
func inFolder(dir string) func(*relay) {
	return func(r *relay) { r.handOffDir = dir }
}

// resultOf is what jsii-runtime-go makes of a toJson answer: its result.
func resultOf(t *testing.T, answer string) []any {
	t.Helper()
	var got struct {
		OK struct {
			Result []any `json:"result"`
		} `json:"ok"`
	}
	requireNoError(t, json.Unmarshal([]byte(answer), &got))
	return got.OK.Result
}

// decoded is objectsOf(ref) as Go values.
func decoded(t *testing.T, ref string) []any {
	t.Helper()
	var objects []any
	requireNoError(t, json.Unmarshal([]byte(objectsOf(ref)), &objects))
	return objects
}

func TestRelayHandsAChartsObjectsOverInAFile(t *testing.T) {
	dir := t.TempDir()
	c := startRelay(t, chartKernel(nil), inFolder(dir))
	twoCharts(c)
	for _, step := range []struct{ name, chart string }{
		{"the early toJson of chart A", chartA},
		{"the last chart's, from the kernel", chartB},
	} {
		answer := c.call(toJSON(step.chart))
		path := filepath.Join(dir, fmt.Sprint(refID(step.chart))+".json")
		assertEqual(t, []any{map[string]any{handOffKey: path}}, resultOf(t, answer), step.name+": the answer names the file")
		objects, err := ChartObjects(resultOf(t, answer))
		assertNoError(t, err)
		assertEqual(t, decoded(t, step.chart), objects, step.name+": the objects, read from the file")
		_, err = os.Stat(path)
		assertEqual(t, true, os.IsNotExist(err), step.name+": the file is removed once read")
	}
	assertNoError(t, c.exit())
	assertEqual(t, 2, c.relay.handedOff)
}

func TestRelayPassesOnWhatItCannotHandOver(t *testing.T) {
	object := func(ref string) string { return `{"ok":{"result":{"chart":"` + ref + `"}}}` }
	const (
		none    = iota // no folder
		usable         // a folder the relay can write in
		missing        // a folder that is not there
	)
	tests := []struct {
		name   string
		folder int
		ref    string                  // whose toJson the app asks for
		answer func(ref string) string // the kernel's, nil for objectsOf
	}{
		{"no folder", none, chartB, nil},
		{"a folder that cannot be written", missing, chartB, nil},
		{"not a chart", usable, objA, nil},
		{"an answer that is not an array", usable, chartB, object},
		{"an answer with an object reference", usable, chartB, func(string) string {
			return `{"ok":{"result":[{"peer":{"$jsii.byref":"cdk8s.ApiObject@10009"}}]}}`
		}},
		{"an error", usable, chartB, func(string) string { return errorLine("toJson failed") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var setups []func(*relay)
			dir := t.TempDir()
			switch tt.folder {
			case usable:
				setups = append(setups, inFolder(dir))
			case missing:
				setups = append(setups, inFolder(filepath.Join(dir, "gone")))
			}
			kernel := chartKernel(tt.answer)
			c := startRelay(t, kernel, setups...)
			twoCharts(c)
			want := `{"ok":{"result":` + objectsOf(tt.ref) + `}}`
			if tt.answer != nil {
				want = tt.answer(tt.ref)
			}
			assertEqual(t, want, c.call(toJSON(tt.ref)), "the kernel's own answer")
			assertNoError(t, c.exit())
			assertEqual(t, 0, c.relay.handedOff)
			left, err := os.ReadDir(dir)
			assertNoError(t, err)
			assertLen(t, fmt.Sprint(left), 2) // "[]": no file written
		})
	}
}

func TestChartObjects(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.json")
	requireNoError(t, os.WriteFile(garbage, []byte(`[{"kind":`), 0o600))
	missing := filepath.Join(dir, "missing.json")
	plain := []any{map[string]any{"kind": "A"}}
	tests := []struct {
		name    string
		values  []any
		want    []any
		wantErr string
	}{
		{"values of the kernel itself", plain, plain, ""},
		{"an object with the key among others", []any{map[string]any{handOffKey: missing, "kind": "A"}},
			[]any{map[string]any{handOffKey: missing, "kind": "A"}}, ""},
		{"a file that is not there", []any{map[string]any{handOffKey: missing}}, nil,
			"read the chart's objects the jsii relay handed over: open " + missing + ": no such file or directory"},
		{"a file that is not JSON", []any{map[string]any{handOffKey: garbage}}, nil,
			"decode the chart's objects the jsii relay handed over in " + garbage + ": unexpected end of JSON input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ChartObjects(tt.values)
			if tt.wantErr != "" {
				assertEqualError(t, err, tt.wantErr)
				return
			}
			assertNoError(t, err)
			assertEqual(t, tt.want, got)
		})
	}
}
