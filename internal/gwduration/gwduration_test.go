package gwduration

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		name string
		in   time.Duration
		want string
		err  string
	}{
		{"zero is 0s", 0, "0s", ""},
		{"whole seconds stay seconds", 300 * time.Second, "300s", ""},
		{"the most seconds one unit holds", 99999 * time.Second, "99999s", ""},
		{"beyond that, hours and minutes", 100000 * time.Second, "27h46m40s", ""},
		{"milliseconds", 1500 * time.Millisecond, "1s500ms", ""},
		{"negative", -time.Second, "", "must not be negative"},
		{"finer than a millisecond", 1500 * time.Microsecond, "", "must be a whole number of milliseconds"},
		{"100,000 hours", 100000 * time.Hour, "", "must be shorter than 100000 hours"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Format(tt.in)
			if tt.err != "" {
				assert.EqualError(t, err, tt.err)
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTimeoutOff(t *testing.T) {
	assert.True(t, TimeoutOff(0), "the zero duration turns a timeout off")
	assert.False(t, TimeoutOff(time.Millisecond))
	assert.True(t, TextOff("0s"))
	assert.True(t, TextOff("0ms"))
	assert.False(t, TextOff("300s"))
	assert.False(t, TextOff("none"), "text that is no duration is not off")
}
