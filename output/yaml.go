package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The YAML writer below produces, byte for byte, what cdk8s writes (the npm
// package yaml 2.9, YAML 1.1 schema, no line folding) for the documents this
// project emits: block maps and sequences, sequence items indented under their
// key, keys sorted with apiVersion, kind and metadata first, strings plain
// unless they would read back as something else. Writing YAML in Go instead of
// Node.js is most of what keeps synth fast at thousands of objects.
//
// Multi-line strings become literal block scalars (|, |- or |+), as the npm
// package writes them with lineWidth 0. It declines (ok == false) what it does
// not reproduce exactly: control characters other than line breaks in block
// scalars, quotes inside quoted strings, multi-line keys, blocks that start
// with a space or end in spaces, non-integer numbers; the caller then lets
// cdk8s write that document.

// notPlain is the npm yaml package's test for strings that cannot be plain scalars.
var notPlain = regexp.MustCompile("^[\\n\\t ,\\[\\]{}#&*!|>'\"%@`]|^[?-]$|^[?-][ \\t]|[\\n:][ \\t]|[ \\t]\\n|[\\n\\t ]#|[\\n\\t :]$")

// resolvesAsOther are the YAML 1.1 schema's default tags other than str: a
// plain scalar matching one reads back as a null, bool, number, timestamp or merge key.
var resolvesAsOther = []*regexp.Regexp{
	regexp.MustCompile(`^(?:~|[Nn]ull|NULL)?$`),
	regexp.MustCompile(`^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$`),
	regexp.MustCompile(`^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$`),
	regexp.MustCompile(`^[-+]?0b[0-1_]+$`),
	regexp.MustCompile(`^[-+]?0[0-7_]+$`),
	regexp.MustCompile(`^[-+]?[0-9][0-9_]*$`),
	regexp.MustCompile(`^[-+]?0x[0-9a-fA-F_]+$`),
	regexp.MustCompile(`^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$`),
	regexp.MustCompile(`^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$`),
	regexp.MustCompile(`^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$`),
	regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$`),
	regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$`),
	regexp.MustCompile(`^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$`),
}

// mergeKey is YAML 1.1's merge key, special as a mapping key only.
var mergeKey = regexp.MustCompile(`^<<$`)

// unusual are strings the writer leaves to cdk8s: line breaks, control
// characters, document markers, quotes (the npm package may single-quote
// them), and the line separators Go escapes and JSON.stringify does not.
var unusual = regexp.MustCompile("[\\x00-\\x1f\\x7f-\\x9f\\x{2028}\\x{2029}\"]|(?m:^(---|\\.\\.\\.))")

// MarshalDocument renders one object as cdk8s would, or reports false.
func MarshalDocument(doc map[string]any) ([]byte, bool) {
	w := &yamlWriter{}
	ok := w.mapping(doc, 0, true)
	return w.buf.Bytes(), ok
}

type yamlWriter struct {
	buf bytes.Buffer
}

// mapping writes the entries of m, each on its own line at indent; the first
// line's indentation is written by the caller when it follows "- ".
func (w *yamlWriter) mapping(m map[string]any, indent int, top bool) bool {
	for i, key := range orderedKeys(m, top) {
		if i > 0 {
			w.indent(indent)
		}
		k, ok := scalarString(key, true)
		if !ok {
			return false
		}
		w.buf.WriteString(k)
		w.buf.WriteString(":")
		if !w.value(m[key], indent) {
			return false
		}
	}
	return true
}

// value writes what follows "key:": an inline scalar or empty collection,
// or a nested block on the next lines.
func (w *yamlWriter) value(v any, indent int) bool {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			w.buf.WriteString(" {}\n")
			return true
		}
		w.buf.WriteString("\n")
		w.indent(indent + 2)
		return w.mapping(x, indent+2, false)
	case []any:
		if len(x) == 0 {
			w.buf.WriteString(" []\n")
			return true
		}
		w.buf.WriteString("\n")
		return w.sequence(x, indent+2)
	default:
		if text, ok := v.(string); ok && strings.Contains(text, "\n") {
			w.buf.WriteString(" ")
			return w.block(text, indent+2)
		}
		s, ok := scalar(v)
		if !ok {
			return false
		}
		w.buf.WriteString(" " + s + "\n")
		return true
	}
}

// blockUnusual are what a literal block cannot hold as the npm package writes
// it: control characters other than the line feed, the line separators, and
// document markers at the start of a line.
var blockUnusual = regexp.MustCompile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\x{2028}\\x{2029}]|(?m:^(%|---|\\.\\.\\.))")

// block writes a multi-line string as a literal block scalar whose lines sit
// at indent, with the chomping indicator that keeps its trailing line breaks:
// none for one, "-" for none, "+" for more.
func (w *yamlWriter) block(s string, indent int) bool {
	if blockUnusual.MatchString(s) || s[0] == ' ' || s[0] == '\n' {
		return false
	}
	body := strings.TrimRight(s, "\n")
	if strings.TrimRight(body, " ") != body {
		return false // the npm package quotes blocks that end in spaces
	}
	chomp := "+"
	switch len(s) - len(body) {
	case 0:
		chomp = "-"
	case 1:
		chomp = ""
	}
	pad := strings.Repeat(" ", indent)
	w.buf.WriteString("|" + chomp + "\n" + pad)
	for i, line := range strings.Split(body, "\n") {
		if i > 0 {
			w.buf.WriteString("\n")
			if line != "" {
				w.buf.WriteString(pad)
			}
		}
		w.buf.WriteString(line)
	}
	w.buf.WriteString(strings.Repeat("\n", max(1, len(s)-len(body))))
	return true
}

func (w *yamlWriter) sequence(items []any, indent int) bool {
	for _, item := range items {
		w.indent(indent)
		w.buf.WriteString("- ")
		switch x := item.(type) {
		case map[string]any:
			if len(x) == 0 {
				w.buf.WriteString("{}\n")
				continue
			}
			if !w.mapping(x, indent+2, false) {
				return false
			}
		case []any:
			return false // nested sequences do not occur in Kubernetes objects
		default:
			if text, ok := item.(string); ok && strings.Contains(text, "\n") {
				if !w.block(text, indent+2) {
					return false
				}
				continue
			}
			s, ok := scalar(item)
			if !ok {
				return false
			}
			w.buf.WriteString(s + "\n")
		}
	}
	return true
}

func (w *yamlWriter) indent(n int) {
	w.buf.WriteString(strings.Repeat(" ", n))
}

// orderedKeys sorts keys as cdk8s does; at the top, apiVersion, kind and
// metadata come first.
func orderedKeys(m map[string]any, top bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if !top {
		return keys
	}
	ordered := make([]string, 0, len(keys))
	for _, k := range []string{"apiVersion", "kind", "metadata"} {
		if _, ok := m[k]; ok {
			ordered = append(ordered, k)
		}
	}
	for _, k := range keys {
		if k != "apiVersion" && k != "kind" && k != "metadata" {
			ordered = append(ordered, k)
		}
	}
	return ordered
}

func scalar(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return scalarString(x, false)
	case bool:
		return strconv.FormatBool(x), true
	case float64:
		if x != math.Trunc(x) || math.Abs(x) >= 1e21 {
			return "", false
		}
		return strconv.FormatFloat(x, 'f', -1, 64), true
	case nil:
		return "null", true
	}
	return "", false
}

// scalarString writes s plain when it reads back as the same string, else
// double-quoted as JSON.stringify would.
func scalarString(s string, key bool) (string, bool) {
	if isWord(s) {
		if yaml11Words[s] {
			return `"` + s + `"`, true
		}
		return s, true
	}
	if unusual.MatchString(s) {
		return "", false
	}
	if !notPlain.MatchString(s) && !resolvesAsOtherType(s) && !(key && mergeKey.MatchString(s)) {
		return s, true
	}
	return jsonString(s)
}

// jsonString quotes s as JSON.stringify does: unlike json.Marshal, it leaves
// <, > and & alone.
func jsonString(s string) (string, bool) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return "", false
	}
	return strings.TrimSuffix(b.String(), "\n"), true
}

// yaml11Words are the words YAML 1.1 reads as booleans or null.
var yaml11Words = map[string]bool{}

func init() {
	for _, w := range strings.Fields("y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL") {
		yaml11Words[w] = true
	}
}

// isWord reports whether s starts with a letter and holds only letters,
// digits and "./_-": such a string is plain in YAML unless it is one of
// yaml11Words. Most keys and values are words, and this spares them the regexps.
func isWord(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && (c < '0' || c > '9') && c != '.' && c != '/' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func resolvesAsOtherType(s string) bool {
	for _, re := range resolvesAsOther {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// MaxObjectBytes bounds one object: kubectl apply keeps a copy of it in an
// annotation, and the API server takes at most 256 KiB of annotations. The
// constructs keep objects far smaller; this is the last line of defence.
const MaxObjectBytes = 256 << 10

// Documents renders objects as one multi-document YAML stream, the way cdk8s
// writes a chart's file. Documents the Go writer declines go to fallback
// (cdk8s's own writer). An object over MaxObjectBytes is an error.
func Documents(objects []map[string]any, fallback func(map[string]any) (string, error)) ([]byte, error) {
	var out bytes.Buffer
	for i, obj := range objects {
		if i > 0 {
			out.WriteString("---\n")
		}
		doc, ok := MarshalDocument(obj)
		if !ok {
			text, err := fallback(obj)
			if err != nil {
				return nil, err
			}
			doc = []byte(text)
		}
		if len(doc) > MaxObjectBytes {
			meta, _ := obj["metadata"].(map[string]any)
			return nil, fmt.Errorf("%v %v is %d bytes of YAML; kubectl apply could not store it (at most %d)", obj["kind"], meta["name"], len(doc), MaxObjectBytes)
		}
		out.Write(doc)
	}
	return out.Bytes(), nil
}
