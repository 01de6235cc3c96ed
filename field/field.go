// Package field names places in the platform description and carries errors
// that point at them, such as `models[1].timeouts.request: "5x" is not a duration`.
//
// Paths use the config file's lowerCamel keys, so an error raised by a construct
// reads the same as one raised while parsing the file.
//
// Every error the config, platform and constructs packages return for bad
// input is a List; a program that builds on them finds each problem with
// errors.As:
//
//	var list field.List
//	if errors.As(err, &list) {
//		for _, e := range list {
//			if e.Type == field.TypeRequired { ... e.Path ... }
//		}
//	}
package field

import (
	"errors"
	"fmt"
	"strings"
)

// Path is a dotted path into the config, e.g. "models[1].versions[0].weight".
// The zero value is the root.
type Path string

// Child returns the path of the named key below p.
func (p Path) Child(name string) Path {
	if p == "" {
		return Path(name)
	}
	return Path(string(p) + "." + name)
}

// Index returns the path of the i-th item of the list at p.
func (p Path) Index(i int) Path {
	return Path(fmt.Sprintf("%s[%d]", p, i))
}

// Under returns p placed below parent: "timeouts.request" under "models[1]"
// is "models[1].timeouts.request".
func (p Path) Under(parent Path) Path {
	switch {
	case parent == "":
		return p
	case p == "":
		return parent
	case strings.HasPrefix(string(p), "["):
		return Path(string(parent) + string(p))
	default:
		return Path(string(parent) + "." + string(p))
	}
}

// Type is the kind of a problem.
type Type int

// The kinds of problems.
const (
	// TypeOther is a problem of any other kind: keys that do not go
	// together, two models that claim the same requests, a file too large.
	TypeOther Type = iota
	// TypeInvalid is a value that breaks a rule; Value holds it.
	TypeInvalid
	// TypeRequired is a key that has no value but needs one.
	TypeRequired
)

// Error is a problem with the value at one path.
type Error struct {
	// Path is where the problem is; "" for the file as a whole.
	Path Path
	// Type is the kind of problem.
	Type Type
	// Value is the offending value, with TypeInvalid.
	Value any
	// Msg says what is wrong, and for TypeInvalid quotes Value.
	Msg string
}

func (e *Error) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return string(e.Path) + ": " + e.Msg
}

// Invalid reports that value at path breaks a rule; the message quotes the value.
func Invalid(path Path, value any, rule string) *Error {
	return &Error{Path: path, Type: TypeInvalid, Value: value, Msg: fmt.Sprintf("%s %s", quote(value), rule)}
}

// Required reports that path has no value but needs one.
func Required(path Path, hint string) *Error {
	msg := "is required"
	if hint != "" {
		msg += " (" + hint + ")"
	}
	return &Error{Path: path, Type: TypeRequired, Msg: msg}
}

// Errorf reports a problem at path with a free-form message.
func Errorf(path Path, format string, args ...any) *Error {
	return &Error{Path: path, Msg: fmt.Sprintf(format, args...)}
}

func quote(value any) string {
	if s, ok := value.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(value)
}

// List collects every problem found, so a user fixes them all in one pass.
type List []*Error

// Add appends errs, skipping nils.
func (l *List) Add(errs ...*Error) {
	for _, e := range errs {
		if e != nil {
			*l = append(*l, e)
		}
	}
}

// Concat returns l followed by the field errors of err.
func (l List) Concat(err error) List {
	var more List
	if errors.As(err, &more) {
		return append(l, more...)
	}
	if err != nil {
		return append(l, &Error{Msg: err.Error()})
	}
	return l
}

// Under moves every error of l below parent.
func (l List) Under(parent Path) List {
	out := make(List, len(l))
	for i, e := range l {
		out[i] = e.At(e.Path.Under(parent))
	}
	return out
}

// At returns a copy of e at path.
func (e *Error) At(path Path) *Error {
	moved := *e
	moved.Path = path
	return &moved
}

// Paths is the set of the errors' paths.
func (l List) Paths() map[Path]bool {
	paths := make(map[Path]bool, len(l))
	for _, e := range l {
		paths[e.Path] = true
	}
	return paths
}

// Unique drops repeated errors (same path and message), keeping the first.
func (l List) Unique() List {
	type key struct {
		path Path
		msg  string
	}
	var out List
	seen := map[key]bool{}
	for _, e := range l {
		k := key{e.Path, e.Msg}
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// Err returns nil when l is empty and l itself otherwise.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// MaxShown is how many errors Error lists; the rest are counted.
const MaxShown = 50

// Error lists the errors one per line, at most MaxShown of them, then how
// many more there are.
func (l List) Error() string {
	shown := l
	if len(l) > MaxShown {
		shown = l[:MaxShown]
	}
	lines := make([]string, len(shown), len(shown)+1)
	for i, e := range shown {
		lines[i] = e.Error()
	}
	if n := len(l) - len(shown); n > 0 {
		lines = append(lines, fmt.Sprintf("... and %d more", n))
	}
	return strings.Join(lines, "\n")
}
