package constructs

import (
	"fmt"
	"slices"
	"time"

	"github.com/aws/jsii-runtime-go"

	"github.com/ai-gateway/ai-gateway/field"
	gwapi "github.com/ai-gateway/ai-gateway/imports/gatewaynetworkingk8sio"
	"github.com/ai-gateway/ai-gateway/internal/gwduration"
)

// Defaults of a route's retries. A retry must never run a generation twice,
// so by default only a 503 is retried, once: vLLM answers 503 while it is
// loading, draining or out of capacity, before it has started on the
// request. The Gateway API retries refused connections whenever attempts is
// above 0. Timeouts are never retried.
var (
	DefaultRetryCodes = []int{503}
)

// DefaultRetryAttempts is how often a refused request is retried: once, on
// another replica.
const DefaultRetryAttempts = 1

// Limits of a route's retries.
const (
	// maxRetryAttempts: when every replica refuses, more retries multiply an
	// overload instead of riding out one busy replica.
	maxRetryAttempts = 5
	minRetryCode     = 400
	maxRetryCode     = 599
)

// timeoutCodes are the status codes that report a timeout: the request may
// have reached a model, so retrying it could run the generation twice.
var timeoutCodes = map[int]string{408: "Request Timeout", 504: "Gateway Timeout"}

// Retry says when the gateway sends a request to another replica: when the
// connection is refused, or the answer has one of Codes.
type Retry struct {
	// Codes of answers to retry, 400 to 599; never 408 or 504, which report
	// timeouts. Default: 503.
	Codes []int
	// Attempts after the first; 0 turns retries off. Default: 1.
	Attempts *int
	// Backoff is the base wait before a retry; the curve and jitter are the
	// implementation's. Default: none, the implementation's own (an
	// implementation that cannot wait rejects a route that sets it).
	Backoff *time.Duration
}

func (r *Retry) withDefaults() *Retry {
	var out Retry
	if r != nil {
		out = *r
	}
	out.Attempts = intOrDefault(out.Attempts, DefaultRetryAttempts)
	if out.Codes == nil && *out.Attempts > 0 {
		out.Codes = slices.Clone(DefaultRetryCodes)
	}
	return &out
}

// validate checks the retry keys at path; timeouts are the route's, to check
// that the request timeout leaves room for the attempts.
func (r Retry) validate(path field.Path, timeouts Timeouts) field.List {
	var errs field.List
	if n := *r.Attempts; n < 0 || n > maxRetryAttempts {
		errs.Add(field.Invalid(path.Child("attempts"), n, fmt.Sprintf("must be between 0 and %d", maxRetryAttempts)))
	}
	if *r.Attempts == 0 {
		// Nothing is retried: codes and a backoff would be written for nothing,
		// and an implementation that cannot back off rejects a route that sets
		// one, retries or not.
		if len(r.Codes) > 0 {
			errs.Add(field.Errorf(path.Child("codes"), "have no effect with attempts 0 (retries off)"))
		}
		if r.Backoff != nil {
			errs.Add(field.Invalid(path.Child("backoff"), r.Backoff.String(), "has no effect with attempts 0 (retries off); leave it out"))
		}
		return errs
	}
	for i, code := range r.Codes {
		at := path.Child("codes").Index(i)
		switch {
		case code < minRetryCode || code > maxRetryCode:
			errs.Add(field.Invalid(at, code, fmt.Sprintf("must be an HTTP status code from %d to %d", minRetryCode, maxRetryCode)))
		case timeoutCodes[code] != "":
			errs.Add(field.Invalid(at, code, fmt.Sprintf("(%s) reports a timeout: the request may have reached the model, and a retry would run the generation twice", timeoutCodes[code])))
		case slices.Index(r.Codes, code) != i:
			errs.Add(field.Invalid(at, code, fmt.Sprintf("is listed twice (codes[%d])", slices.Index(r.Codes, code))))
		}
	}
	if r.Backoff != nil {
		errs = append(errs, r.validateBackoff(path.Child("backoff"), timeouts)...)
	}
	return errs
}

// validateBackoff checks the backoff and the room it needs: the last attempt
// must still get its whole backendRequest timeout after the attempts' waits,
// so backendRequest + attempts × backoff must fit in the request timeout.
// A backendRequest of 0s bounds no attempt, so one may take the whole
// request timeout, and no wait fits. The attempts themselves take no room
// worth counting: only refusals are retried, and a refusal comes back at once.
func (r Retry) validateBackoff(path field.Path, t Timeouts) field.List {
	var errs field.List
	backoff := *r.Backoff
	if backoff <= 0 {
		return append(errs, field.Invalid(path, backoff.String(), "must be above 0; leave it out for the implementation's own"))
	}
	if _, err := gwduration.Format(backoff); err != nil {
		return append(errs, field.Invalid(path, backoff.String(), err.Error()))
	}
	if t.Request == nil || gwduration.TimeoutOff(*t.Request) || t.BackendRequest == nil {
		return errs // no limit on the whole request, or the implementation's own per attempt
	}
	waits := time.Duration(*r.Attempts) * backoff
	room := fmt.Sprintf("set timeouts.backendRequest to at most %s", *t.Request-waits)
	if waits >= *t.Request {
		room = "shorten the backoff or make fewer attempts"
	}
	if gwduration.TimeoutOff(*t.BackendRequest) {
		return append(errs, field.Invalid(path, backoff.String(), fmt.Sprintf(
			"leaves no room for the retries: backendRequest 0s puts no limit on an attempt, so one may take the whole request timeout %s and %d × %s of waiting does not fit; %s",
			t.Request, *r.Attempts, backoff, room)))
	}
	if need := *t.BackendRequest + waits; need > *t.Request {
		errs.Add(field.Invalid(path, backoff.String(), fmt.Sprintf(
			"leaves no room for the retries: backendRequest %s + %d × %s = %s is longer than the request timeout %s; %s",
			t.BackendRequest, *r.Attempts, backoff, need, t.Request, room)))
	}
	return errs
}

// retry renders the route's retries; with attempts 0 it says so explicitly,
// since an implementation may retry on its own otherwise.
func (r *Retry) retry() *gwapi.HttpRouteSpecRulesRetry {
	if r == nil {
		return nil
	}
	out := &gwapi.HttpRouteSpecRulesRetry{Attempts: jsii.Number(*r.Attempts)}
	if len(r.Codes) > 0 {
		codes := make([]*float64, len(r.Codes))
		for i, c := range r.Codes {
			codes[i] = jsii.Number(c)
		}
		out.Codes = &codes
	}
	if r.Backoff != nil {
		backoff, _ := gwduration.Format(*r.Backoff)
		out.Backoff = jsii.String(backoff)
	}
	return out
}
