package output

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The YAML writer below produces, byte for byte, what cdk8s writes for an
// object: ApiObject.toJson orders the keys, then Yaml.stringify writes them
// with the npm package yaml 2.9.1 (node_modules/cdk8s/node_modules/yaml; YAML 1.1 schema, lineWidth 0, so no line
// folding). It writes block maps and sequences, sequence items indented under
// their key, strings plain unless they would read back as something else or
// hold a character a plain scalar cannot, multi-line strings as literal block
// scalars. Writing YAML in Go instead of Node.js is most of what keeps synth
// fast at thousands of objects.
//
// Each choice below mirrors a branch of the npm package's stringify code
// (stringifyString.js, stringifyPair.js, stringifyCollection.js,
// stringifyNumber.js); TestDocumentsMatchCdk8sOnGeneratedValues compares the
// two writers on thousands of generated values.

// MaxObjectBytes bounds one object: kubectl apply keeps a copy of it in an
// annotation, and the API server takes at most 256 KiB of annotations. The
// constructs keep objects far smaller; this is the last line of defence.
const MaxObjectBytes = 256 << 10

// minFree is the room Documents makes before each object when less is left:
// the size of a model's file, so that most files take one allocation.
const minFree = 8 << 10

// Documents renders objects as one multi-document YAML stream, the way cdk8s
// writes a chart's file. The objects are JSON values: map[string]any, []any,
// string, float64, bool and nil. Any other value, a string that is not UTF-8, and an
// object over MaxObjectBytes are errors.
func Documents(objects []map[string]any) ([]byte, error) {
	w := &yamlWriter{}
	for i, obj := range objects {
		if i > 0 {
			w.buf = append(w.buf, "---\n"...)
		}
		if cap(w.buf)-len(w.buf) < minFree {
			// Double: append grows a large slice by a quarter, which would copy
			// a file of thousands of objects many times over. Reserving a
			// whole MaxObjectBytes instead allocated 256 KiB for every file of
			// a few KiB: half of all a synth allocated.
			w.buf = slices.Grow(w.buf, max(len(w.buf), minFree))
		}
		start := len(w.buf)
		w.document(obj)
		if w.err != nil {
			return nil, fmt.Errorf("%s: %w", kindAndName(obj), w.err)
		}
		if n := len(w.buf) - start; n > MaxObjectBytes {
			return nil, fmt.Errorf("%s is %d bytes of YAML; kubectl apply could not store it (at most %d)", kindAndName(obj), n, MaxObjectBytes)
		}
	}
	return w.buf, nil
}

// kindAndName names obj in errors.
func kindAndName(obj map[string]any) string {
	meta, _ := obj["metadata"].(map[string]any)
	return fmt.Sprintf("%v %v", obj["kind"], meta["name"])
}

// marshalDocument renders one object as cdk8s writes it.
func marshalDocument(doc map[string]any) ([]byte, error) {
	w := &yamlWriter{}
	w.document(doc)
	return w.buf, w.err
}

// yamlWriter appends YAML to buf. Its first error sticks: later writes are
// harmless, and the caller checks err once at the end.
type yamlWriter struct {
	buf []byte
	err error
	// keys is a stack of the keys of the maps being written, outermost
	// first, which spares an allocation per map.
	keys []string
}

func (w *yamlWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

func (w *yamlWriter) document(doc map[string]any) {
	if len(doc) == 0 {
		w.buf = append(w.buf, "{}\n"...)
		return
	}
	w.mapping(doc, 0, true)
}

// mapping writes the entries of the non-empty m at column indent; the caller
// has written the first entry's indentation, or "- " before it. At the top of
// a document (top), the keys come in ApiObject.toJson's order.
func (w *yamlWriter) mapping(m map[string]any, indent int, top bool) {
	base := len(w.keys)
	for k := range m {
		w.keys = append(w.keys, k)
	}
	keys := w.keys[base:]
	sortKeys(keys, top)
	for i, key := range keys {
		if i > 0 {
			w.indent(indent)
		}
		w.entry(key, m[key], indent, top)
	}
	w.keys = w.keys[:base]
}

// maxImplicitKey is the longest key, as written, that the npm package writes
// before the colon; a longer one becomes an explicit key ("? key" on its own
// line, then ": value"), since YAML limits implicit keys to 1024 characters.
const maxImplicitKey = 1024

func (w *yamlWriter) entry(key string, v any, indent int, top bool) {
	start := len(w.buf)
	pos := inKey
	if top {
		pos = inTopKey
	}
	w.string(key, indent+2, pos)
	if len(w.buf)-start > maxImplicitKey && utf16Len(w.buf[start:]) > maxImplicitKey {
		w.buf = slices.Insert(w.buf, start, '?', ' ')
		w.buf = append(w.buf, '\n')
		w.indent(indent)
		w.buf = append(w.buf, ": "...)
		w.inline(v, indent+2) // the value starts on the colon's line, even a map's first entry
		return
	}
	w.buf = append(w.buf, ':')
	if isFilled(v) {
		w.buf = append(w.buf, '\n')
		w.indent(indent + 2)
	} else {
		w.buf = append(w.buf, ' ')
	}
	w.inline(v, indent+2)
}

// isFilled reports whether v is a non-empty map or list, which goes on the
// lines below its key; anything else follows the key on its line.
func isFilled(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		return len(x) > 0
	case []any:
		return len(x) > 0
	}
	return false
}

// inline writes v where its first line continues the current one, after
// "key:" and its separator or after "- ". Its own entries or items sit at
// column indent; so do the lines of a block scalar.
func (w *yamlWriter) inline(v any, indent int) {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			w.buf = append(w.buf, "{}\n"...)
			return
		}
		w.mapping(x, indent, false)
	case []any:
		if len(x) == 0 {
			w.buf = append(w.buf, "[]\n"...)
			return
		}
		w.sequence(x, indent)
	default:
		w.scalar(v, indent)
		w.buf = append(w.buf, '\n')
	}
}

// sequence writes the non-empty items with their dashes at column indent;
// the caller has written the first dash's indentation.
func (w *yamlWriter) sequence(items []any, indent int) {
	for i, item := range items {
		if i > 0 {
			w.indent(indent)
		}
		w.buf = append(w.buf, "- "...)
		w.inline(item, indent+2)
	}
}

func (w *yamlWriter) indent(n int) {
	for n > len(indentation) {
		w.buf = append(w.buf, indentation...)
		n -= len(indentation)
	}
	w.buf = append(w.buf, indentation[:n]...)
}

const indentation = "                                "

// scalar writes a string, number, bool or null. A block scalar's lines sit at
// column indent.
func (w *yamlWriter) scalar(v any, indent int) {
	switch x := v.(type) {
	case string:
		w.string(x, indent, inValue)
	case float64:
		w.buf = appendNumber(w.buf, x)
	case bool:
		w.buf = strconv.AppendBool(w.buf, x)
	case nil:
		w.buf = append(w.buf, "null"...)
	default:
		w.fail(fmt.Errorf("%T is not a JSON value", v))
	}
}

// sortKeys sorts a map's keys in the order cdk8s writes them. ApiObject.toJson
// sorts the keys (JavaScript compares UTF-16 code units) and sets them one by
// one on a new object; at the top it then moves apiVersion, kind and metadata
// first. But V8 lists an object's array-index keys before all others, in
// numeric order, whatever the order they were set in, so "9" and "10" come
// first, and in that order, even at the top.
func sortKeys(keys []string, top bool) {
	slices.SortFunc(keys, func(a, b string) int {
		ra, rb := keyRank(a, top), keyRank(b, top)
		switch {
		case ra != rb:
			return cmp.Compare(ra, rb)
		case ra == rankIndex:
			return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
		}
		return compareUTF16(a, b)
	})
}

// Key ranks, in the order cdk8s writes them.
const (
	rankIndex = iota
	rankAPIVersion
	rankKind
	rankMetadata
	rankOther
)

func keyRank(k string, top bool) int {
	if isArrayIndex(k) {
		return rankIndex
	}
	if top {
		switch k {
		case "apiVersion":
			return rankAPIVersion
		case "kind":
			return rankKind
		case "metadata":
			return rankMetadata
		}
	}
	return rankOther
}

// isArrayIndex reports whether k is what ECMAScript calls an array index: the
// canonical decimal form of an integer from 0 to 2³²-2. Such keys have no
// leading zeros, so they order numerically by length, then text.
func isArrayIndex(k string) bool {
	if k == "" || len(k) > 10 || k[0] == '0' && len(k) > 1 {
		return false
	}
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return len(k) < 10 || k <= "4294967294"
}

// compareUTF16 compares a and b as JavaScript compares strings, by UTF-16
// code units. That is byte order, except that a character from U+10000 up
// (a surrogate pair, D800 to DBFF first) sorts before one from U+E000 to
// U+FFFF. Only the first differing byte matters: if it is a continuation byte,
// both characters have the same length and the orders agree.
func compareUTF16(a, b string) int {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	if i == n {
		return cmp.Compare(len(a), len(b))
	}
	x, y := a[i], b[i]
	if x >= 0xee && y >= 0xee && (x >= 0xf0) != (y >= 0xf0) {
		return cmp.Compare(y, x) // one starts U+E000 to U+FFFF (EE, EF), the other a surrogate pair (F0 to F4)
	}
	return cmp.Compare(x, y)
}

// appendNumber writes x as the npm package does: as JavaScript's
// Number.prototype.toString writes it, but -0 for negative zero and .nan,
// .inf or -.inf for the values JSON cannot hold.
func appendNumber(b []byte, x float64) []byte {
	switch {
	case math.IsNaN(x):
		return append(b, ".nan"...)
	case math.IsInf(x, 0):
		if x < 0 {
			return append(b, "-.inf"...)
		}
		return append(b, ".inf"...)
	case x == 0 && math.Signbit(x):
		return append(b, "-0"...)
	case x == math.Trunc(x) && math.Abs(x) < 1e21:
		return strconv.AppendFloat(b, x, 'f', -1, 64) // the common case: an integer in plain digits
	}
	if x < 0 {
		b = append(b, '-')
		x = -x
	}
	// Number::toString takes the shortest digits that read back as x, as Go
	// does, and places the point by the decimal exponent n: x = 0.digits × 10ⁿ.
	var e [32]byte
	s := strconv.AppendFloat(e[:0], x, 'e', -1, 64) // d.ddde±XX
	mark := slices.Index(s, 'e')
	exp, _ := strconv.Atoi(string(s[mark+1:]))
	digits := slices.DeleteFunc(s[:mark], func(c byte) bool { return c == '.' })
	n, k := exp+1, len(digits)
	switch {
	case k <= n && n <= 21:
		b = append(b, digits...)
		b = append(b, strings.Repeat("0", n-k)...)
	case 0 < n && n <= 21:
		b = append(b, digits[:n]...)
		b = append(b, '.')
		b = append(b, digits[n:]...)
	case -6 < n && n <= 0:
		b = append(b, "0."...)
		b = append(b, strings.Repeat("0", -n)...)
		b = append(b, digits...)
	default:
		b = append(b, digits[0])
		if k > 1 {
			b = append(b, '.')
			b = append(b, digits[1:]...)
		}
		b = append(b, 'e')
		if n > 0 {
			b = append(b, '+')
		}
		b = strconv.AppendInt(b, int64(n-1), 10)
	}
	return b
}

// scalarPosition is where a string goes, which changes how it is written.
type scalarPosition int

const (
	inValue scalarPosition = iota
	inKey
	inTopKey // a key of the document's map: a line starting --- or ... there would end the document
)

// string writes s as a plain, single-quoted or double-quoted scalar, or a
// literal block; a block's lines, and a long double-quoted string's, sit at
// column indent.
func (w *yamlWriter) string(s string, indent int, pos scalarPosition) {
	if isWord(s) && !readsAsOther(s) {
		w.buf = append(w.buf, s...)
		return
	}
	t := scanString(s)
	switch {
	case t&hasInvalidUTF8 != 0:
		w.fail(fmt.Errorf("string %q is not UTF-8", s))
	case t&hasControl != 0:
		// The npm package double-quotes any string with a control character
		// other than tab and line feed, so that it can escape it.
		w.doubleQuoted(s, indent, pos != inValue)
	case t&hasLineBreak != 0:
		if pos != inValue {
			w.doubleQuoted(s, indent, true) // a plain key is one line
			return
		}
		w.block(s, indent)
	case plainUnsafe(s) || pos == inTopKey && startsDocument(s) || readsAsOther(s):
		w.quoted(s, t, indent, pos != inValue)
	default:
		w.buf = append(w.buf, s...)
	}
}

// startsDocument reports whether a line of s starts with a document marker
// (--- or ...) or a directive (%), as the npm package's /^(%|---|\.\.\.)/m
// tests: in JavaScript a line also starts after \r, U+2028 and U+2029.
func startsDocument(s string) bool {
	for {
		if strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...") || strings.HasPrefix(s, "%") {
			return true
		}
		i := strings.IndexAny(s, "\n\r\u2028\u2029")
		if i < 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
}

// Traits of a string that the npm package's choice of style depends on.
const (
	hasControl     = 1 << iota // C0 or C1 control character other than tab and line feed
	hasLineBreak               // line feed
	hasDoubleQuote             // "
	hasSingleQuote             // '
	hasInvalidUTF8
)

func scanString(s string) int {
	t, ascii := 0, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n':
			t |= hasLineBreak
		case c < 0x20 && c != '\t' || c == 0x7f:
			t |= hasControl
		case c == '"':
			t |= hasDoubleQuote
		case c == '\'':
			t |= hasSingleQuote
		case c >= 0x80:
			ascii = false
			if c == 0xc2 && i+1 < len(s) && s[i+1] <= 0x9f {
				t |= hasControl // U+0080 to U+009F
			}
		}
	}
	if !ascii && !utf8.ValidString(s) {
		t |= hasInvalidUTF8
	}
	return t
}

// isWord reports whether s starts with a letter and holds only letters,
// digits and "./_-": such a string is plain unless readsAsOther. Most keys
// and values are words, and this spares them the other tests.
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

// plainUnsafe is the npm package's test for one-line strings that cannot be
// plain scalars, /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/,
// without its line-break cases: an indicator first, "? " or "- " first, ": "
// or " #" anywhere, a space, tab or colon last.
func plainUnsafe(s string) bool {
	if s == "" {
		return false
	}
	if strings.IndexByte("\t ,[]{}#&*!|>'\"%@`", s[0]) >= 0 {
		return true
	}
	if (s[0] == '?' || s[0] == '-') && (len(s) == 1 || s[1] == ' ' || s[1] == '\t') {
		return true
	}
	if c := s[len(s)-1]; c == ' ' || c == '\t' || c == ':' {
		return true
	}
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t':
			if s[i-1] == ':' {
				return true
			}
		case '#':
			if s[i-1] == ' ' || s[i-1] == '\t' {
				return true
			}
		}
	}
	return false
}

// nonStrings are the words the YAML 1.1 schema reads as a bool or null.
var nonStrings = map[string]bool{}

func init() {
	for _, w := range strings.Fields("y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL ~") {
		nonStrings[w] = true
	}
}

// numericTags are the YAML 1.1 schema's tests for ints, floats and timestamps
// (int.js, float.js and timestamp.js in the npm package): a plain scalar
// matching one reads back as a number or date. Each starts with a digit,
// sign, dot, e or E.
var numericTags = []*regexp.Regexp{
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

// readsAsOther reports whether s, written plain, would read back as a null,
// bool, number or timestamp. ("<<", YAML 1.1's merge key, would too, but the
// npm package writes that string plain anyway: its merge tag claims it.)
func readsAsOther(s string) bool {
	if s == "" || len(s) <= 5 && nonStrings[s] { // the longest is false
		return true
	}
	switch c := s[0]; {
	case c == 'e' || c == 'E':
		if len(s) < 2 || s[1] != '-' && s[1] != '+' && (s[1] < '0' || s[1] > '9') {
			return false // only exponent floats start with e, as in e5 or E-3
		}
	case strings.IndexByte("-+.0123456789", c) < 0:
		return false
	}
	for _, re := range numericTags {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// quoted writes a one-line string that cannot be plain: in single quotes
// when it holds a double quote and no single quote, else in double quotes.
func (w *yamlWriter) quoted(s string, t int, indent int, key bool) {
	if t&(hasDoubleQuote|hasSingleQuote) == hasDoubleQuote {
		w.buf = append(w.buf, '\'')
		w.buf = append(w.buf, s...)
		w.buf = append(w.buf, '\'')
		return
	}
	w.doubleQuoted(s, indent, key)
}

// minMultiLineLength is the npm package's doubleQuotedMinMultiLineLength: a
// double-quoted value whose JSON form is this long or longer writes its line
// breaks as line breaks, not \n.
const minMultiLineLength = 40

// doubleQuoted writes s in double quotes as the npm package's
// doubleQuotedString does, a port of it: the JSON form of s, with YAML's short
// escapes (\0, \a, \v, \e, \xXX) for JSON's \u00XX. A long enough value that
// is not a key writes each line break but a final one as an empty line
// (a double-quoted scalar folds a single one into a space), the next line
// indented, and escapes the spaces that folding would eat with a backslash.
// The port keeps the original's quirk: such a line holding a single space
// comes out as "\\ " (the escape for a space that starts a line, then the one
// for a space before a line break), which reads back as a backslash and a space.
func (w *yamlWriter) doubleQuoted(s string, indent int, key bool) {
	json := appendJSONString(nil, s)
	multiLine := !key && utf16Len(json) >= minMultiLineLength
	start := 0
	for i := 0; i < len(json); i++ {
		ch := json[i]
		if ch == ' ' && json[i+1] == '\\' && json[i+2] == 'n' {
			// A space before a line break is escaped, or folding would drop it.
			w.buf = append(w.buf, json[start:i]...)
			w.buf = append(w.buf, `\ `...)
			i++
			start = i
			ch = '\\'
		}
		if ch != '\\' {
			continue
		}
		switch json[i+1] {
		case 'u':
			// JSON.stringify writes \u only for C0 controls (and lone
			// surrogates, which UTF-8 cannot hold).
			w.buf = append(w.buf, json[start:i]...)
			switch code := string(json[i+2 : i+6]); code {
			case "0000":
				w.buf = append(w.buf, `\0`...)
			case "0007":
				w.buf = append(w.buf, `\a`...)
			case "000b":
				w.buf = append(w.buf, `\v`...)
			case "001b":
				w.buf = append(w.buf, `\e`...)
			default:
				w.buf = append(w.buf, `\x`...)
				w.buf = append(w.buf, code[2:]...)
			}
			i += 5
			start = i + 1
		case 'n':
			if !multiLine || json[i+2] == '"' {
				i++
				continue
			}
			w.buf = append(w.buf, json[start:i]...)
			w.buf = append(w.buf, "\n\n"...)
			for json[i+2] == '\\' && json[i+3] == 'n' && json[i+4] != '"' {
				w.buf = append(w.buf, '\n')
				i += 2
			}
			w.indent(indent)
			if json[i+2] == ' ' {
				w.buf = append(w.buf, '\\')
			}
			i++
			start = i + 1
		default:
			i++
		}
	}
	w.buf = append(w.buf, json[start:]...)
}

// appendJSONString appends s quoted as JSON.stringify quotes it: unlike
// json.Marshal, it leaves <, >, &, U+2028 and U+2029 alone.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\b':
			b = append(b, `\b`...)
		case '\f':
			b = append(b, `\f`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// utf16Len is the length of the UTF-8 text b in UTF-16 code units, the
// length JavaScript sees: a character per leading byte, two for one of four bytes.
func utf16Len(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xc0 != 0x80 {
			n++
		}
		if c >= 0xf0 {
			n++
		}
	}
	return n
}

// blockEndsInBlankLine matches a string whose last line holds only spaces or
// tabs; a literal block cannot end so, and the npm package double-quotes it.
var blockEndsInBlankLine = regexp.MustCompile(`\n[\t ]+$`)

// block writes the multi-line s as a literal block scalar, a port of the npm
// package's blockString: its lines at column indent, a chomping indicator that
// keeps its trailing line breaks (none for one, "-" for none, "+" for more),
// and an indentation indicator when it starts with a space. Blank lines stay
// empty, but for the first line, which gets the indentation.
func (w *yamlWriter) block(s string, indent int) {
	if blockEndsInBlankLine.MatchString(s) {
		w.doubleQuoted(s, indent, false)
		return
	}
	value := strings.TrimRight(s, "\n\t ")
	end := s[len(value):]
	chomp := ""
	switch nl := strings.IndexByte(end, '\n'); {
	case nl < 0:
		chomp = "-"
	case value == "" || nl != len(end)-1:
		chomp = "+"
	}
	end = strings.TrimSuffix(end, "\n")
	// Leading spaces and line breaks, up to the last such line break, go
	// before the rest; a space among them needs the indentation indicator.
	startsWithSpace, lead := false, 0
	for i := 0; i < len(value) && (value[i] == ' ' || value[i] == '\n'); i++ {
		if value[i] == ' ' {
			startsWithSpace = true
		} else {
			lead = i + 1
		}
	}
	w.buf = append(w.buf, '|')
	if startsWithSpace {
		w.buf = append(w.buf, '2')
	}
	w.buf = append(w.buf, chomp...)
	w.buf = append(w.buf, '\n')
	w.indent(indent)
	w.lines(value[:lead], indent, true)
	w.lines(value[lead:], indent, false)
	w.lines(end, indent, false)
}

// lines writes s, indenting the line after each run of line breaks; after a
// run that ends s, only if indentLast.
func (w *yamlWriter) lines(s string, indent int, indentLast bool) {
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			w.buf = append(w.buf, s...)
			return
		}
		j := i
		for j < len(s) && s[j] == '\n' {
			j++
		}
		w.buf = append(w.buf, s[:j]...)
		s = s[j:]
		if s != "" || indentLast {
			w.indent(indent)
		}
	}
}
