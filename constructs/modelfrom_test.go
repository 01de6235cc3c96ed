package constructs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/implementations"
)

// implementation looks up a real conformance report, failing t if there is none.
func implementation(t *testing.T, name, version string) *implementations.Implementation {
	t.Helper()
	impl, err := implementations.Lookup(name, version)
	require.NoError(t, err)
	return &impl
}

func TestModelFromBodyGolden(t *testing.T) {
	tests := []struct {
		golden, implementation, version string
		tls                             bool
	}{
		{"body-model-agentgateway", "agentgateway", "v1.4.1", false},
		{"body-model-istio", "istio", "1.31", true},
		{"body-model-envoy-gateway", "envoy-gateway", "v1.9.0", false},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			app, chart := newChart()
			props := AIGatewayProps{
				Name: "ai-gateway", ClassName: tt.implementation, Implementation: implementation(t, tt.implementation, tt.version),
				ModelFrom: ModelFromBody, ModelHeader: "x-model",
			}
			if tt.tls {
				props.Hostname, props.TLSSecretName = "ai.example.com", "ai-tls"
			}
			testGateway(t, chart, props)
			assertGolden(t, app, tt.golden)
		})
	}
}

func TestModelFromBodyObjectsAreTheGatewaysOwn(t *testing.T) {
	g, err := PlanAIGateway(testNamespace, AIGatewayProps{
		ClassName: "istio", Implementation: implementation(t, "istio", "1.31"), ModelFrom: ModelFromBody, ModelHeader: "x-model",
	})
	require.NoError(t, err)
	assert.Equal(t, []ObjectID{
		{"Gateway", testNamespace, "ai-gateway"},
		{"ServiceAccount", testNamespace, "ai-gateway-body-model"},
		{"Deployment", testNamespace, "ai-gateway-body-model"},
		{"Service", testNamespace, "ai-gateway-body-model"},
		{"PodDisruptionBudget", testNamespace, "ai-gateway-body-model"},
		{"NetworkPolicy", testNamespace, "ai-gateway-body-model"},
		{"EnvoyFilter", testNamespace, "ai-gateway-body-model"},
		{"DestinationRule", testNamespace, "ai-gateway-body-model"},
	}, g.Objects())
}

func TestModelFromPathGolden(t *testing.T) {
	app, chart := newChart()
	gateway := testGateway(t, chart, AIGatewayProps{
		Name: "ai-gateway", ClassName: "traefik", Implementation: implementation(t, "traefik", "v3.7"), ModelFrom: ModelFromPath,
	})
	// As the platform writes a model with modelFrom: path: its path, rewritten
	// to /, and one more path for each of its other names.
	_, err := NewModelRoute(chart, "route", ModelRouteProps{
		Name: "chat", Gateway: gateway,
		Matches:           []RouteMatch{{PathPrefix: ModelPath("chat")}},
		RewritePathPrefix: "/",
		Aliases:           []string{"chat-support"},
		Versions:          []ModelVersion{{Service: service("chat")}},
	})
	require.NoError(t, err)
	assertGolden(t, app, "route-model-from-path")
}

func TestModelFromRefusesWhatCannotWork(t *testing.T) {
	traefik := implementation(t, "traefik", "v3.7")
	agentgateway := implementation(t, "agentgateway", "v1.4.1")
	tests := []struct {
		name  string
		props AIGatewayProps
		want  string
	}{
		{"body without an implementation", AIGatewayProps{ModelFrom: ModelFromBody, ModelHeader: "x-model"},
			`modelFrom: "body" needs the gateway's implementation named, whose own mechanism reads the body (one of agentgateway, envoy-gateway, istio); path works on any implementation that passes HTTPRoutePathRewrite`},
		{"body on an implementation without a mechanism", AIGatewayProps{ModelFrom: ModelFromBody, ModelHeader: "x-model", Implementation: traefik},
			"modelFrom: traefik v3.7.10 has no mechanism this app writes to set a header from the request body (it writes one for agentgateway, envoy-gateway, istio); modelFrom: path works on any implementation that passes HTTPRoutePathRewrite"},
		{"body with no header to set", AIGatewayProps{ModelFrom: ModelFromBody, Implementation: agentgateway},
			`modelFrom: "body" has no effect: no HTTP model matches a header, so nothing would route on the header set from the body`},
		{"body with a header that is not a header name", AIGatewayProps{ModelFrom: ModelFromBody, ModelHeader: "x model", Implementation: agentgateway},
			`modelFrom: "x model"`},
		{"path on an implementation without path rewrites", AIGatewayProps{ModelFrom: ModelFromPath, Implementation: coreOnly},
			"modelFrom: path rewrites /models/NAME/... to /...: plain v1.0.0 does not pass HTTPRoutePathRewrite (Gateway API conformance report v1.6)"},
		{"a header to set without body", AIGatewayProps{ModelFrom: ModelFromPath, ModelHeader: "x-model", Implementation: traefik},
			`modelFrom: "path" sets no header from the body; the model header is only written with modelFrom: body`},
		{"an unknown place", AIGatewayProps{ModelFrom: "query"},
			`modelFrom: "query" must be header, body or path`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.props.Name, tt.props.ClassName = "gw", "any"
			_, err := PlanAIGateway(testNamespace, tt.props)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestModelPathSegments(t *testing.T) {
	for _, name := range []string{"chat", "llama-3.1-8b", "qwen2.5_coder~v2"} {
		assert.Nil(t, CheckModelPathSegment("models[0].name", name), name)
	}
	for _, name := range []string{"Qwen/Qwen2.5", "chat bot", "..", ".", "ümlaut", "a%2Fb", ""} {
		assert.NotNil(t, CheckModelPathSegment("models[0].name", name), name)
	}
}
