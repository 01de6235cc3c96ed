package config

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/ai-gateway/ai-gateway/field"
)

// scalar is implemented by config types parsed from one YAML string, such as Duration.
type scalar interface {
	decodeScalar(path field.Path, value string) *field.Error
}

var scalarType = reflect.TypeFor[scalar]()

// Bounds of a platform description, so that no input can make the app
// spend unbounded time or memory: the file's size, the values it expands to
// (YAML aliases can repeat a subtree many times over), the length of any
// list and of any string.
const (
	MaxConfigBytes = 8 << 20
	MaxValues      = 1_000_000
	MaxListItems   = 10_000
	MaxStringBytes = 64 << 10
)

// decoder fills Go values from a YAML tree strictly: unknown keys, duplicate
// keys, wrong types and missing required keys are errors that name the path.
// Struct fields are read from their `yaml:"key"` tag; `config:"required"` marks
// a key that must be present. It counts the values it visits and stops at
// MaxValues.
type decoder struct {
	errs   field.List
	values int
	// tooBig is set once MaxValues is reached; decoding stops.
	tooBig bool
	// open are the aliased nodes being decoded: an alias to one of them
	// refers to itself, and would never end.
	open map[*yaml.Node]bool
}

// maxDepth bounds nesting; the schema is a few levels deep.
const maxDepth = 64

func (d *decoder) decode(node *yaml.Node, path field.Path, v reflect.Value) {
	if d.tooBig {
		return
	}
	if node.Kind == yaml.AliasNode {
		target := node
		for target.Kind == yaml.AliasNode {
			target = target.Alias
		}
		if d.open[target] {
			d.errs.Add(field.Errorf(path, "refers to itself through the alias *%s", node.Value))
			return
		}
		if d.open == nil {
			d.open = map[*yaml.Node]bool{}
		}
		d.open[target] = true
		defer delete(d.open, target)
		node = target
	}
	if strings.Count(string(path), ".")+strings.Count(string(path), "[") > maxDepth {
		d.errs.Add(field.Errorf(path, "is nested more than %d levels deep", maxDepth))
		return
	}
	if d.values++; d.values > MaxValues {
		d.tooBig = true
		d.errs.Add(field.Errorf(path, "the file holds more than %d values once its aliases are expanded; a platform description needs far fewer", MaxValues))
		return
	}
	if reflect.PointerTo(v.Type()).Implements(scalarType) {
		d.decodeCustom(node, path, v)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(node) {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		d.decode(node, path, v.Elem())
	case reflect.Struct:
		d.decodeStruct(node, path, v)
	case reflect.Slice:
		d.decodeSlice(node, path, v)
	case reflect.Map:
		d.decodeMap(node, path, v)
	case reflect.String:
		if s, ok := d.scalarOf(node, path, "!!str", "a string"); ok {
			if len(s) > MaxStringBytes {
				d.errs.Add(field.Errorf(path, "is %d bytes long; a value may have at most %d", len(s), MaxStringBytes))
				return
			}
			v.SetString(s)
		}
	case reflect.Int:
		if s, ok := d.scalarOf(node, path, "!!int", "a whole number"); ok {
			n, err := parseInt(s)
			if err != nil {
				d.errs.Add(field.Invalid(path, s, err.Error()))
				return
			}
			v.SetInt(n)
		}
	default:
		panic(fmt.Sprintf("config: no decoder for %s", v.Type()))
	}
}

func (d *decoder) decodeCustom(node *yaml.Node, path field.Path, v reflect.Value) {
	if node.Kind != yaml.ScalarNode || isNull(node) {
		d.errs.Add(field.Errorf(path, "must be a single value, found %s", describe(node)))
		return
	}
	d.errs.Add(v.Addr().Interface().(scalar).decodeScalar(path, node.Value))
}

// scalarOf returns node's text when it is a scalar with the wanted YAML tag.
func (d *decoder) scalarOf(node *yaml.Node, path field.Path, tag, what string) (string, bool) {
	if node.Kind != yaml.ScalarNode || node.Tag != tag {
		hint := ""
		if tag == "!!str" && node.Kind == yaml.ScalarNode && !isNull(node) {
			hint = " (put it in quotes)"
		}
		d.errs.Add(field.Errorf(path, "must be %s, found %s%s", what, describe(node), hint))
		return "", false
	}
	return node.Value, true
}

func (d *decoder) decodeSlice(node *yaml.Node, path field.Path, v reflect.Value) {
	if isNull(node) || !d.isKind(node, path, yaml.SequenceNode) {
		return
	}
	if n := len(node.Content); n > MaxListItems {
		d.errs.Add(field.Errorf(path, "has %d items; a list may have at most %d", n, MaxListItems))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(node.Content), len(node.Content))
	for i, item := range node.Content {
		d.decode(item, path.Index(i), out.Index(i))
	}
	v.Set(out)
}

func (d *decoder) decodeMap(node *yaml.Node, path field.Path, v reflect.Value) {
	if isNull(node) || !d.isKind(node, path, yaml.MappingNode) {
		return
	}
	pairs := d.pairs(node, path)
	if len(pairs) > MaxListItems {
		d.errs.Add(field.Errorf(path, "has %d keys; a mapping may have at most %d", len(pairs), MaxListItems))
		return
	}
	out := reflect.MakeMapWithSize(v.Type(), len(pairs))
	for _, p := range pairs {
		value := reflect.New(v.Type().Elem()).Elem()
		d.decode(p.value, path.Child(p.key), value)
		out.SetMapIndex(reflect.ValueOf(p.key), value)
	}
	v.Set(out)
}

// isKind reports whether node is a collection of kind, and an error when not.
func (d *decoder) isKind(node *yaml.Node, path field.Path, kind yaml.Kind) bool {
	if node.Kind == kind {
		return true
	}
	what := "a mapping of keys to values"
	if kind == yaml.SequenceNode {
		what = "a list"
	}
	d.errs.Add(field.Errorf(path, "must be %s, found %s", what, describe(node)))
	return false
}

func (d *decoder) decodeStruct(node *yaml.Node, path field.Path, v reflect.Value) {
	if !d.isKind(node, path, yaml.MappingNode) {
		return
	}
	fields := structFields(v.Type())
	present := map[string]bool{}
	for _, p := range d.pairs(node, path) {
		keyPath := path.Child(p.key)
		index, ok := fields[p.key]
		if !ok {
			d.errs.Add(field.Errorf(keyPath, "is not a known key here (known: %s)", strings.Join(slices.Sorted(maps.Keys(fields)), ", ")))
			continue
		}
		present[p.key] = true
		target := v.Field(index)
		d.decode(p.value, keyPath, target)
		if target.Kind() == reflect.String && target.String() == "" && isEmptyString(p.value) {
			d.errs.Add(emptyValue(keyPath, v.Type().Field(index)))
		}
	}
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if key := KeyOf(f); f.Tag.Get("config") == "required" && !present[key] {
			d.errs.Add(field.Required(path.Child(key), ""))
		}
	}
}

// isEmptyString reports whether node is the empty string, written "" or ”.
func isEmptyString(node *yaml.Node) bool {
	for node.Kind == yaml.AliasNode {
		node = node.Alias
	}
	return node.Kind == yaml.ScalarNode && node.Tag == "!!str" && node.Value == ""
}

// emptyValue reports a key written with an empty string: a required key
// needs a value, an optional one is left out for its default.
func emptyValue(path field.Path, f reflect.StructField) *field.Error {
	if f.Tag.Get("config") == "required" {
		return field.Errorf(path, "is empty; it needs a value")
	}
	return field.Errorf(path, "is empty; leave the key out for its default")
}

// pair is one entry of a mapping.
type pair struct {
	key   string
	value *yaml.Node
}

// pairs lists a mapping's entries, those of merge keys (<<: *defaults, a
// mapping or a list of them) included: a key written in the mapping wins
// over a merged one, an earlier merged mapping over a later one. A key
// written twice is an error.
func (d *decoder) pairs(node *yaml.Node, path field.Path) []pair {
	var out, merged []pair
	written := map[string]bool{}
	for i := 0; i+1 < len(node.Content); i += 2 {
		key, value := node.Content[i], node.Content[i+1]
		if key.Tag == "!!merge" {
			merged = append(merged, d.mergedPairs(value, path)...)
			continue
		}
		if written[key.Value] {
			d.errs.Add(field.Errorf(path.Child(key.Value), "is set twice (line %d)", key.Line))
			continue
		}
		written[key.Value] = true
		out = append(out, pair{key.Value, value})
	}
	for _, p := range merged {
		if !written[p.key] {
			written[p.key] = true
			out = append(out, p)
		}
	}
	return out
}

// mergedPairs are the entries a merge key brings in.
func (d *decoder) mergedPairs(value *yaml.Node, path field.Path) []pair {
	for value.Kind == yaml.AliasNode {
		value = value.Alias
	}
	if d.values++; d.values > MaxValues {
		return nil // decode reports it
	}
	if d.open[value] {
		d.errs.Add(field.Errorf(path.Child("<<"), "merges a mapping into itself"))
		return nil
	}
	switch value.Kind {
	case yaml.MappingNode:
		if d.open == nil {
			d.open = map[*yaml.Node]bool{}
		}
		d.open[value] = true
		defer delete(d.open, value)
		return d.pairs(value, path)
	case yaml.SequenceNode:
		var out []pair
		for _, m := range value.Content {
			out = append(out, d.mergedPairs(m, path)...)
		}
		return out
	}
	d.errs.Add(field.Errorf(path.Child("<<"), "must merge a mapping or a list of mappings, found %s", describe(value)))
	return nil
}

// parseInt reads a YAML 1.1 whole number (decimal, 0x hex, 0 octal, 0b
// binary, with _ separators), telling "out of range" from "not a number".
func parseInt(s string) (int64, error) {
	n, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 0, 64)
	if errors.Is(err, strconv.ErrRange) {
		return 0, fmt.Errorf("is out of range (whole numbers run from %d to %d)", int64(math.MinInt64), int64(math.MaxInt64))
	}
	if err != nil {
		return 0, errors.New("is not a whole number")
	}
	return n, nil
}

func structFields(t reflect.Type) map[string]int {
	fields := map[string]int{}
	for i := range t.NumField() {
		if key := KeyOf(t.Field(i)); key != "" {
			fields[key] = i
		}
	}
	return fields
}

// KeyOf is the config key a field of the description's types is read
// from: its yaml tag's name.
func KeyOf(f reflect.StructField) string {
	key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return key
}

func isNull(node *yaml.Node) bool {
	return node.Kind == yaml.ScalarNode && node.Tag == "!!null"
}

// describe names what a YAML node holds, for error messages.
func describe(node *yaml.Node) string {
	switch node.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch node.Tag {
	case "!!null":
		return "nothing"
	case "!!str":
		return strconv.Quote(node.Value)
	case "!!int", "!!float":
		return "the number " + node.Value
	case "!!bool":
		return "the boolean " + node.Value
	}
	return strconv.Quote(node.Value)
}
