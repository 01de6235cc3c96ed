package constructs

import (
	"slices"
	"strings"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/ai-gateway/ai-gateway/implementations"
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
	// streaming included; 0 turns the limit off (gwduration.TimeoutOff).
	// Default: 300s.
	Request *time.Duration
	// BackendRequest bounds one attempt to a backend; at most Request. 0
	// turns the limit per attempt off: an attempt may then take as long as
	// the request may. Default: the Request timeout.
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
	// timeouts). Default: 300s for both, where the gateway's implementation
	// passes the timeout features; none otherwise.
	Timeouts Timeouts
	// Retry sends a refused request to another replica. HTTP only (GRPCRoute
	// has no retries). Default: a refused connection or a 503, once, where
	// the gateway's implementation passes the retry features; none otherwise.
	Retry *Retry
	// Aliases are other model names the route accepts as the model's: its
	// servers' LoRA adapters, the models its pools rewrite. Each match with
	// a header is repeated with the header's value set to each alias, so
	// clients name an adapter the way they name the model. HTTP only.
	// Default: none.
	Aliases []string
	// DefaultObjective is the objective (of the pools' Objectives) of the
	// requests that name none in the ObjectiveHeader, or one the model does
	// not have. Default: none; such requests have priority 0.
	DefaultObjective string
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
	r, err := PlanModelRoute(chartNamespace(scope), props)
	return added(scope, id, r, err)
}

// PlanModelRoute applies defaults to props and validates them, without
// touching a chart: the route as it will be in namespace.
func PlanModelRoute(namespace string, props ModelRouteProps) (*ModelRoute, error) {
	props = props.withDefaults()
	if err := props.validate(namespace); err != nil {
		return nil, err
	}
	return &ModelRoute{Name: props.Name, Namespace: namespace, props: props}, nil
}

// Add adds the planned route, and the ReferenceGrants it needs, to scope;
// their ids start with id.
func (r *ModelRoute) Add(scope constructs.Construct, id string) {
	if r.props.Protocol == ProtocolGRPC {
		r.addGRPCRoute(scope, id)
	} else {
		r.addHTTPRoute(scope, id)
	}
	for _, grant := range r.grants() {
		NewBackendGrant(scope, id+"-grant-"+grant.Namespace, grant)
	}
}

// Objects are the route and its grants.
func (r *ModelRoute) Objects() []ObjectID {
	objects := []ObjectID{{r.kind(), r.Namespace, r.Name}}
	for _, g := range r.grants() {
		objects = append(objects, ObjectID{"ReferenceGrant", g.Namespace, grantName(g)})
	}
	return objects
}

// Props are the route's props with defaults applied.
func (r *ModelRoute) Props() ModelRouteProps { return r.props }

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
		p.Timeouts = p.timeoutsWithDefaults()
		p.Retry = p.retryWithDefaults()
	}
	return p
}

// timeoutsWithDefaults applies the default timeouts, except those the
// gateway's implementation cannot honour: those are left out.
func (p ModelRouteProps) timeoutsWithDefaults() Timeouts {
	t := p.Timeouts
	if t.Request == nil && p.Gateway.refusal(implementations.RequestTimeout) == "" {
		t.Request = durationOrDefault(nil, DefaultRequestTimeout)
	}
	if t.BackendRequest == nil && p.Gateway.refusal(implementations.BackendTimeout) == "" {
		t.BackendRequest = t.Request
	}
	return t
}

// retryWithDefaults applies the default retries, unless the gateway's
// implementation cannot honour them; retries turned off need nothing of it.
func (p ModelRouteProps) retryWithDefaults() *Retry {
	honoured := p.Gateway.refusal(implementations.RetryCodes) == "" && p.Gateway.refusal(implementations.RetryConnectionError) == ""
	if p.Retry == nil && !honoured {
		return nil
	}
	r := p.Retry.withDefaults()
	if !honoured && *r.Attempts == 0 && len(r.Codes) == 0 && r.Backoff == nil {
		return nil // retries off, which needs nothing of the implementation
	}
	return r
}

// objectives are the names of the objectives of the route's pools, in their
// order (every pool of a model has the model's).
func (r *ModelRoute) objectives() []string {
	return r.props.objectives()
}

func (p ModelRouteProps) objectives() []string {
	var names []string
	if len(p.Versions) > 0 && p.Versions[0].Pool != nil {
		for _, o := range p.Versions[0].Pool.props.Objectives {
			names = append(names, o.Name)
		}
	}
	return names
}

// ExpandedMatch is a match of the route: one of Matches, or a copy of one
// for an alias.
type ExpandedMatch struct {
	RouteMatch
	// Match is the index of the match in Matches it comes from.
	Match int
	// Alias is the index in Aliases of the alias it is for, or -1.
	Alias int
}

// matchesWithAliases are the route's matches.
func (r *ModelRoute) matchesWithAliases() []ExpandedMatch {
	return r.props.ExpandedMatches()
}

// ExpandedMatches are the matches and, for each alias, a copy of every
// match with a header, the header's value set to the alias (with
// modelFrom: path, of every match, on the alias's path); a copy that equals
// a match already there is left out.
func (p ModelRouteProps) ExpandedMatches() []ExpandedMatch {
	out := make([]ExpandedMatch, len(p.Matches))
	for i, m := range p.Matches {
		out[i] = ExpandedMatch{RouteMatch: m, Match: i, Alias: -1}
	}
	byPath := p.Gateway.ModelFrom() == ModelFromPath && p.Protocol != ProtocolGRPC
	for k, alias := range p.Aliases {
		for i, m := range p.Matches {
			copied := m
			switch {
			case byPath:
				copied.PathPrefix = ModelPath(alias)
			case m.Header == nil:
				continue
			default:
				copied.Header = &HeaderMatch{Name: m.Header.Name, Value: alias}
			}
			if !slices.ContainsFunc(out, func(o ExpandedMatch) bool { return o.equal(copied) }) {
				out = append(out, ExpandedMatch{RouteMatch: copied, Match: i, Alias: k})
			}
		}
	}
	return out
}

// equal reports whether two matches select the same requests.
func (m RouteMatch) equal(o RouteMatch) bool {
	sameHeader := m.Header == nil && o.Header == nil ||
		m.Header != nil && o.Header != nil && strings.EqualFold(m.Header.Name, o.Header.Name) && m.Header.Value == o.Header.Value
	return sameHeader && m.PathPrefix == o.PathPrefix && m.GRPCService == o.GRPCService && m.GRPCMethod == o.GRPCMethod
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

func appendUnique(list []string, value string) []string {
	for _, v := range list {
		if v == value {
			return list
		}
	}
	return append(list, value)
}
