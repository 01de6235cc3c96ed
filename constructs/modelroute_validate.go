package constructs

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/ai-gateway/ai-gateway/field"
	"github.com/ai-gateway/ai-gateway/implementations"
	"github.com/ai-gateway/ai-gateway/internal/gwduration"
)

// validate checks the props of a route in namespace.
func (p ModelRouteProps) validate(namespace string) error {
	var errs field.List
	errs.Add(checkDNSLabel("name", p.Name))
	if p.Gateway == nil {
		errs.Add(field.Required("gateway", "the AIGateway the route attaches to"))
	}
	if p.Protocol != ProtocolHTTP && p.Protocol != ProtocolGRPC {
		// Matches, timeouts and retries mean something else per protocol.
		errs.Add(field.Invalid("protocol", string(p.Protocol), "must be http or grpc"))
		return errs.Err()
	}
	errs = append(errs, p.validateHostnames()...)
	errs = append(errs, p.validateMatches()...)
	errs = append(errs, p.validateVersions(namespace)...)
	if p.Mirror != nil {
		errs = append(errs, p.Mirror.validate("mirror", namespace)...)
	}
	switch p.Protocol {
	case ProtocolHTTP:
		errs = append(errs, p.validateAliases()...)
		errs = append(errs, p.validateObjectives()...)
		errs = append(errs, p.Timeouts.validate("timeouts")...)
		if p.Retry != nil {
			errs = append(errs, p.Retry.validate("retry", p.Timeouts)...)
		}
	case ProtocolGRPC:
		if p.Timeouts != (Timeouts{}) {
			errs.Add(field.Errorf("timeouts", "are not supported by GRPCRoute"))
		}
		if p.Retry != nil {
			errs.Add(field.Errorf("retry", "is not supported by GRPCRoute"))
		}
		if slices.ContainsFunc(p.Versions, func(v ModelVersion) bool { return v.Pool != nil }) {
			errs.Add(field.Errorf("backend", "inferencePool needs protocol http: an InferencePool backs HTTPRoutes only"))
		}
		if len(p.Aliases) > 0 {
			errs.Add(field.Errorf("aliases", "are not supported by GRPCRoute"))
		}
	}
	errs = append(errs, p.validateImplementation()...)
	return errs.Err()
}

// validateAliases checks the other names of the model and the matches they
// add.
func (p ModelRouteProps) validateAliases() field.List {
	var errs field.List
	for i, a := range p.Aliases {
		errs.Add(checkModelName(field.Path("aliases").Index(i), a))
	}
	if n := len(p.ExpandedMatches()); len(p.Aliases) > 0 && n > maxMatches {
		errs.Add(field.Errorf("matches", "and the %d other names of the model (adapters, rewritten models) make %d matches; a rule holds at most %d", len(p.Aliases), n, maxMatches))
	}
	if p.RewritePathPrefix != "" && len(p.Aliases) > 0 {
		// Each name has rules of its own (see rules), one per objective.
		perName := 1
		for _, o := range p.objectives() {
			if o != p.DefaultObjective {
				perName++
			}
		}
		if n := len(p.ExpandedMatches()) * perName; n > maxRules {
			errs.Add(field.Errorf("aliases", "the model and its %d other names (adapters, rewritten models), each on a path of its own with %d rules, make %d rules; a route holds at most %d",
				len(p.Aliases), perName, n, maxRules))
		}
	}
	return errs
}

// validateObjectives checks the default objective against the pools'.
func (p ModelRouteProps) validateObjectives() field.List {
	var errs field.List
	names := p.objectives()
	if p.DefaultObjective != "" && !slices.Contains(names, p.DefaultObjective) {
		if len(names) == 0 {
			errs.Add(field.Invalid("defaultObjective", p.DefaultObjective, "has no effect: the model has no objectives"))
		} else {
			errs.Add(field.Invalid("defaultObjective", p.DefaultObjective, fmt.Sprintf("is not one of the model's objectives (%s)", strings.Join(names, ", "))))
		}
	}
	return errs
}

// validateImplementation refuses what the route asks of the gateway's
// implementation and it has not passed. Defaults it cannot honour were left
// out already, so whatever is set here was asked for.
func (p ModelRouteProps) validateImplementation() field.List {
	var errs field.List
	refuse := func(path field.Path, f implementations.Feature) {
		if reason := p.Gateway.refusal(f); reason != "" {
			errs.Add(field.Errorf(path, "%s", reason))
		}
	}
	if p.Protocol == ProtocolGRPC {
		refuse("protocol", implementations.GRPCRoute)
	}
	if p.RewritePathPrefix != "" {
		refuse("rewritePathPrefix", implementations.PathRewrite)
	}
	if p.Mirror != nil {
		refuse("mirror", implementations.RequestMirror)
		refuse("mirror.percent", implementations.PercentageMirror)
	}
	if p.Timeouts.Request != nil {
		refuse("timeouts.request", implementations.RequestTimeout)
	}
	if p.Timeouts.BackendRequest != nil {
		refuse("timeouts.backendRequest", implementations.BackendTimeout)
	}
	if r := p.Retry; r != nil {
		if len(r.Codes) > 0 {
			refuse("retry.codes", implementations.RetryCodes)
		}
		if *r.Attempts > 0 { // attempts 0 turns retries off, which needs nothing
			refuse("retry.attempts", implementations.RetryConnectionError)
		}
	}
	if slices.ContainsFunc(p.Versions, func(v ModelVersion) bool { return v.Pool != nil }) {
		refuse("backend", implementations.InferencePool)
	}
	if len(p.objectives()) > 0 && len(p.Versions) > 1 {
		// Each version's pool has objectives of its own, named on the
		// request to that pool alone.
		refuse("objectives", implementations.BackendHeaderModification)
	}
	return errs
}

var (
	grpcServicePattern = regexp.MustCompile(`^(?i)\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$`)
	grpcMethodPattern  = regexp.MustCompile(`^[A-Za-z_][A-Za-z_0-9]*$`)
)

// validateMatchTarget checks the protocol's half of a match: the path prefix
// of HTTP, or the service and method of gRPC.
func (p ModelRouteProps) validateMatchTarget(path field.Path, m RouteMatch) field.List {
	var errs field.List
	if p.Protocol != ProtocolGRPC {
		errs.Add(checkPathPrefix(path.Child("pathPrefix"), m.PathPrefix))
		if m.GRPCService != "" || m.GRPCMethod != "" {
			errs.Add(field.Errorf(path, "grpcService and grpcMethod need protocol grpc"))
		}
		return errs
	}
	if m.PathPrefix != "" {
		errs.Add(field.Errorf(path.Child("pathPrefix"), "is HTTP only; a gRPC match names grpcService and grpcMethod"))
	}
	if m.GRPCService != "" && (len(m.GRPCService) > 1024 || !grpcServicePattern.MatchString(m.GRPCService)) {
		errs.Add(field.Invalid(path.Child("grpcService"), m.GRPCService, "must be a fully qualified gRPC service name such as inference.GRPCInferenceService"))
	}
	if m.GRPCMethod != "" && (len(m.GRPCMethod) > 1024 || !grpcMethodPattern.MatchString(m.GRPCMethod)) {
		errs.Add(field.Invalid(path.Child("grpcMethod"), m.GRPCMethod, "must be a gRPC method name such as ModelInfer"))
	}
	return errs
}

func (p ModelRouteProps) validateHostnames() field.List {
	var errs field.List
	if len(p.Hostnames) > maxHostnames {
		errs.Add(field.Errorf("hostnames", "has %d entries; a route holds at most %d", len(p.Hostnames), maxHostnames))
	}
	seen := map[string]bool{}
	for i, h := range p.Hostnames {
		path := field.Path("hostnames").Index(i)
		if err := checkHostname(path, h); err != nil {
			errs.Add(err)
			continue
		}
		if seen[h] {
			errs.Add(field.Invalid(path, h, "is listed twice"))
		}
		seen[h] = true
		if p.Gateway != nil && !hostnameWithin(h, p.hostnameScope()) {
			errs.Add(field.Invalid(path, h, fmt.Sprintf("is outside the gateway hostname %q, so the route would never attach", p.hostnameScope())))
		}
	}
	return errs
}

func (p ModelRouteProps) validateMatches() field.List {
	var errs field.List
	if len(p.Matches) > maxMatches {
		errs.Add(field.Errorf("matches", "has %d entries; a rule holds at most %d", len(p.Matches), maxMatches))
	}
	for i, m := range p.Matches {
		path := field.Path("matches").Index(i)
		errs = append(errs, p.validateMatchTarget(path, m)...)
		if m.Header != nil {
			errs.Add(checkHeaderName(path.Child("header.name"), m.Header.Name))
			if m.Header.Value == "" {
				errs.Add(field.Required(path.Child("header.value"), ""))
			} else if len(m.Header.Value) > maxHeaderValue {
				errs.Add(field.Errorf(path.Child("header.value"), "is %d characters long; at most %d are allowed", len(m.Header.Value), maxHeaderValue))
			}
		}
	}
	if p.RewritePathPrefix != "" && p.Protocol == ProtocolGRPC {
		errs.Add(field.Errorf("rewritePathPrefix", "is not supported by GRPCRoute"))
	} else if p.RewritePathPrefix != "" {
		errs.Add(checkPathPrefix("rewritePathPrefix", p.RewritePathPrefix))
		if len(p.Matches) != 1 {
			errs.Add(field.Errorf("rewritePathPrefix", "needs exactly one match, found %d (When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified)", len(p.Matches)))
		} else if prefix := p.Matches[0].PathPrefix; p.RewritePathPrefix == prefix {
			errs.Add(field.Invalid("rewritePathPrefix", p.RewritePathPrefix, fmt.Sprintf("has no effect: it equals the match's path prefix %s, so the rewrite would change nothing", prefix)))
		}
	}
	return errs
}

func (p ModelRouteProps) validateVersions(namespace string) field.List {
	var errs field.List
	switch n := len(p.Versions); {
	case n == 0:
		errs.Add(field.Required("versions", "at least one version with the Service that serves it"))
	case n > maxBackends:
		errs.Add(field.Errorf("versions", "has %d entries; a rule holds at most %d backends", n, maxBackends))
	}
	total := 0
	for i, v := range p.Versions {
		path := field.Path("versions").Index(i)
		switch {
		case v.Pool != nil && v.Service != (ServiceRef{}):
			errs.Add(field.Errorf(path, "has both a Service and an InferencePool; a version is served by one"))
		case v.Pool == nil:
			errs = append(errs, v.Service.validate(path.Child("service"), namespace)...)
		}
		if w := *v.Weight; w < 0 || w > maxWeight {
			errs.Add(field.Invalid(path.Child("weight"), w, fmt.Sprintf("must be between 0 and %d", maxWeight)))
		} else {
			total += w
		}
	}
	if len(p.Versions) > 0 && total == 0 {
		errs.Add(field.Errorf("versions", "weights add up to 0, so the model would get no traffic"))
	}
	return errs
}

// validate checks a reference from a route in namespace; the route's own
// namespace is checked where it is set.
func (s ServiceRef) validate(path field.Path, namespace string) field.List {
	var errs field.List
	errs.Add(checkServiceName(path.Child("name"), s.Name))
	if s.Namespace != "" && s.Namespace != namespace {
		errs.Add(checkDNSLabel(path.Child("namespace"), s.Namespace))
	}
	errs.Add(checkPort(path.Child("port"), s.Port))
	return errs
}

func (m Mirror) validate(path field.Path, namespace string) field.List {
	errs := m.Service.validate(path.Child("service"), namespace)
	if m.Percent < 1 || m.Percent > 100 {
		errs.Add(field.Invalid(path.Child("percent"), m.Percent, "must be between 1 and 100"))
	}
	return errs
}

func (t Timeouts) validate(path field.Path) field.List {
	var errs field.List
	for _, d := range []struct {
		key   string
		value *time.Duration
	}{{"request", t.Request}, {"backendRequest", t.BackendRequest}} {
		if d.value == nil || d.key == "backendRequest" && t.BackendRequest == t.Request {
			continue // unset, or the request timeout itself, checked once
		}
		if _, err := gwduration.Format(*d.value); err != nil {
			errs.Add(field.Invalid(path.Child(d.key), d.value.String(), err.Error()))
		}
	}
	if t.Request != nil && t.BackendRequest != nil && !gwduration.TimeoutOff(*t.Request) && *t.BackendRequest > *t.Request {
		errs.Add(field.Invalid(path.Child("backendRequest"), t.BackendRequest.String(),
			fmt.Sprintf("is longer than the request timeout %s (backendRequest timeout cannot be longer than request timeout)", t.Request)))
	}
	return errs
}
