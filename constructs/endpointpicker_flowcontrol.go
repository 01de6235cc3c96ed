package constructs

import (
	"strconv"
	"time"

	"github.com/ai-gateway/ai-gateway/field"
	"github.com/ai-gateway/ai-gateway/internal/gwduration"
	"github.com/ai-gateway/ai-gateway/internal/llmd"
)

// Defaults of flow control: the picker's own (pkg/epp/flowcontrol/controller,
// defaultRequestTTL and defaultNoEndpointRequestTTL), written out so that the
// ConfigMap says what the picker does.
const (
	DefaultRequestTTL           = 60 * time.Second
	DefaultNoEndpointRequestTTL = 60 * time.Second
)

// FlowControl makes a pool's picker hold requests in priority bands while
// the pool is saturated, instead of sending them on to overloaded servers:
// higher priorities are dispatched first, and a request that waits past its
// TTL is rejected. A request that finds no ready endpoint at all (the pool
// scaled to zero, or starting) waits up to NoEndpointRequestTTL, which is
// what lets a pool start from zero replicas. The picker counts an endpoint
// whose metrics are stale as saturated, so it must be able to scrape its
// pods (the scrape policy lets it).
type FlowControl struct {
	// MaxRequests the pool's queues hold in all, above 0. Default: no limit.
	MaxRequests *int
	// MaxBytes of request bodies the queues hold in all, a quantity above 0
	// (e.g. 2Gi). Default: no limit (each band holds at most 1G).
	MaxBytes string
	// RequestTTL is how long a request may wait while the pool has
	// endpoints; 0s waits until it is dispatched. Default: 60s.
	RequestTTL *time.Duration
	// NoEndpointRequestTTL is how long a request may wait while the pool has
	// no ready endpoint; 0s waits until one is ready. Default: 60s.
	NoEndpointRequestTTL *time.Duration
}

func (f *FlowControl) withDefaults() *FlowControl {
	if f == nil {
		return nil
	}
	out := *f
	out.RequestTTL = durationOrDefault(f.RequestTTL, DefaultRequestTTL)
	out.NoEndpointRequestTTL = durationOrDefault(f.NoEndpointRequestTTL, DefaultNoEndpointRequestTTL)
	return &out
}

// validate applies the picker's own rules (pkg/epp/config/loader: quantities
// and TTLs must not be negative), and refuses a 0 that would mean the
// default: written, it would have no effect.
func (f *FlowControl) validate(path field.Path) field.List {
	var errs field.List
	if f == nil {
		return nil
	}
	if n := f.MaxRequests; n != nil && *n < 1 {
		errs.Add(field.Invalid(path.Child("maxRequests"), *n, "must be at least 1 (leave it out for no limit)"))
	}
	if f.MaxBytes != "" {
		errs.Add(checkPositiveQuantity(path.Child("maxBytes"), f.MaxBytes))
	}
	for _, d := range []struct {
		key   string
		value time.Duration
	}{{"requestTTL", *f.RequestTTL}, {"noEndpointRequestTTL", *f.NoEndpointRequestTTL}} {
		if _, err := gwduration.Format(d.value); err != nil {
			errs.Add(field.Invalid(path.Child(d.key), d.value.String(), err.Error()))
		}
	}
	return errs
}

// pickerBlock renders the flow control of a pool whose objectives have
// priorities: a band for each.
func (f *FlowControl) pickerBlock(priorities []int) *llmd.FlowControl {
	if f == nil {
		return nil
	}
	requestTTL, _ := gwduration.Format(*f.RequestTTL)
	noEndpointTTL, _ := gwduration.Format(*f.NoEndpointRequestTTL)
	block := &llmd.FlowControl{DefaultRequestTTL: requestTTL, NoEndpointRequestTTL: noEndpointTTL}
	if f.MaxRequests != nil {
		block.MaxRequests = strconv.Itoa(*f.MaxRequests) // a quantity; written whole

	}
	if f.MaxBytes != "" {
		block.MaxBytes = canonical(f.MaxBytes)
	}
	for _, p := range priorities {
		block.PriorityBands = append(block.PriorityBands, llmd.PriorityBand{Priority: p})
	}
	return block
}
