package constructs

import (
	"fmt"
	"regexp"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/ai-gateway/ai-gateway/internal/field"
)

// DefaultRequestTimeout bounds a whole model request, streaming included.
// LLM generations routinely run for minutes; gateway defaults (often 15 s) cut them off.
const DefaultRequestTimeout = 300 * time.Second

// Protocol is what a model speaks: OpenAI-style HTTP, or gRPC (Triton,
// KServe v2). It picks the route kind, HTTPRoute or GRPCRoute.
type Protocol string

// Protocols a model can speak.
const (
	ProtocolHTTP Protocol = "http"
	ProtocolGRPC Protocol = "grpc"
)

// ServiceRef points at a Kubernetes Service that serves a model.
type ServiceRef struct {
	// Name of the Service. Required.
	Name string
	// Namespace of the Service. Default: the route's namespace. Another
	// namespace gets a ReferenceGrant there that names exactly this Service.
	Namespace string
	// Port of the Service. Required.
	Port int
}

// ModelVersion is one version of a model and its share of the traffic.
type ModelVersion struct {
	// Service that serves this version. Required unless Pool is set.
	Service ServiceRef
	// Pool serves this version through an endpoint picker instead of a
	// Service. Default: none.
	Pool *InferencePool
	// Weight is this version's share of requests relative to the other
	// versions' weights (90 and 10 send 90% and 10%); 0 drains it. Default: 1.
	Weight *int
}

// HeaderMatch requires a request header to have exactly one value.
type HeaderMatch struct {
	// Name of the header, e.g. "x-model". Required.
	Name string
	// Value the header must have, e.g. "llama-3-8b-instruct". Required.
	Value string
}

// RouteMatch selects requests for a model. All conditions of one match must hold.
type RouteMatch struct {
	// PathPrefix the request path must start with; HTTP only. Default: "/".
	PathPrefix string
	// GRPCService is the fully qualified gRPC service, e.g.
	// inference.GRPCInferenceService; gRPC only. Default: every service.
	GRPCService string
	// GRPCMethod is the gRPC method, e.g. ModelInfer; gRPC only. Default: every method.
	GRPCMethod string
	// Header, when set, must be present with exactly this value. OpenAI-compatible
	// clients send every model's requests to /v1/..., so a header that names the
	// model is how one gateway path serves many models. Default: none.
	Header *HeaderMatch
}

// Mirror copies a share of the requests to a shadow backend whose answers are dropped.
type Mirror struct {
	// Service that receives the copies. Required.
	Service ServiceRef
	// Percent of requests copied, 1 to 100. Required: shadow LLM traffic costs GPUs.
	Percent int
}

// Timeouts bound how long the gateway waits for a model.
type Timeouts struct {
	// Request bounds the whole request from the client's point of view,
	// streaming included; 0 disables the limit. Default: 300s.
	Request *time.Duration
	// BackendRequest bounds one attempt to a backend; at most Request.
	// Default: the Request timeout.
	BackendRequest *time.Duration
}

// ModelRouteProps describes how requests reach one model.
type ModelRouteProps struct {
	// Name of the route. Required; a DNS label.
	Name string
	// Protocol of the model: http gives an HTTPRoute, grpc a GRPCRoute. Default: http.
	Protocol Protocol
	// Gateway the route attaches to (its model listener). Required.
	Gateway *AIGateway
	// Hostnames the route answers on; each must fall within the gateway's
	// hostname. Default: the listener's hostname.
	Hostnames []string
	// Matches select the model's requests; a request matching any one of them is
	// routed here. Default: every request (path prefix "/").
	Matches []RouteMatch
	// Versions share the model's traffic by weight: one version, or a stable
	// version and a canary. Required: 1 to 16.
	Versions []ModelVersion
	// Mirror copies a share of requests to a shadow backend. Default: none.
	Mirror *Mirror
	// RewritePathPrefix replaces the matched path prefix before the request
	// reaches the backend, e.g. "/chat" → "/v1". HTTP only; needs exactly one
	// match. Default: none.
	RewritePathPrefix string
	// Timeouts bound the wait for an answer. HTTP only (GRPCRoute has no
	// timeouts). Default: 300s for both.
	Timeouts Timeouts
}

// ModelRoute is one HTTPRoute (or GRPCRoute) that sends a model's requests to
// its versions, plus a ReferenceGrant in each other namespace whose Services it uses.
type ModelRoute struct {
	// Name of the HTTPRoute.
	Name string
	// Namespace of the HTTPRoute.
	Namespace string
	props     ModelRouteProps
}

// NewModelRoute validates props, applies defaults and adds the route (and any
// ReferenceGrants it needs) to scope. Errors name the prop by its config key.
func NewModelRoute(scope constructs.Construct, id string, props ModelRouteProps) (*ModelRoute, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	r := &ModelRoute{Name: props.Name, Namespace: chartNamespace(scope), props: props}
	if props.Protocol == ProtocolGRPC {
		r.addGRPCRoute(scope, id)
	} else {
		r.addHTTPRoute(scope, id)
	}
	for _, grant := range r.grants() {
		NewBackendGrant(scope, id+"-grant-"+grant.Namespace, grant)
	}
	return r, nil
}

func (p ModelRouteProps) withDefaults() ModelRouteProps {
	if p.Protocol == "" {
		p.Protocol = ProtocolHTTP
	}
	if len(p.Matches) == 0 {
		p.Matches = []RouteMatch{{}}
	}
	matches := make([]RouteMatch, len(p.Matches))
	for i, m := range p.Matches {
		if m.PathPrefix == "" && p.Protocol == ProtocolHTTP {
			m.PathPrefix = "/"
		}
		matches[i] = m
	}
	p.Matches = matches
	versions := make([]ModelVersion, len(p.Versions))
	for i, v := range p.Versions {
		if v.Weight == nil {
			one := 1
			v.Weight = &one
		}
		versions[i] = v
	}
	p.Versions = versions
	if p.Protocol == ProtocolHTTP {
		p.Timeouts.Request = durationOrDefault(p.Timeouts.Request, DefaultRequestTimeout)
		if p.Timeouts.BackendRequest == nil {
			p.Timeouts.BackendRequest = p.Timeouts.Request
		}
	}
	return p
}

// kind is the route's Kubernetes kind.
func (r *ModelRoute) kind() string {
	if r.props.Protocol == ProtocolGRPC {
		return "GRPCRoute"
	}
	return "HTTPRoute"
}

// listener is the gateway listener the route attaches to.
func (r *ModelRoute) listener() string {
	if r.props.Protocol == ProtocolGRPC {
		return r.props.Gateway.GRPCListener()
	}
	return r.props.Gateway.ModelListener()
}

// hostnameScope is the listener hostname the route's hostnames must fall within.
func (p ModelRouteProps) hostnameScope() string {
	if p.Protocol == ProtocolGRPC && p.Gateway.props.GRPCHostname != "" {
		return p.Gateway.props.GRPCHostname
	}
	return p.Gateway.Hostname()
}

// foreignNamespace is the Service's namespace when it differs from the
// route's, and nil (the route's own) otherwise.
func (r *ModelRoute) foreignNamespace(s ServiceRef) *string {
	if s.Namespace == "" || s.Namespace == r.Namespace {
		return nil
	}
	return jsii.String(s.Namespace)
}

// grants lists, per foreign namespace, the Services this route sends requests
// or mirrored copies to, in first-use order.
func (r *ModelRoute) grants() []BackendGrantProps {
	var refs []ServiceRef
	for _, v := range r.props.Versions {
		if v.Pool == nil {
			refs = append(refs, v.Service)
		}
	}
	if r.props.Mirror != nil {
		refs = append(refs, r.props.Mirror.Service)
	}
	var grants []BackendGrantProps
	index := map[string]int{}
	for _, s := range refs {
		ns := r.foreignNamespace(s)
		if ns == nil {
			continue
		}
		i, ok := index[*ns]
		if !ok {
			i = len(grants)
			index[*ns] = i
			grants = append(grants, BackendGrantProps{
				Namespace:      *ns,
				RouteNamespace: r.Namespace,
				RouteName:      r.Name,
				RouteKind:      r.kind(),
			})
		}
		grants[i].Services = appendUnique(grants[i].Services, s.Name)
	}
	return grants
}

func stringsOrNil(values []string) *[]*string {
	if len(values) == 0 {
		return nil
	}
	return jsii.Strings(values...)
}

func appendUnique(list []string, value string) []string {
	for _, v := range list {
		if v == value {
			return list
		}
	}
	return append(list, value)
}

func (p ModelRouteProps) validate() error {
	var errs field.List
	errs.Add(checkDNSLabel("name", p.Name))
	if p.Gateway == nil {
		errs.Add(field.Required("gateway", "the AIGateway the route attaches to"))
	}
	errs = append(errs, p.validateHostnames()...)
	errs = append(errs, p.validateMatches()...)
	errs = append(errs, p.validateVersions()...)
	if p.Mirror != nil {
		errs = append(errs, p.Mirror.validate("mirror")...)
	}
	switch p.Protocol {
	case ProtocolHTTP:
		errs = append(errs, p.Timeouts.validate("timeouts")...)
	case ProtocolGRPC:
		if p.Timeouts != (Timeouts{}) {
			errs.Add(field.Errorf("timeouts", "are not supported by GRPCRoute"))
		}
		for i, v := range p.Versions {
			if v.Pool != nil {
				errs.Add(field.Errorf(field.Path("versions").Index(i), "an InferencePool backend needs protocol http"))
			}
		}
	default:
		errs.Add(field.Invalid("protocol", string(p.Protocol), "must be http or grpc"))
	}
	return errs.Err()
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
		}
	}
	return errs
}

func (p ModelRouteProps) validateVersions() field.List {
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
			errs = append(errs, v.Service.validate(path.Child("service"))...)
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

func (s ServiceRef) validate(path field.Path) field.List {
	var errs field.List
	errs.Add(checkServiceName(path.Child("name"), s.Name))
	if s.Namespace != "" {
		errs.Add(checkDNSLabel(path.Child("namespace"), s.Namespace))
	}
	errs.Add(checkPort(path.Child("port"), s.Port))
	return errs
}

func (m Mirror) validate(path field.Path) field.List {
	errs := m.Service.validate(path.Child("service"))
	if m.Percent < 1 || m.Percent > 100 {
		errs.Add(field.Invalid(path.Child("percent"), m.Percent, "must be between 1 and 100"))
	}
	return errs
}

func (t Timeouts) validate(path field.Path) field.List {
	var errs field.List
	for _, d := range []struct {
		key   string
		value time.Duration
	}{{"request", *t.Request}, {"backendRequest", *t.BackendRequest}} {
		if _, err := gatewayDuration(d.value); err != nil {
			errs.Add(field.Invalid(path.Child(d.key), d.value.String(), err.Error()))
		}
	}
	if *t.Request != 0 && *t.BackendRequest > *t.Request {
		errs.Add(field.Invalid(path.Child("backendRequest"), t.BackendRequest.String(),
			fmt.Sprintf("is longer than the request timeout %s (backendRequest timeout cannot be longer than request timeout)", t.Request)))
	}
	return errs
}
