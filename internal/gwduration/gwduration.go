// Package gwduration holds the Gateway API's rules for durations (GEP-2257)
// in one place: the text format routes hold them in, and what the zero
// duration means for a timeout.
package gwduration

import (
	"fmt"
	"strings"
	"time"
)

// maxValue is the largest number of one unit: the format allows at most
// five digits per unit.
const maxValue = 99999

// Format renders d in the Gateway API Duration format
// (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`): whole seconds as "300s", longer spans as
// "1h30m", sub-second parts in milliseconds. A negative d, one finer than a
// millisecond, or one of 100,000 hours or more has no such form.
func Format(d time.Duration) (string, error) {
	if d < 0 {
		return "", fmt.Errorf("must not be negative")
	}
	if d%time.Millisecond != 0 {
		return "", fmt.Errorf("must be a whole number of milliseconds")
	}
	if d == 0 {
		return "0s", nil
	}
	if d%time.Second == 0 && d/time.Second <= maxValue {
		return fmt.Sprintf("%ds", d/time.Second), nil
	}
	var b strings.Builder
	units := []struct {
		suffix string
		size   time.Duration
	}{{"h", time.Hour}, {"m", time.Minute}, {"s", time.Second}, {"ms", time.Millisecond}}
	for _, u := range units {
		n := d / u.size
		d -= n * u.size
		if n == 0 {
			continue
		}
		if n > maxValue {
			return "", fmt.Errorf("must be shorter than %d hours", maxValue+1)
		}
		fmt.Fprintf(&b, "%d%s", n, u.suffix)
	}
	return b.String(), nil
}

// TimeoutOff reports whether a timeout of d turns its limit off. For the
// request and backendRequest timeouts of an HTTPRoute rule, "setting a
// timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
// completely" (Gateway API v1.7, HTTPRouteTimeouts), and implementations
// that cannot must use their longest. The zero duration is never a limit of
// zero.
func TimeoutOff(d time.Duration) bool { return d == 0 }

// TextOff is TimeoutOff for a timeout as a route holds it ("0s"); text
// that is no duration is not off.
func TextOff(text string) bool {
	d, err := time.ParseDuration(text)
	return err == nil && TimeoutOff(d)
}
