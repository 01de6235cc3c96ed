package config

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/ai-gateway/ai-gateway/internal/field"
)

// scalar is implemented by config types parsed from one YAML string, such as Duration.
type scalar interface {
	decodeScalar(path field.Path, value string) *field.Error
}

var scalarType = reflect.TypeFor[scalar]()

// decoder fills Go values from a YAML tree strictly: unknown keys, duplicate
// keys, wrong types and missing required keys are errors that name the path.
// Struct fields are read from their `yaml:"key"` tag; `config:"required"` marks
// a key that must be present.
type decoder struct {
	errs field.List
}

func (d *decoder) decode(node *yaml.Node, path field.Path, v reflect.Value) {
	for node.Kind == yaml.AliasNode {
		node = node.Alias
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
			v.SetString(s)
		}
	case reflect.Int:
		if s, ok := d.scalarOf(node, path, "!!int", "a whole number"); ok {
			n, err := strconv.ParseInt(s, 0, 64)
			if err != nil {
				d.errs.Add(field.Invalid(path, s, "is not a whole number"))
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
	if isNull(node) {
		return
	}
	if node.Kind != yaml.SequenceNode {
		d.errs.Add(field.Errorf(path, "must be a list, found %s", describe(node)))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(node.Content), len(node.Content))
	for i, item := range node.Content {
		d.decode(item, path.Index(i), out.Index(i))
	}
	v.Set(out)
}

func (d *decoder) decodeMap(node *yaml.Node, path field.Path, v reflect.Value) {
	if isNull(node) {
		return
	}
	if node.Kind != yaml.MappingNode {
		d.errs.Add(field.Errorf(path, "must be a mapping of keys to values, found %s", describe(node)))
		return
	}
	out := reflect.MakeMapWithSize(v.Type(), len(node.Content)/2)
	for i := 0; i+1 < len(node.Content); i += 2 {
		key := node.Content[i].Value
		keyPath := path.Child(key)
		if out.MapIndex(reflect.ValueOf(key)).IsValid() {
			d.errs.Add(field.Errorf(keyPath, "is set twice (line %d)", node.Content[i].Line))
			continue
		}
		value := reflect.New(v.Type().Elem()).Elem()
		d.decode(node.Content[i+1], keyPath, value)
		out.SetMapIndex(reflect.ValueOf(key), value)
	}
	v.Set(out)
}

func (d *decoder) decodeStruct(node *yaml.Node, path field.Path, v reflect.Value) {
	if node.Kind != yaml.MappingNode {
		d.errs.Add(field.Errorf(path, "must be a mapping of keys to values, found %s", describe(node)))
		return
	}
	fields := structFields(v.Type())
	seen, failed := map[string]bool{}, map[string]bool{}
	for i := 0; i+1 < len(node.Content); i += 2 {
		key, value := node.Content[i].Value, node.Content[i+1]
		keyPath := path.Child(key)
		if seen[key] {
			d.errs.Add(field.Errorf(keyPath, "is set twice (line %d)", node.Content[i].Line))
			continue
		}
		seen[key] = true
		index, ok := fields[key]
		if !ok {
			d.errs.Add(field.Errorf(keyPath, "is not a known key here (known: %s)", strings.Join(sortedKeys(fields), ", ")))
			continue
		}
		before := len(d.errs)
		d.decode(value, keyPath, v.Field(index))
		failed[key] = len(d.errs) > before
	}
	for i := range v.NumField() {
		f := v.Type().Field(i)
		key := yamlKey(f)
		if f.Tag.Get("config") == "required" && !failed[key] && v.Field(i).IsZero() {
			d.errs.Add(field.Required(path.Child(key), ""))
		}
	}
}

func structFields(t reflect.Type) map[string]int {
	fields := map[string]int{}
	for i := range t.NumField() {
		if key := yamlKey(t.Field(i)); key != "" {
			fields[key] = i
		}
	}
	return fields
}

func yamlKey(f reflect.StructField) string {
	key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return key
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
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
