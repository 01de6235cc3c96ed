package platform

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// gatewayWith is head with the gateway's keys replaced by gateway.
func gatewayWith(gateway string) string {
	return strings.Replace(head, "gateway: {className: eg}", "gateway: "+gateway, 1)
}

// withoutMatches is served without its matches, as a model is written for
// modelFrom: path.
func withoutMatches(model string) string {
	lines := strings.Split(model, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if !strings.HasPrefix(l, "    matches:") {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

func TestCheckRefusesModelFromThatCannotWork(t *testing.T) {
	body := func(impl string) string {
		return gatewayWith("{className: x, modelFrom: body" + impl + "}")
	}
	path := func(impl string) string {
		return gatewayWith("{className: x, modelFrom: path" + impl + "}")
	}
	tests := []struct {
		name, yaml, want string
	}{
		{"body without an implementation",
			body("") + served("chat", "stable", ""),
			`gateway.modelFrom: "body" needs the gateway's implementation named, whose own mechanism reads the body (one of agentgateway, envoy-gateway, istio); path works on any implementation that passes HTTPRoutePathRewrite`},
		{"body on an implementation without a mechanism",
			body(", implementation: {name: traefik}") + served("chat", "stable", ""),
			"gateway.modelFrom: traefik v3.7.10 has no mechanism this app writes to set a header from the request body (it writes one for agentgateway, envoy-gateway, istio); modelFrom: path works on any implementation that passes HTTPRoutePathRewrite"},
		{"body with models matching two headers",
			body(", implementation: {name: istio}") + served("chat", "stable", "") +
				strings.Replace(served("reasoning", "stable", ""), "name: x-model", "name: x-llm", 1),
			`models[1].matches[0].header.name: "x-llm" gateway.modelFrom: body sets one header from the body, and models[0].matches[0].header.name names x-model; match on that one`},
		{"body with no model matching a header",
			body(", implementation: {name: agentgateway}") + external("chat", "chat", "{pathPrefix: /v1}"),
			`gateway.modelFrom: "body" has no effect: no HTTP model matches a header, so nothing would route on the header set from the body`},
		{"path on an implementation without path rewrites",
			path(", implementation: {name: higress}") + withoutMatches(served("chat", "stable", "")),
			"gateway.modelFrom: path rewrites /models/NAME/... to /...: higress v2.2.4 does not pass HTTPRoutePathRewrite (Gateway API conformance report v1.6)"},
		{"path with a model's own matches",
			path("") + served("chat", "stable", ""),
			"models[0].matches: has no effect with gateway.modelFrom: path, where the model answers on /models/chat/ (leave matches out)"},
		{"path with a model's own rewrite",
			path("") + withoutMatches(served("chat", "stable", "    rewritePathPrefix: /v1\n")),
			"models[0].rewritePathPrefix: has no effect with gateway.modelFrom: path, which rewrites /models/chat/ to / (leave it out)"},
		{"path with a name that is not a path segment",
			path("") + withoutMatches(strings.Replace(servingMany("reasoning", ""), "model: reasoning-latest", "model: Qwen/QwQ-32B", 1)),
			`models[0].rewrites[0].model: "Qwen/QwQ-32B" is not a path segment (letters, digits, . _ ~ -), as modelFrom: path serves it on /models/NAME`},
		{"path with only gRPC models",
			strings.Replace(path(""), "modelFrom: path", "modelFrom: path, grpcHostname: grpc.example.com", 1) +
				"  - name: vision\n    protocol: grpc\n    matches: [{grpcService: inference.GRPCInferenceService}]\n    versions: [{service: {name: vision, port: 80}}]\n",
			`gateway.modelFrom: "path" has no effect: no model is served over HTTP`},
		{"an unknown place", gatewayWith("{className: x, modelFrom: query}") + served("chat", "stable", ""),
			`gateway.modelFrom: "query" must be header, body or path`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, refusal(t, tt.yaml))
		})
	}
}

func TestCheckAcceptsModelFromThatWorks(t *testing.T) {
	tests := []struct{ name, yaml string }{
		{"body on agentgateway", gatewayWith("{className: agentgateway, modelFrom: body, implementation: {name: agentgateway}}") + served("chat", "stable", "")},
		{"body on istio, with the router's peers named and no server",
			gatewayWith("{className: istio, modelFrom: body, implementation: {name: istio}}") +
				external("chat", "chat", "{header: {name: x-model, value: chat}}") + "allowTrafficFrom: [{podLabels: {app: gateway}}]\n"},
		{"body on envoy-gateway, header names in any case",
			gatewayWith("{className: eg, modelFrom: body, implementation: {name: envoy-gateway}}") + served("chat", "stable", "") +
				strings.Replace(served("reasoning", "stable", ""), "name: x-model", "name: X-Model", 1)},
		{"path on any implementation with path rewrites, a pool and its aliases", gatewayWith("{className: istio, modelFrom: path, implementation: {name: istio}}") +
			withoutMatches(servingMany("reasoning", ""))},
		{"path with none named", gatewayWith("{className: eg, modelFrom: path}") + withoutMatches(served("chat", "stable", ""))},
		{"header, written", gatewayWith("{className: eg, modelFrom: header}") + served("chat", "stable", "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, check(t, tt.yaml))
		})
	}
}
