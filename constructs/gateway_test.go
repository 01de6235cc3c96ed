package constructs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAIGatewayGolden(t *testing.T) {
	tests := []struct {
		name  string
		props AIGatewayProps
	}{
		{"gateway-http", AIGatewayProps{Name: "ai-gateway", ClassName: "eg"}},
		{"gateway-tls", AIGatewayProps{Name: "ai-gateway", ClassName: "eg", Hostname: "*.example.com", TLSSecretName: "ai-tls"}},
		{"gateway-selector", AIGatewayProps{Name: "ai-gateway", ClassName: "eg",
			AllowedRoutes: AllowedRoutes{From: RoutesFromSelector, Namespaces: []string{"team-a", "team-b"}}}},
		{"gateway-all", AIGatewayProps{Name: "ai-gateway", ClassName: "eg", AllowedRoutes: AllowedRoutes{From: RoutesFromAll}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, chart := newChart()
			testGateway(t, chart, tt.props)
			assertGolden(t, app, tt.name)
		})
	}
}

func TestAIGatewayModelListener(t *testing.T) {
	_, plainChart := newChart()
	_, tlsChart := newChart()
	plain := testGateway(t, plainChart, AIGatewayProps{Name: "plain", ClassName: "eg"})
	tls := testGateway(t, tlsChart, AIGatewayProps{Name: "tls", ClassName: "eg", TLSSecretName: "cert"})
	assert.Equal(t, HTTPListener, plain.ModelListener(), "without TLS, models are served on HTTP")
	assert.Equal(t, HTTPSListener, tls.ModelListener(), "with TLS, models are served on HTTPS only")
}

func TestAIGatewayDefaults(t *testing.T) {
	g, err := PlanAIGateway(testNamespace, AIGatewayProps{ClassName: "eg"})
	require.NoError(t, err)
	assert.Equal(t, DefaultGatewayName, g.Name, "the Gateway is named ai-gateway")
	assert.Equal(t, RoutesFromSame, g.props.AllowedRoutes.From, "routes attach from the gateway's namespace only")
}

func TestAIGatewayRejects(t *testing.T) {
	valid := AIGatewayProps{Name: "ai-gateway", ClassName: "eg"}
	tests := []struct {
		name   string
		change func(*AIGatewayProps)
		want   string
	}{
		{"upper-case name", func(p *AIGatewayProps) { p.Name = "AI" }, `name: "AI" must be a DNS subdomain`},
		{"missing class", func(p *AIGatewayProps) { p.ClassName = "" }, "className: is required"},
		{"hostname with a port", func(p *AIGatewayProps) { p.Hostname = "ai.example.com:443" }, `hostname: "ai.example.com:443" must be a lowercase RFC 1123 hostname`},
		{"IP address as hostname", func(p *AIGatewayProps) { p.Hostname = "10.0.0.1" }, `hostname: "10.0.0.1" is an IP address`},
		{"bad secret name", func(p *AIGatewayProps) { p.TLSSecretName = "My_Cert" }, `tls.secretName: "My_Cert" must be a DNS subdomain`},
		{"unknown from", func(p *AIGatewayProps) { p.AllowedRoutes.From = "Everyone" }, `allowedRoutes.from: "Everyone" must be one of Same, Selector, All`},
		{"selector without namespaces", func(p *AIGatewayProps) { p.AllowedRoutes.From = RoutesFromSelector }, "allowedRoutes.namespaces: is required"},
		{"namespaces without selector", func(p *AIGatewayProps) { p.AllowedRoutes.Namespaces = []string{"team-a"} }, "allowedRoutes.namespaces: is only used with from: Selector (from is Same)"},
		{"bad namespace in selector", func(p *AIGatewayProps) {
			p.AllowedRoutes = AllowedRoutes{From: RoutesFromSelector, Namespaces: []string{"Team"}}
		}, `allowedRoutes.namespaces[0]: "Team" must be a DNS label`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			props := valid
			tt.change(&props)
			g, err := NewAIGateway(chart, "gateway", props)
			require.Error(t, err)
			assert.Nil(t, g)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
