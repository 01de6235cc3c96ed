package constructs

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	agw "github.com/ai-gateway/ai-gateway/imports/agentgatewaydev"
	eg "github.com/ai-gateway/ai-gateway/imports/gatewayenvoyproxyio"
	istio "github.com/ai-gateway/ai-gateway/imports/networkingistioio"
)

// How each implementation sets the model header from the body; the rows of
// bodyModelWirings.

func (b bodyModel) objectMeta() *cdk8s.ApiObjectMetadata {
	return &cdk8s.ApiObjectMetadata{Name: jsii.String(b.name())}
}

// addPreRoutingModelHeader is agentgateway's (v1.4.1 CRD
// agentgateway.dev_agentgatewaypolicies.yaml): a policy on the Gateway
// whose PreRouting request transformation sets the header, before a route
// is chosen, from the CEL expression over the body (agentgateway buffers a
// body an expression reads). set replaces a header the client sent.
func addPreRoutingModelHeader(b bodyModel, scope constructs.Construct, id string) {
	agw.NewAgentgatewayPolicy(scope, jsii.String(id+"-policy"), &agw.AgentgatewayPolicyProps{
		Metadata: b.objectMeta(),
		Spec: &agw.AgentgatewayPolicySpec{
			TargetRefs: &[]*agw.AgentgatewayPolicySpecTargetRefs{{
				Group: jsii.String(gatewayGroup), Kind: jsii.String("Gateway"), Name: jsii.String(b.g.Name),
			}},
			Traffic: &agw.AgentgatewayPolicySpecTraffic{
				Phase: agw.AgentgatewayPolicySpecTrafficPhase_PRE_ROUTING,
				Transformation: &agw.AgentgatewayPolicySpecTrafficTransformation{
					Request: &agw.AgentgatewayPolicySpecTrafficTransformationRequest{
						Set: &[]*agw.AgentgatewayPolicySpecTrafficTransformationRequestSet{{
							Name: jsii.String(b.header()), Value: jsii.String(bodyModelCEL),
						}},
					},
				},
			},
		},
	})
}

// bodyModelCEL reads the body's model, as llm-d's multi-model-routing guide
// does (string() turns a JSON string into a CEL string).
const bodyModelCEL = "string(json(request.body).model)"

// addIstioExtProc is the Inference Extension's own Istio wiring
// (config/charts/body-based-routing/templates/istio.yaml, v1.5.0): an
// EnvoyFilter on the Gateway that puts the router's ext-proc filter first in
// the HTTP filter chain, the body streamed to it full-duplex, failing
// closed; and a DestinationRule that speaks TLS to it without verifying its
// self-signed certificate. The response modes are SEND and streamed as
// upstream's: SKIP with a streamed response body made Envoy reject the
// listener (GIE #2568).
func addIstioExtProc(b bodyModel, scope constructs.Construct, id string) {
	istio.NewEnvoyFilter(scope, jsii.String(id+"-envoy-filter"), &istio.EnvoyFilterProps{
		Metadata: b.objectMeta(),
		Spec: &istio.EnvoyFilterSpec{
			TargetRefs: &[]*istio.EnvoyFilterSpecTargetRefs{{
				Group: jsii.String(gatewayGroup), Kind: jsii.String("Gateway"), Name: jsii.String(b.g.Name),
			}},
			ConfigPatches: &[]*istio.EnvoyFilterSpecConfigPatches{{
				ApplyTo: istio.EnvoyFilterSpecConfigPatchesApplyTo_HTTP_UNDERSCORE_FILTER,
				Match: &istio.EnvoyFilterSpecConfigPatchesMatch{
					Context: istio.EnvoyFilterSpecConfigPatchesMatchContext_GATEWAY,
					Listener: &istio.EnvoyFilterSpecConfigPatchesMatchListener{
						FilterChain: &istio.EnvoyFilterSpecConfigPatchesMatchListenerFilterChain{
							Filter: &istio.EnvoyFilterSpecConfigPatchesMatchListenerFilterChainFilter{
								Name: jsii.String("envoy.filters.network.http_connection_manager"),
							},
						},
					},
				},
				Patch: &istio.EnvoyFilterSpecConfigPatchesPatch{
					Operation: istio.EnvoyFilterSpecConfigPatchesPatchOperation_INSERT_UNDERSCORE_FIRST,
					Value:     b.istioExtProcFilter(),
				},
			}},
		},
	})
	istio.NewDestinationRule(scope, jsii.String(id+"-destination-rule"), &istio.DestinationRuleProps{
		Metadata: b.objectMeta(),
		Spec: &istio.DestinationRuleSpec{
			Host: jsii.String(b.host()),
			TrafficPolicy: &istio.DestinationRuleSpecTrafficPolicy{
				Tls: &istio.DestinationRuleSpecTrafficPolicyTls{
					Mode:               istio.DestinationRuleSpecTrafficPolicyTlsMode_SIMPLE,
					InsecureSkipVerify: jsii.Bool(true),
				},
			},
		},
	})
}

// istioExtProcFilter is the Envoy ext_proc filter the EnvoyFilter inserts
// (envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor), reaching
// the router through Istio's cluster for its Service.
func (b bodyModel) istioExtProcFilter() map[string]any {
	return map[string]any{
		"name": "envoy.filters.http.ext_proc." + b.name(),
		"typed_config": map[string]any{
			"@type":               "type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor",
			"failure_mode_allow":  false,
			"allow_mode_override": true,
			"processing_mode": map[string]any{
				"request_header_mode":   "SEND",
				"response_header_mode":  "SEND",
				"request_body_mode":     "FULL_DUPLEX_STREAMED",
				"response_body_mode":    "FULL_DUPLEX_STREAMED",
				"request_trailer_mode":  "SEND",
				"response_trailer_mode": "SEND",
			},
			"grpc_service": map[string]any{
				"envoy_grpc": map[string]any{
					"cluster_name": fmt.Sprintf("outbound|%d||%s", BodyRouterExtProcPort, b.host()),
				},
			},
		},
	}
}

// addEnvoyGatewayExtProc attaches the router to the Gateway with Envoy
// Gateway's EnvoyExtensionPolicy (v1.9.1 CRD): the request headers and the
// body, streamed full-duplex, failing closed (the CRD requires it with
// full-duplex). The router serves cleartext HTTP/2 here: Envoy Gateway
// verifies an ext-proc backend's TLS against a CA (BackendTLSPolicy), and
// the router's certificate is self-signed at start, so there is none; the
// router's NetworkPolicy admits only the gateway.
func addEnvoyGatewayExtProc(b bodyModel, scope constructs.Construct, id string) {
	eg.NewEnvoyExtensionPolicy(scope, jsii.String(id+"-extension-policy"), &eg.EnvoyExtensionPolicyProps{
		Metadata: b.objectMeta(),
		Spec: &eg.EnvoyExtensionPolicySpec{
			TargetRefs: &[]*eg.EnvoyExtensionPolicySpecTargetRefs{{
				Group: jsii.String(gatewayGroup), Kind: jsii.String("Gateway"), Name: jsii.String(b.g.Name),
			}},
			ExtProc: &[]*eg.EnvoyExtensionPolicySpecExtProc{{
				BackendRefs: &[]*eg.EnvoyExtensionPolicySpecExtProcBackendRefs{{
					Group: jsii.String(""), Kind: jsii.String("Service"),
					Name: jsii.String(b.name()), Port: jsii.Number(BodyRouterExtProcPort),
					Weight: jsii.Number(1), // the CRD's default, written so re-applies show no drift
				}},
				FailOpen: jsii.Bool(false),
				// The router answers once it has the whole body; the default
				// 200ms is short for a long prompt on a busy node.
				MessageTimeout: jsii.String("5s"),
				ProcessingMode: &eg.EnvoyExtensionPolicySpecExtProcProcessingMode{
					Request: &eg.EnvoyExtensionPolicySpecExtProcProcessingModeRequest{
						Body: eg.EnvoyExtensionPolicySpecExtProcProcessingModeRequestBody_FULL_DUPLEX_STREAMED,
					},
				},
			}},
		},
	})
}
