package constructs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInferencePoolGolden(t *testing.T) {
	app, chart := newChart()
	gw := testGateway(t, chart, AIGatewayProps{Name: "ai-gateway", ClassName: "eg"})
	var versions []ModelVersion
	for _, v := range []struct {
		name   string
		weight int
		picker EndpointPicker
	}{
		{"stable", 80, EndpointPicker{Service: "chat-epp", Port: intPtr(9002)}},
		{"canary", 20, EndpointPicker{Service: "chat-epp", Port: intPtr(9002), FailureMode: FailOpen}},
	} {
		props := gpuServer()
		props.Version = v.name
		server, err := NewModelServer(chart, "server-"+v.name, props)
		require.NoError(t, err)
		pool, err := NewInferencePool(chart, "pool-"+v.name, InferencePoolProps{Server: server, EndpointPicker: v.picker})
		require.NoError(t, err)
		assert.Equal(t, server.PodLabels(), pool.Selector, "the pool selects exactly the server's pods")
		assert.Equal(t, []int{DefaultServerPort}, pool.TargetPorts)
		assert.Equal(t, ServiceRef{Name: "chat-epp", Namespace: testNamespace, Port: 9002}, pool.Picker)
		versions = append(versions, ModelVersion{Pool: pool, Weight: intPtr(v.weight)})
	}
	_, err := NewModelRoute(chart, "route", ModelRouteProps{Name: "chat", Gateway: gw, Versions: versions})
	require.NoError(t, err)
	assertGolden(t, app, "pool-canary-between-versions")
}

func TestInferencePoolRejects(t *testing.T) {
	tests := []struct {
		name   string
		picker EndpointPicker
		server bool
		want   string
	}{
		{"no server", EndpointPicker{}, false, "server: is required"},
		{"an external picker without port", EndpointPicker{Service: "epp"}, true, "endpointPicker.port: is required"},
		{"an external picker on port zero", EndpointPicker{Service: "epp", Port: intPtr(0)}, true, "endpointPicker.port: 0 must be a port between 1 and 65535"},
		{"an external picker on port 70000", EndpointPicker{Service: "epp", Port: intPtr(70000)}, true, "endpointPicker.port: 70000 must be a port"},
		{"an external picker named like no Service", EndpointPicker{Service: "9epp", Port: intPtr(9002)}, true, `endpointPicker.service: "9epp" must be a Service name`},
		{"an external picker with replicas", EndpointPicker{Service: "epp", Port: intPtr(9002), Replicas: intPtr(2)}, true, "endpointPicker.replicas: configures the platform's own picker; with service the picker is yours"},
		{"an external picker with an image", EndpointPicker{Service: "epp", Port: intPtr(9002), Image: "epp:v1"}, true, "endpointPicker.image: configures the platform's own picker"},
		{"an external picker with resources", EndpointPicker{Service: "epp", Port: intPtr(9002), Resources: PickerResources{CPU: "1"}}, true, "endpointPicker.resources: configures the platform's own picker"},
		{"an unknown failure mode", EndpointPicker{FailureMode: "Retry"}, true, `endpointPicker.failureMode: "Retry" must be FailClose or FailOpen`},
		{"a port for the platform's picker", EndpointPicker{Port: intPtr(9002)}, true, "endpointPicker.port: is only set with service; the platform's picker serves on 9002"},
		{"no picker replicas", EndpointPicker{Replicas: intPtr(0)}, true, "endpointPicker.replicas: 0 must be between 1 and 5"},
		{"six picker replicas", EndpointPicker{Replicas: intPtr(6)}, true, "endpointPicker.replicas: 6 must be between 1 and 5"},
		{"a picker image on latest", EndpointPicker{Image: "ghcr.io/llm-d/llm-d-router-endpoint-picker:latest"}, true, "endpointPicker.image: \"ghcr.io/llm-d/llm-d-router-endpoint-picker:latest\" uses the tag latest"},
		{"a picker without CPU", EndpointPicker{Resources: PickerResources{CPU: "0"}}, true, `endpointPicker.resources.cpu: "0" must be above zero`},
		{"a picker with memory that is no quantity", EndpointPicker{Resources: PickerResources{Memory: "lots"}}, true, `endpointPicker.resources.memory: "lots" is not a quantity`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			props := InferencePoolProps{EndpointPicker: tt.picker}
			if tt.server {
				server, err := NewModelServer(chart, "server", gpuServer())
				require.NoError(t, err)
				props.Server = server
			}
			pool, err := NewInferencePool(chart, "pool", props)
			require.Error(t, err)
			assert.Nil(t, pool)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestInferencePoolRejectsAPickerNameOver63Characters(t *testing.T) {
	_, chart := newChart()
	props := gpuServer()
	props.Model, props.Version = "a-model-with-a-rather-long-name", "and-an-even-longer-version-two"
	server, err := NewModelServer(chart, "server", props)
	require.NoError(t, err)
	_, err = NewInferencePool(chart, "pool", InferencePoolProps{Server: server})
	assert.EqualError(t, err, `version: "a-model-with-a-rather-long-name-and-an-even-longer-version-two" makes the endpoint picker's name "a-model-with-a-rather-long-name-and-an-even-longer-version-two-epp" longer than 63 characters`)
}

func TestGRPCModelsGolden(t *testing.T) {
	app, chart := newChart()
	gw := testGateway(t, chart, AIGatewayProps{Name: "ai-gateway", ClassName: "eg", Hostname: "ai.example.com", TLSSecretName: "tls", GRPCHostname: "grpc.example.com"})
	props := gpuServer()
	props.Model, props.Image = "vision", "nvcr.io/nvidia/tritonserver:25.01-py3"
	props.Protocol, props.Port, props.HealthPort = ProtocolGRPC, intPtr(8001), intPtr(8000)
	props.Probes.Path = "/v2/health/ready"
	server, err := NewModelServer(chart, "server", props)
	require.NoError(t, err)
	_, err = NewModelRoute(chart, "route", ModelRouteProps{
		Name: "vision", Protocol: ProtocolGRPC, Gateway: gw,
		Hostnames: []string{"grpc.example.com"},
		Matches: []RouteMatch{
			{GRPCService: "inference.GRPCInferenceService", GRPCMethod: "ModelInfer", Header: &HeaderMatch{Name: "x-model", Value: "resnet"}},
			{GRPCService: "inference.GRPCInferenceService"},
		},
		Versions: []ModelVersion{{Service: server.Service, Weight: intPtr(9)}, {Service: ServiceRef{Name: "vision-next", Namespace: "models", Port: 8001}, Weight: intPtr(1)}},
		Mirror:   &Mirror{Service: ServiceRef{Name: "vision-shadow", Namespace: "models", Port: 8001}, Percent: 5},
	})
	require.NoError(t, err)
	assertGolden(t, app, "grpc-model-on-its-own-listener")
	assert.Equal(t, GRPCListener, gw.GRPCListener())
}

func TestGRPCRouteRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*ModelRouteProps)
		want   string
	}{
		{"timeouts", func(p *ModelRouteProps) { p.Timeouts.Request = duration(0) }, "timeouts: are not supported by GRPCRoute"},
		{"retries", func(p *ModelRouteProps) { p.Retry = &Retry{Attempts: intPtr(1)} }, "retry: is not supported by GRPCRoute"},
		{"a rewrite", func(p *ModelRouteProps) { p.RewritePathPrefix = "/v2" }, "rewritePathPrefix: is not supported by GRPCRoute"},
		{"a path prefix", func(p *ModelRouteProps) { p.Matches = []RouteMatch{{PathPrefix: "/v2"}} }, "matches[0].pathPrefix: is HTTP only"},
		{"a service name with a slash", func(p *ModelRouteProps) { p.Matches = []RouteMatch{{GRPCService: "inference/GRPC"}} }, `matches[0].grpcService: "inference/GRPC" must be a fully qualified gRPC service name`},
		{"a method name with a dot", func(p *ModelRouteProps) { p.Matches = []RouteMatch{{GRPCMethod: "Model.Infer"}} }, `matches[0].grpcMethod: "Model.Infer" must be a gRPC method name`},
		{"an InferencePool backend", func(p *ModelRouteProps) { p.Versions = []ModelVersion{{Pool: &InferencePool{Name: "p"}}} }, "backend: inferencePool needs protocol http: an InferencePool backs HTTPRoutes only"},
		{"a hostname outside the gRPC listener's", func(p *ModelRouteProps) { p.Hostnames = []string{"ai.example.com"} }, `hostnames[0]: "ai.example.com" is outside the gateway hostname "grpc.example.com"`},
		{"an unknown protocol", func(p *ModelRouteProps) { p.Protocol = "websocket" }, `protocol: "websocket" must be http or grpc`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			props := ModelRouteProps{
				Name: "vision", Protocol: ProtocolGRPC,
				Gateway:  testGateway(t, chart, AIGatewayProps{Name: "gw", ClassName: "eg", Hostname: "ai.example.com", GRPCHostname: "grpc.example.com"}),
				Versions: []ModelVersion{{Service: service("vision")}},
			}
			tt.change(&props)
			r, err := NewModelRoute(chart, "route", props)
			require.Error(t, err)
			assert.Nil(t, r)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestHTTPRouteRejectsGRPCMatches(t *testing.T) {
	_, chart := newChart()
	_, err := NewModelRoute(chart, "route", ModelRouteProps{
		Name: "chat", Gateway: testGateway(t, chart, AIGatewayProps{Name: "gw", ClassName: "eg"}),
		Matches:  []RouteMatch{{GRPCService: "inference.GRPCInferenceService"}},
		Versions: []ModelVersion{{Service: service("chat")}},
	})
	assert.ErrorContains(t, err, "matches[0]: grpcService and grpcMethod need protocol grpc")
}

func TestGatewayRejectsAGRPCHostnameLikeItsOwn(t *testing.T) {
	_, chart := newChart()
	_, err := NewAIGateway(chart, "gw", AIGatewayProps{Name: "gw", ClassName: "eg", Hostname: "ai.example.com", GRPCHostname: "ai.example.com"})
	assert.ErrorContains(t, err, `grpcHostname: "ai.example.com" equals hostname`)
	_, chart = newChart()
	_, err = NewAIGateway(chart, "gw", AIGatewayProps{Name: "gw", ClassName: "eg", GRPCHostname: "grpc_example"})
	assert.ErrorContains(t, err, `grpcHostname: "grpc_example" must be a lowercase RFC 1123 hostname`)
}
