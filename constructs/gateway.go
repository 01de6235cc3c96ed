package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/ai-gateway/ai-gateway/field"
	"github.com/ai-gateway/ai-gateway/implementations"
	gwapi "github.com/ai-gateway/ai-gateway/imports/gatewaynetworkingk8sio"
)

// Listener names of the AI gateway. Routes attach to one by sectionName.
const (
	HTTPListener  = "http"
	HTTPSListener = "https"
	GRPCListener  = "grpc"
)

// RouteNamespaces says which namespaces may attach routes to the gateway.
type RouteNamespaces string

// Values of RouteNamespaces, as the Gateway API spells them.
const (
	// RoutesFromSame allows routes from the gateway's own namespace only.
	RoutesFromSame RouteNamespaces = "Same"
	// RoutesFromSelector allows routes from the namespaces listed by name.
	RoutesFromSelector RouteNamespaces = "Selector"
	// RoutesFromAll allows routes from every namespace of the cluster.
	RoutesFromAll RouteNamespaces = "All"
)

// AllowedRoutes limits which namespaces may attach routes to the gateway.
type AllowedRoutes struct {
	// From selects the namespaces. Default: Same (the gateway's namespace).
	// All must be asked for explicitly: it lets any team publish on the gateway.
	From RouteNamespaces
	// Namespaces names the namespaces allowed when From is Selector; matched on
	// the kubernetes.io/metadata.name label that Kubernetes sets on every namespace.
	Namespaces []string
}

// DefaultGatewayName names the Gateway when the props do not.
const DefaultGatewayName = "ai-gateway"

// AIGatewayProps describes the one Gateway every model is served through.
type AIGatewayProps struct {
	// Name of the Gateway object; a DNS subdomain. Default: ai-gateway.
	Name string
	// ClassName names the GatewayClass, i.e. the implementation that runs the
	// gateway (Envoy Gateway, Istio, GKE, ...). Required.
	ClassName string
	// Hostname the listeners answer on, e.g. "ai.example.com" or "*.example.com".
	// Default: every hostname.
	Hostname string
	// TLSSecretName names a kubernetes.io/tls Secret in the gateway's namespace.
	// When set, an HTTPS listener on 443 terminates TLS with it, model routes
	// attach to HTTPS, and plain HTTP on 80 only redirects to HTTPS (301).
	// Default: none, HTTP on 80 only.
	TLSSecretName string
	// AllowedRoutes limits which namespaces may attach routes. Default: Same.
	AllowedRoutes AllowedRoutes
	// GRPCHostname, when set, adds a listener "grpc" for GRPCRoutes only, on
	// this hostname (HTTPS on 443 with TLS, else HTTP on 80), so gRPC models
	// get a name of their own. It must differ from Hostname. Default: none;
	// GRPCRoutes share the model listener.
	GRPCHostname string
	// Implementation is the gateway implementation (and version) the platform
	// targets, as its Gateway API conformance report describes it. The
	// gateway and its routes then refuse what it does not pass, and leave out
	// defaults it cannot honour. Default: none; everything is emitted.
	Implementation *implementations.Implementation
	// ModelFrom is where the gateway reads the model a request is for.
	// Default: header.
	ModelFrom ModelFrom
	// ModelHeader is the header the routes match the model on, which
	// ModelFromBody sets from the body. Required with body; only with body.
	ModelHeader string
	// AllowTrafficFrom lists the gateway's data-plane pods, which alone may
	// reach the body-based router that ModelFromBody runs on some
	// implementations. Default: the pods of the gateway's namespace.
	AllowTrafficFrom []TrafficPeer
}

// AIGateway is a Gateway API Gateway for model traffic: an HTTP listener on 80
// and, with TLS, an HTTPS listener on 443 plus a redirect from HTTP to HTTPS.
type AIGateway struct {
	// Name of the Gateway object.
	Name string
	// Namespace of the Gateway object.
	Namespace string
	props     AIGatewayProps
}

// NewAIGateway validates props and adds the Gateway (and, with TLS, the
// HTTP-to-HTTPS redirect route) to scope. Errors name the prop by its config key.
func NewAIGateway(scope constructs.Construct, id string, props AIGatewayProps) (*AIGateway, error) {
	g, err := PlanAIGateway(chartNamespace(scope), props)
	return added(scope, id, g, err)
}

// PlanAIGateway applies defaults to props and validates them, without
// touching a chart: the gateway as it will be in namespace.
func PlanAIGateway(namespace string, props AIGatewayProps) (*AIGateway, error) {
	props.Name = orDefault(props.Name, DefaultGatewayName)
	props.AllowedRoutes.From = orDefault(props.AllowedRoutes.From, RoutesFromSame)
	props.ModelFrom = orDefault(props.ModelFrom, ModelFromHeader)
	if len(props.AllowTrafficFrom) == 0 {
		props.AllowTrafficFrom = []TrafficPeer{{NamespaceLabels: map[string]string{namespaceNameLabel: namespace}}}
	}
	if err := props.validate(); err != nil {
		return nil, err
	}
	return &AIGateway{Name: props.Name, Namespace: namespace, props: props}, nil
}

// Add adds the planned Gateway, and with TLS its HTTP-to-HTTPS redirect
// route, to scope; their ids start with id.
func (g *AIGateway) Add(scope constructs.Construct, id string) {
	gwapi.NewGateway(scope, jsii.String(id), &gwapi.GatewayProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(g.props.Name)},
		Spec: &gwapi.GatewaySpec{
			GatewayClassName: jsii.String(g.props.ClassName),
			Listeners:        g.listeners(),
		},
	})
	if g.TLS() {
		g.addHTTPSRedirect(scope, id+"-https-redirect")
	}
	if g.props.ModelFrom == ModelFromBody {
		g.bodyModel().add(scope, id+"-body-model")
	}
}

// Objects are the Gateway, its redirect route and what reads the model
// from the body.
func (g *AIGateway) Objects() []ObjectID {
	objects := []ObjectID{{"Gateway", g.Namespace, g.Name}}
	if g.TLS() {
		objects = append(objects, ObjectID{"HTTPRoute", g.Namespace, g.RedirectRouteName()})
	}
	if g.props.ModelFrom == ModelFromBody {
		objects = append(objects, g.bodyModel().objects()...)
	}
	return objects
}

// TLS reports whether the gateway terminates TLS.
func (g *AIGateway) TLS() bool { return g.props.TLSSecretName != "" }

// Hostname is the hostname the listeners answer on ("" for every hostname).
func (g *AIGateway) Hostname() string { return g.props.Hostname }

// ModelListener is the listener model routes attach to: https with TLS, http without.
func (g *AIGateway) ModelListener() string {
	if g.TLS() {
		return HTTPSListener
	}
	return HTTPListener
}

// GRPCListener is the listener GRPCRoutes attach to: grpc when the gateway
// has a gRPC hostname, else the model listener.
func (g *AIGateway) GRPCListener() string {
	if g.props.GRPCHostname != "" {
		return GRPCListener
	}
	return g.ModelListener()
}

// RedirectRouteName names the HTTPRoute that redirects HTTP to HTTPS.
func (g *AIGateway) RedirectRouteName() string { return g.Name + "-https-redirect" }

func (g *AIGateway) listeners() *[]*gwapi.GatewaySpecListeners {
	listeners := []*gwapi.GatewaySpecListeners{g.listener(HTTPListener, g.props.Hostname)}
	if g.TLS() {
		listeners = append(listeners, g.listener(HTTPSListener, g.props.Hostname))
	}
	if g.props.GRPCHostname != "" {
		grpc := g.listener(g.ModelListener(), g.props.GRPCHostname)
		grpc.Name = jsii.String(GRPCListener)
		grpc.AllowedRoutes.Kinds = &[]*gwapi.GatewaySpecListenersAllowedRoutesKinds{{
			Group: jsii.String(gatewayGroup),
			Kind:  jsii.String("GRPCRoute"),
		}}
		listeners = append(listeners, grpc)
	}
	return &listeners
}

// listener returns the listener of that name and kind: http on 80, or https
// on 443 terminating TLS with the gateway's certificate.
func (g *AIGateway) listener(kind, hostname string) *gwapi.GatewaySpecListeners {
	l := &gwapi.GatewaySpecListeners{
		Name:          jsii.String(kind),
		Port:          jsii.Number(80),
		Protocol:      jsii.String("HTTP"),
		AllowedRoutes: g.allowedRoutes(),
	}
	if kind == HTTPSListener {
		l.Port, l.Protocol = jsii.Number(443), jsii.String("HTTPS")
		l.Tls = &gwapi.GatewaySpecListenersTls{
			Mode: gwapi.GatewaySpecListenersTlsMode_TERMINATE,
			CertificateRefs: &[]*gwapi.GatewaySpecListenersTlsCertificateRefs{{
				Group: jsii.String(""),
				Kind:  jsii.String("Secret"),
				Name:  jsii.String(g.props.TLSSecretName),
			}},
		}
	}
	if hostname != "" {
		l.Hostname = jsii.String(hostname)
	}
	return l
}

func (g *AIGateway) allowedRoutes() *gwapi.GatewaySpecListenersAllowedRoutes {
	ns := &gwapi.GatewaySpecListenersAllowedRoutesNamespaces{}
	switch g.props.AllowedRoutes.From {
	case RoutesFromAll:
		ns.From = gwapi.GatewaySpecListenersAllowedRoutesNamespacesFrom_ALL
	case RoutesFromSelector:
		ns.From = gwapi.GatewaySpecListenersAllowedRoutesNamespacesFrom_SELECTOR
		ns.Selector = &gwapi.GatewaySpecListenersAllowedRoutesNamespacesSelector{
			MatchExpressions: &[]*gwapi.GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions{{
				Key:      jsii.String(namespaceNameLabel),
				Operator: jsii.String("In"),
				Values:   jsii.Strings(g.props.AllowedRoutes.Namespaces...),
			}},
		}
	default:
		ns.From = gwapi.GatewaySpecListenersAllowedRoutesNamespacesFrom_SAME
	}
	return &gwapi.GatewaySpecListenersAllowedRoutes{Namespaces: ns}
}

// addHTTPSRedirect attaches a route to the HTTP listener that answers every
// request with a permanent redirect to HTTPS, so no model is reachable in clear text.
func (g *AIGateway) addHTTPSRedirect(scope constructs.Construct, id string) {
	gwapi.NewHttpRoute(scope, jsii.String(id), &gwapi.HttpRouteProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(g.RedirectRouteName())},
		Spec: &gwapi.HttpRouteSpec{
			ParentRefs: &[]*gwapi.HttpRouteSpecParentRefs{g.parentRef(HTTPListener)},
			Rules: &[]*gwapi.HttpRouteSpecRules{{
				Matches: &[]*gwapi.HttpRouteSpecRulesMatches{pathPrefixMatch("/")},
				Filters: &[]*gwapi.HttpRouteSpecRulesFilters{{
					Type: gwapi.HttpRouteSpecRulesFiltersType_REQUEST_REDIRECT,
					RequestRedirect: &gwapi.HttpRouteSpecRulesFiltersRequestRedirect{
						Scheme:     gwapi.HttpRouteSpecRulesFiltersRequestRedirectScheme_HTTPS,
						StatusCode: gwapi.HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_301,
					},
				}},
			}},
		},
	})
}

// parentRef is a reference to one listener of this gateway, written with the
// group and kind the API server would default, so re-applies show no drift.
func (g *AIGateway) parentRef(listener string) *gwapi.HttpRouteSpecParentRefs {
	return &gwapi.HttpRouteSpecParentRefs{
		Group:       jsii.String(gatewayGroup),
		Kind:        jsii.String("Gateway"),
		Name:        jsii.String(g.Name),
		SectionName: jsii.String(listener),
	}
}

func (p AIGatewayProps) validate() error {
	var errs field.List
	errs.Add(checkDNSSubdomain("name", p.Name))
	errs.Add(checkDNSSubdomain("className", p.ClassName))
	if p.Hostname != "" {
		errs.Add(checkHostname("hostname", p.Hostname))
	}
	if p.TLSSecretName != "" {
		errs.Add(checkDNSSubdomain("tls.secretName", p.TLSSecretName))
	}
	errs = append(errs, p.AllowedRoutes.validate("allowedRoutes")...)
	if p.GRPCHostname != "" {
		errs.Add(checkHostname("grpcHostname", p.GRPCHostname))
		if p.GRPCHostname == p.Hostname {
			errs.Add(field.Invalid("grpcHostname", p.GRPCHostname, "equals hostname; the gRPC listener needs a hostname of its own (Combination of port, protocol and hostname must be unique for each listener)"))
		}
	}
	errs = append(errs, p.validateImplementation()...)
	errs = append(errs, p.validateModelFrom()...)
	return errs.Err()
}

// validateImplementation refuses what the targeted implementation has not
// passed: HTTPRoute itself, the HTTP-to-HTTPS redirect of TLS, GRPCRoutes of
// a gRPC listener, and listener isolation when the gRPC listener's hostname
// overlaps the model listener's on the same port.
func (p AIGatewayProps) validateImplementation() field.List {
	impl := p.Implementation
	if impl == nil {
		return nil
	}
	var errs field.List
	refuse := func(path field.Path, f implementations.Feature) {
		if !impl.Supports(f) {
			errs.Add(field.Errorf(path, "%s", impl.Refusal(f)))
		}
	}
	refuse("implementation", "HTTPRoute")
	if p.TLSSecretName != "" {
		refuse("tls", implementations.SchemeRedirect)
	}
	if p.GRPCHostname != "" {
		refuse("grpcHostname", implementations.GRPCRoute)
		if HostnamesIntersect(p.GRPCHostname, p.Hostname) {
			refuse("grpcHostname", implementations.ListenerIsolation)
		}
	}
	return errs
}

// refusal is the reason the gateway's implementation cannot honour f, or ""
// when it can (or no implementation is named).
func (g *AIGateway) refusal(f implementations.Feature) string {
	if g == nil || g.props.Implementation == nil || g.props.Implementation.Supports(f) {
		return ""
	}
	return g.props.Implementation.Refusal(f)
}

func (a AllowedRoutes) validate(path field.Path) field.List {
	var errs field.List
	switch a.From {
	case RoutesFromSame, RoutesFromAll:
		if len(a.Namespaces) > 0 {
			errs.Add(field.Errorf(path.Child("namespaces"), "is only used with from: Selector (from is %s)", a.From))
		}
	case RoutesFromSelector:
		if len(a.Namespaces) == 0 {
			errs.Add(field.Required(path.Child("namespaces"), "from: Selector needs the names of the namespaces allowed to attach routes"))
		}
		for i, ns := range a.Namespaces {
			errs.Add(checkDNSLabel(path.Child("namespaces").Index(i), ns))
		}
	default:
		errs.Add(field.Invalid(path.Child("from"), string(a.From), "must be one of Same, Selector, All"))
	}
	return errs
}

// gatewayGroup is the Gateway API's API group, as references to a Gateway
// or a route name it.
const gatewayGroup = "gateway.networking.k8s.io"
