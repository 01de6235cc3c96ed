package platform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/internal/golden"
)

func parse(t *testing.T, yaml string) *config.Platform {
	t.Helper()
	p, err := config.Parse([]byte(yaml))
	require.NoError(t, err)
	return p
}

// buildError builds p, requires Build to refuse it and returns the error's
// text, one problem a line.
func buildError(t *testing.T, p *config.Platform) string {
	t.Helper()
	_, err := Build(cdk8s.NewApp(nil), p)
	require.Error(t, err)
	return err.Error()
}

func TestBuildMapsEveryConfigKey(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "full.yaml"))
	require.NoError(t, err)
	app := cdk8s.NewApp(nil)
	_, err = Build(app, parse(t, string(data)))
	require.NoError(t, err)
	golden.Assert(t, filepath.Join("testdata", "full.golden"), []byte(*app.SynthYaml()))
}

func TestBuildNamesConfigPathsInErrors(t *testing.T) {
	p := parse(t, `
namespace: ai
gateway: {className: eg, hostname: ai.example.com, allowedRoutes: {from: Selector}}
models:
  - name: chat
    versions: [{service: {name: chat, port: 80}, weight: -5}]
`)
	p.Namespace = "Not_A_Label"
	assert.Equal(t, strings.Join([]string{
		`namespace: "Not_A_Label" must be a DNS label: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit`,
		"gateway.allowedRoutes.namespaces: is required (from: Selector needs the names of the namespaces allowed to attach routes)",
	}, "\n"), buildError(t, p), "a broken gateway stops the build before the models, whose errors would only repeat it")

	p.Namespace = "ai"
	p.Gateway.AllowedRoutes = nil
	assert.Equal(t, "models[0].versions[0].weight: -5 must be between 0 and 1000000\nmodels[0].versions: weights add up to 0, so the model would get no traffic", buildError(t, p))
}

func TestBuildNamesChartsForApplyOrder(t *testing.T) {
	app := cdk8s.NewApp(nil)
	_, err := Build(app, parse(t, "namespace: ai\ngateway: {className: eg}\nmodels: [{name: chat, versions: [{service: {name: chat, port: 80}}]}]\n"))
	require.NoError(t, err)
	var ids []string
	for _, c := range *app.Charts() {
		ids = append(ids, *c.Node().Id())
	}
	assert.Equal(t, []string{"00-namespace", "10-gateway", ModelsChart + "-000"}, ids, "the output step splits model charts per model")
}

func TestBuildMapsServerErrorsToTheirConfigKeys(t *testing.T) {
	p := parse(t, `
namespace: ai
gateway: {className: eg}
allowTrafficFrom: [{podLabels: {app: "not valid"}}]
models:
  - name: chat
    server:
      image: vllm/vllm-openai:latest
      resources: {cpu: "0", memory: 8Gi}
    autoscaling: {minReplicas: 4, maxReplicas: 2}
    versions:
      - name: stable
      - name: canary
        image: vllm/vllm-openai
        service: {name: Canary, port: 80}
`)
	assert.Equal(t, strings.Join([]string{
		`models[0].server.image: "vllm/vllm-openai:latest" uses the tag latest, which is not a pin; name a version or a digest`,
		`models[0].server.resources.cpu: "0" must be above zero`,
		"models[0].autoscaling.minReplicas: 4 is above maxReplicas 2",
		`allowTrafficFrom[0].podLabels.app: "not valid" is not a valid label value`,
		`models[0].versions[1].service.name: "Canary" must be a Service name: at most 63 lowercase letters, digits and '-', starting with a letter`,
		`models[0].versions[1].image: "vllm/vllm-openai" has no tag or digest; pin a version (e.g. vllm/vllm-openai:v0.31.0)`,
	}, "\n"), buildError(t, p), "each problem once, at the key the value came from")
}

func TestBuildMapsPoolErrorsToTheModel(t *testing.T) {
	p := parse(t, head+`  - name: chat
    backend: inferencePool
    endpointPicker: {service: EPP, port: 9002, failureMode: Maybe}
    server:
      image: vllm/vllm-openai:v0.10.2
      resources: {cpu: "4", memory: 8Gi}
    versions: [{name: stable}]
`)
	assert.Equal(t, strings.Join([]string{
		`models[0].endpointPicker.failureMode: "Maybe" must be FailClose or FailOpen`,
		`models[0].endpointPicker.service: "EPP" must be a Service name: at most 63 lowercase letters, digits and '-', starting with a letter`,
	}, "\n"), buildError(t, p))
}

func TestBuildMapsRetryErrorsToTheirConfigKeys(t *testing.T) {
	p := parse(t, head+`  - name: chat
    versions: [{service: {name: chat, port: 80}}]
    timeouts: {request: 60s}
    retry: {codes: [503, 504], attempts: 3, backoff: 1s}
  - name: vision
    protocol: grpc
    matches: [{grpcService: inference.GRPCInferenceService}]
    versions: [{service: {name: vision, port: 8001}}]
    retry: {attempts: 1}
`)
	assert.Equal(t, strings.Join([]string{
		"models[0].retry.codes[1]: 504 (Gateway Timeout) reports a timeout: the request may have reached the model, and a retry would run the generation twice",
		`models[0].retry.backoff: "1s" leaves no room for the retries: backendRequest 1m0s + 3 × 1s = 1m3s is longer than the request timeout 1m0s; set timeouts.backendRequest to at most 57s`,
		"models[1].retry: is not supported by GRPCRoute",
	}, "\n"), buildError(t, p))
}

func TestBuildChecksTheImplementationsConformanceReport(t *testing.T) {
	tests := []struct {
		name, implementation, model, want string
	}{
		{"a mirror on traefik", "{name: traefik}", "    mirror: {service: {name: shadow, port: 80}, percent: 5}\n",
			"models[0].mirror: traefik v3.7.10 does not pass HTTPRouteRequestMirror (Gateway API conformance report v1.6)\n" +
				"models[0].mirror.percent: traefik v3.7.10 does not pass HTTPRouteRequestPercentageMirror (Gateway API conformance report v1.6)"},
		{"a timeout on traefik", "{name: traefik, version: v3.7}", "    timeouts: {request: 60s}\n",
			"models[0].timeouts.request: traefik v3.7.10 does not pass HTTPRouteRequestTimeout (Gateway API conformance report v1.6)"},
		{"a retry on nginx-gateway-fabric", "{name: nginx-gateway-fabric}", "    retry: {attempts: 2}\n",
			"models[0].retry.codes: nginx-gateway-fabric v2.7.0 does not pass HTTPRouteRetryCodes (Gateway API conformance report v1.6)\n" +
				"models[0].retry.attempts: nginx-gateway-fabric v2.7.0 does not pass HTTPRouteRetryConnectionError (Gateway API conformance report v1.6)"},
		{"an unknown implementation", "{name: nginx}", "",
			`gateway.implementation.name: "nginx" is not an implementation with a Gateway API conformance report (known: agentgateway, aws-load-balancer-controller,`},
		{"an unknown version", "{name: traefik, version: v2.11}", "",
			`gateway.implementation.version: "v2.11" has no conformance report of traefik (reported: v3.7.10; a report covers the patch releases of its minor release)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parse(t, `
namespace: ai
gateway: {className: eg, implementation: `+tt.implementation+`}
models:
  - name: chat
    versions: [{service: {name: chat, port: 80}}]
`+tt.model)
			got := buildError(t, p)
			assert.True(t, strings.HasPrefix(got, tt.want), "got:\n%s", got)
		})
	}
}

func TestBuildForTraefikLeavesOutTheDefaultsItCannotHonour(t *testing.T) {
	app := cdk8s.NewApp(nil)
	_, err := Build(app, parse(t, `
namespace: ai
gateway: {className: traefik, implementation: {name: traefik}}
models:
  - name: chat
    versions: [{service: {name: chat, port: 80}}]
`))
	require.NoError(t, err)
	out := *app.SynthYaml()
	assert.NotContains(t, out, "timeouts:")
	assert.NotContains(t, out, "retry:")
}

func TestBuildMapsPickerErrorsToTheirConfigKeys(t *testing.T) {
	tests := []struct {
		name, picker, version, want string
	}{
		{"a picker of yours without port", "{service: epp}", "stable",
			"models[0].endpointPicker.port: is required (the ext-proc port of your picker's Service)"},
		{"a port for the platform's picker", "{port: 9002}", "stable",
			"models[0].endpointPicker.port: is only set with service; the platform's picker serves on 9002"},
		{"replicas for a picker of yours", "{service: epp, port: 9002, replicas: 2}", "stable",
			"models[0].endpointPicker.replicas: configures the platform's own picker; with service the picker is yours"},
		{"an image without a tag", "{image: ghcr.io/llm-d/llm-d-router-endpoint-picker}", "stable",
			`models[0].endpointPicker.image: "ghcr.io/llm-d/llm-d-router-endpoint-picker" has no tag or digest`},
		{"memory that is no quantity", "{resources: {memory: lots}}", "stable",
			`models[0].endpointPicker.resources.memory: "lots" is not a quantity (use e.g. 500m, 4, 16Gi)`},
		{"a version name that makes the picker's name too long", "{}", strings.Repeat("v", 63-len("chat-")),
			`models[0].versions[0].name: "chat-` + strings.Repeat("v", 58) + `" makes the endpoint picker's name "chat-` + strings.Repeat("v", 58) + `-epp" longer than 63 characters`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parse(t, head+`  - name: chat
    backend: inferencePool
    endpointPicker: `+tt.picker+`
    server:
      image: vllm/vllm-openai:v0.31.0
      resources: {cpu: "4", memory: 8Gi}
    versions: [{name: `+tt.version+`}]
`)
			assert.Contains(t, buildError(t, p), tt.want)
		})
	}
}
