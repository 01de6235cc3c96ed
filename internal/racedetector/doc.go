// Package racedetector says whether the binary was built with the race
// detector (go test -race), for the few tests that measure what the
// detector changes: allocations, or a race inside a dependency.
package racedetector
