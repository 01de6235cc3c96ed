package config

import (
	"time"

	"github.com/ai-gateway/ai-gateway/field"
)

// Duration is a length of time written the Go way: "300s", "5m", "1h30m".
type Duration time.Duration

func (d *Duration) decodeScalar(path field.Path, value string) *field.Error {
	parsed, err := time.ParseDuration(value)
	if err != nil {
		return field.Invalid(path, value, "is not a duration (use e.g. 300s)")
	}
	*d = Duration(parsed)
	return nil
}

// Std returns d as a *time.Duration, nil when d is nil.
func (d *Duration) Std() *time.Duration {
	if d == nil {
		return nil
	}
	std := time.Duration(*d)
	return &std
}
