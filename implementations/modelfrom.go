package implementations

import (
	"fmt"
	"slices"
	"strings"
)

// ModelFromBody is setting a request header from the model the JSON body
// names, before routing, so that routes matching the header route on the
// body. It is no conformance feature: the Gateway API has no way to say
// it, so each implementation that can do it does it with its own API, and
// BodyModel lists those the app writes it for.
const ModelFromBody Feature = "ModelFromBody"

// BodyModelMechanism is how an implementation sets the model header from
// the body.
type BodyModelMechanism string

// The mechanisms the app writes, each from the implementation's own API.
const (
	// PreRoutingTransformation is agentgateway's: an AgentgatewayPolicy
	// (agentgateway.dev/v1alpha1) on the Gateway, traffic.phase PreRouting,
	// whose request transformation sets the header from the CEL expression
	// json(request.body).model; agentgateway buffers the body for it. As
	// llm-d's guides/multi-model-routing does; no extra service.
	PreRoutingTransformation BodyModelMechanism = "agentgateway PreRouting transformation"
	// IstioExtProc is the body-based router (an ext-proc server) inserted
	// into the Gateway's filter chain by an EnvoyFilter, with a
	// DestinationRule for its TLS, as the Inference Extension's
	// body-based-routing chart (v1.5.0, templates/istio.yaml) does.
	IstioExtProc BodyModelMechanism = "body-based router, EnvoyFilter"
	// EnvoyGatewayExtProc is the body-based router attached to the Gateway
	// by an EnvoyExtensionPolicy (gateway.envoyproxy.io/v1alpha1) extProc.
	EnvoyGatewayExtProc BodyModelMechanism = "body-based router, EnvoyExtensionPolicy"
)

// BodyModel is the mechanism of each implementation that can route on the
// body's model.
var BodyModel = map[string]BodyModelMechanism{
	"agentgateway":  PreRoutingTransformation,
	"istio":         IstioExtProc,
	"envoy-gateway": EnvoyGatewayExtProc,
}

// BodyModelNames lists the implementations of BodyModel, sorted.
func BodyModelNames() []string {
	var names []string
	for name := range BodyModel {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// bodyModelRefusal says why i cannot route on the body, and what would.
func (i Implementation) bodyModelRefusal() string {
	return fmt.Sprintf("%s has no mechanism this app writes to set a header from the request body (it writes one for %s); "+
		"modelFrom: path works on any implementation that passes %s", i, strings.Join(BodyModelNames(), ", "), PathRewrite)
}
