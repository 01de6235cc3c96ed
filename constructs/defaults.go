package constructs

import "time"

// The helpers below apply a construct's documented defaults (withDefaults)
// to props left out; the defaults themselves are constants next to the props
// they belong to.

// orDefault returns value, or fallback when value is the zero value.
func orDefault[T comparable](value, fallback T) T {
	var zero T
	if value == zero {
		return fallback
	}
	return value
}

// intOrDefault returns value, or a pointer to fallback when value is nil:
// an absent prop, told apart from an explicit 0.
func intOrDefault(value *int, fallback int) *int {
	if value == nil {
		return &fallback
	}
	return value
}

// durationOrDefault returns value, or a pointer to fallback when value is nil.
func durationOrDefault(value *time.Duration, fallback time.Duration) *time.Duration {
	if value == nil {
		return &fallback
	}
	return value
}

// orZero returns *n, or 0 when n is nil.
func orZero(n *int) int {
	if n == nil {
		return 0
	}
	return *n
}
