package constructs

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/implementations"
)

// coreOnly passed HTTPRoute's core and nothing else.
var coreOnly = &implementations.Implementation{Name: "plain", Version: "v1.0.0", ReportFolder: "v1.6", Features: []implementations.Feature{"HTTPRoute"}}

// passing returns an implementation that passed the core and features.
func passing(features ...implementations.Feature) *implementations.Implementation {
	impl := *coreOnly
	impl.Features = append([]implementations.Feature{"HTTPRoute"}, features...)
	slices.Sort(impl.Features)
	return &impl
}

func TestRoutesRefuseWhatTheImplementationDoesNotPass(t *testing.T) {
	pool := &InferencePool{Name: "chat-stable", Selector: map[string]string{"app": "chat"}, TargetPorts: []int{8000}}
	tests := []struct {
		name   string
		change func(*ModelRouteProps)
		want   string
	}{
		{"a mirror", func(p *ModelRouteProps) { p.Mirror = &Mirror{Service: service("shadow"), Percent: 10} },
			"mirror: plain v1.0.0 does not pass HTTPRouteRequestMirror (Gateway API conformance report v1.6)\n" +
				"mirror.percent: plain v1.0.0 does not pass HTTPRouteRequestPercentageMirror (Gateway API conformance report v1.6)"},
		{"a request timeout", func(p *ModelRouteProps) { p.Timeouts.Request = duration(time.Minute) },
			"timeouts.request: plain v1.0.0 does not pass HTTPRouteRequestTimeout (Gateway API conformance report v1.6)"},
		{"a backend timeout", func(p *ModelRouteProps) { p.Timeouts.BackendRequest = duration(time.Minute) },
			"timeouts.backendRequest: plain v1.0.0 does not pass HTTPRouteBackendTimeout (Gateway API conformance report v1.6)"},
		{"retry codes", func(p *ModelRouteProps) { p.Retry = &Retry{Codes: []int{503}} },
			"retry.codes: plain v1.0.0 does not pass HTTPRouteRetryCodes (Gateway API conformance report v1.6)\n" +
				"retry.attempts: plain v1.0.0 does not pass HTTPRouteRetryConnectionError (Gateway API conformance report v1.6)"},
		{"a rewrite", func(p *ModelRouteProps) { p.RewritePathPrefix = "/v1" },
			"rewritePathPrefix: plain v1.0.0 does not pass HTTPRoutePathRewrite (Gateway API conformance report v1.6)"},
		{"an InferencePool backend", func(p *ModelRouteProps) { p.Versions = []ModelVersion{{Pool: pool}} },
			"backend: plain v1.0.0 does not route to InferencePools (no Gateway API Inference Extension conformance report)"},
		{"a gRPC model", func(p *ModelRouteProps) { p.Protocol = ProtocolGRPC },
			"protocol: plain v1.0.0 does not pass GRPCRoute (Gateway API conformance report v1.6)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			props := ModelRouteProps{
				Name:     "chat",
				Gateway:  testGateway(t, chart, AIGatewayProps{Name: "gw", ClassName: "plain", Implementation: coreOnly}),
				Versions: []ModelVersion{{Service: service("chat")}},
			}
			tt.change(&props)
			_, err := NewModelRoute(chart, "route", props)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestRoutesLeaveOutDefaultsTheImplementationCannotHonour(t *testing.T) {
	tests := []struct {
		name       string
		impl       *implementations.Implementation
		retry      *Retry
		wantLines  []string
		wantAbsent []string
	}{
		{"no timeouts and no retries", coreOnly, nil, nil, []string{"timeouts:", "retry:"}},
		{"retries turned off need nothing", coreOnly, &Retry{Attempts: intPtr(0)}, nil, []string{"retry:"}},
		{"a request timeout without a backend timeout", passing(implementations.RequestTimeout), nil,
			[]string{"request: 300s"}, []string{"backendRequest:", "retry:"}},
		{"retries without timeouts", passing(implementations.RetryCodes, implementations.RetryConnectionError), nil,
			[]string{"attempts: 1", "- 503"}, []string{"timeouts:"}},
		{"everything", passing(implementations.RequestTimeout, implementations.BackendTimeout, implementations.RetryCodes, implementations.RetryConnectionError), nil,
			[]string{"request: 300s", "backendRequest: 300s", "attempts: 1"}, nil},
		{"retries without the connection-error feature are left out", passing(implementations.RetryCodes), nil, nil, []string{"retry:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, chart := newChart()
			_, err := NewModelRoute(chart, "route", ModelRouteProps{
				Name:     "chat",
				Gateway:  testGateway(t, chart, AIGatewayProps{Name: "gw", ClassName: "plain", Implementation: tt.impl}),
				Versions: []ModelVersion{{Service: service("chat")}},
				Retry:    tt.retry,
			})
			require.NoError(t, err)
			out := *app.SynthYaml()
			for _, line := range tt.wantLines {
				assert.Contains(t, out, line)
			}
			for _, line := range tt.wantAbsent {
				assert.NotContains(t, out, line)
			}
		})
	}
}

func TestGatewayRefusesWhatTheImplementationDoesNotPass(t *testing.T) {
	mesh := &implementations.Implementation{Name: "mesh", Version: "2.0", ReportFolder: "v1.6"}
	tests := []struct {
		name  string
		props AIGatewayProps
		want  string
	}{
		{"no HTTPRoute at all", AIGatewayProps{Implementation: mesh},
			"implementation: mesh 2.0 does not pass HTTPRoute (Gateway API conformance report v1.6)"},
		{"TLS without the scheme redirect", AIGatewayProps{TLSSecretName: "tls", Implementation: coreOnly},
			"tls: plain v1.0.0 does not pass HTTPRouteSchemeRedirect (Gateway API conformance report v1.6)"},
		{"a gRPC listener without GRPCRoute", AIGatewayProps{Hostname: "ai.example.com", GRPCHostname: "grpc.example.com", Implementation: coreOnly},
			"grpcHostname: plain v1.0.0 does not pass GRPCRoute (Gateway API conformance report v1.6)"},
		{"a gRPC hostname inside the model listener's wildcard", AIGatewayProps{Hostname: "*.example.com", GRPCHostname: "grpc.example.com", Implementation: passing(implementations.GRPCRoute)},
			"grpcHostname: plain v1.0.0 does not pass GatewayHTTPListenerIsolation (Gateway API conformance report v1.6)"},
		{"a gRPC hostname beside a listener for every hostname", AIGatewayProps{GRPCHostname: "grpc.example.com", Implementation: passing(implementations.GRPCRoute)},
			"grpcHostname: plain v1.0.0 does not pass GatewayHTTPListenerIsolation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			tt.props.Name, tt.props.ClassName = "gw", "plain"
			_, err := NewAIGateway(chart, "gw", tt.props)
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), tt.want), "got %q", err.Error())
		})
	}
}

func TestGatewayAcceptsDistinctHostnamesWithoutIsolation(t *testing.T) {
	_, chart := newChart()
	_, err := NewAIGateway(chart, "gw", AIGatewayProps{Name: "gw", ClassName: "plain", Hostname: "ai.example.com", GRPCHostname: "grpc.example.com",
		Implementation: passing(implementations.GRPCRoute)})
	assert.NoError(t, err)
}
