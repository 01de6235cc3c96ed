package field

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPaths(t *testing.T) {
	tests := []struct {
		name string
		got  Path
		want string
	}{
		{"a child of the root", Path("").Child("models"), "models"},
		{"a child", Path("models").Index(1).Child("timeouts"), "models[1].timeouts"},
		{"under a parent", Path("timeouts.request").Under("models[1]"), "models[1].timeouts.request"},
		{"an index under a parent", Path("[0].key").Under("tolerations"), "tolerations[0].key"},
		{"under the root", Path("namespace").Under(""), "namespace"},
		{"the root under a parent", Path("").Under("gateway"), "gateway"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(tt.got))
		})
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"an invalid string is quoted", Invalid("models[0].name", "Chat", "must be a DNS label"), `models[0].name: "Chat" must be a DNS label`},
		{"an invalid number is not", Invalid("port", 0, "must be a port"), "port: 0 must be a port"},
		{"a required key with a hint", Required("gateway", "the gateway"), "gateway: is required (the gateway)"},
		{"a required key", Required("gateway", ""), "gateway: is required"},
		{"a free message", Errorf("models", "has %d entries", 3), "models: has 3 entries"},
		{"no path", &Error{Msg: "broken"}, "broken"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.EqualError(t, tt.err, tt.want)
		})
	}
}

func TestListAddsSkipsNilsAndDropsRepeats(t *testing.T) {
	var l List
	l.Add(nil, Errorf("a", "x"), nil, Errorf("a", "x"), Errorf("b", "x"))
	assert.Len(t, l, 3)
	assert.Equal(t, "a: x\nb: x", l.Unique().Error())
	assert.Nil(t, List(nil).Err())
	var asList List
	assert.True(t, errors.As(l.Err(), &asList), "callers can inspect the list")
}

func TestListConcatAndUnder(t *testing.T) {
	l := List{Errorf("port", "bad")}.Concat(List{Errorf("name", "bad")}).Concat(errors.New("plain")).Concat(nil)
	assert.Equal(t, "server.port: bad\nserver.name: bad\nserver: plain", l.Under("server").Error())
}

func TestListShowsAtMostFiftyErrors(t *testing.T) {
	var l List
	for i := range 100_000 {
		l.Add(Errorf(Path("models").Index(i).Child("name"), "is required"))
	}
	lines := strings.Split(l.Error(), "\n")
	assert.Len(t, lines, MaxShown+1)
	assert.Equal(t, "models[49].name: is required", lines[MaxShown-1])
	assert.Equal(t, fmt.Sprintf("... and %d more", 100_000-MaxShown), lines[MaxShown])
}

func TestErrorsSayTheirKindAndKeepItWhenMoved(t *testing.T) {
	tests := []struct {
		name      string
		err       *Error
		wantType  Type
		wantValue any
	}{
		{"invalid, with the value", Invalid("port", 70000, "must be a port"), TypeInvalid, 70000},
		{"required", Required("gateway", ""), TypeRequired, nil},
		{"any other problem", Errorf("models", "clash"), TypeOther, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var list List
			require.True(t, errors.As(List{tt.err}.Under("server").Unique().Err(), &list))
			require.Len(t, list, 1)
			assert.Equal(t, tt.wantType, list[0].Type)
			assert.Equal(t, tt.wantValue, list[0].Value)
			assert.Equal(t, Path("server").Child(string(tt.err.Path)), list[0].Path)
		})
	}
}

func TestUniqueTakesValuesOfAnyType(t *testing.T) {
	l := List{Invalid("args", []string{"a"}, "x"), Invalid("args", []string{"a"}, "x")}
	assert.Len(t, l.Unique(), 1, "a slice value cannot be a map key; Unique must not need it")
}
