package platform

import (
	"fmt"
	"reflect"
	"slices"
)

// copyNamesakes sets each field of the struct dst points to from the field
// of the struct src with the same name, but for the names in except (set by
// hand). A config block and the props it fills name their keys alike, so a
// key added to both arrives without a line here. Values convert as Go
// converts them (config.Duration to time.Duration), structs field by field,
// lists item by item, a pointer to its value and back; a nil pointer or
// list leaves the prop unset. A pair that does not convert panics, which
// TestEveryServerKeyBecomesAProp catches.
func copyNamesakes(dst, src any, except ...string) {
	to, from := reflect.ValueOf(dst).Elem(), reflect.ValueOf(src)
	for i := range from.NumField() {
		name := from.Type().Field(i).Name
		if slices.Contains(except, name) {
			continue
		}
		if field := to.FieldByName(name); field.IsValid() {
			assign(field, from.Field(i))
		}
	}
}

// assign sets to from from, converting as copyNamesakes describes.
func assign(to, from reflect.Value) {
	switch {
	case from.Kind() == reflect.Pointer:
		if !from.IsNil() {
			assign(allocated(to), from.Elem())
		}
	case to.Kind() == reflect.Pointer:
		assign(allocated(to), from)
	case from.Kind() == reflect.Struct && to.Kind() == reflect.Struct && from.Type() != to.Type():
		for i := range from.NumField() {
			if field := to.FieldByName(from.Type().Field(i).Name); field.IsValid() {
				assign(field, from.Field(i))
			}
		}
	case from.Kind() == reflect.Slice && to.Kind() == reflect.Slice && !from.Type().ConvertibleTo(to.Type()):
		if from.IsNil() {
			return
		}
		items := reflect.MakeSlice(to.Type(), from.Len(), from.Len())
		for i := range from.Len() {
			assign(items.Index(i), from.Index(i))
		}
		to.Set(items)
	case from.Type().ConvertibleTo(to.Type()):
		to.Set(from.Convert(to.Type()))
	default:
		panic(fmt.Sprintf("platform: a %s cannot fill a %s", from.Type(), to.Type()))
	}
}

// allocated is the value v points to, or v itself when v is not a pointer;
// a nil pointer gets a new value first.
func allocated(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Pointer {
		return v
	}
	if v.IsNil() {
		v.Set(reflect.New(v.Type().Elem()))
	}
	return v.Elem()
}
