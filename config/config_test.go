package config

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/ai-gateway/ai-gateway/internal/golden" // accepts -update with the rest of ./...
)

const minimal = `
namespace: ai
gateway:
  className: eg
models:
  - name: chat
    versions:
      - service: {name: chat, port: 80}
`

func TestParseLeavesDefaultsToTheConstructs(t *testing.T) {
	p, err := Parse([]byte(minimal))
	require.NoError(t, err)
	assert.Empty(t, p.Gateway.Name, "gateway.name is defaulted by constructs.PlanAIGateway")
	assert.Nil(t, p.Gateway.TLS)
	require.Len(t, p.Models, 1)
	assert.Nil(t, p.Models[0].Versions[0].Weight, "weight is left to the construct's default")
}

func TestParseReadsEveryField(t *testing.T) {
	p, err := Parse([]byte(`
namespace: ai
gateway:
  name: gw
  className: eg
  hostname: "*.example.com"
  tls: {secretName: cert}
  allowedRoutes: {from: Selector, namespaces: [team-a]}
models:
  - name: chat
    hostnames: [ai.example.com]
    matches:
      - pathPrefix: /v1
        header: {name: x-model, value: chat}
    rewritePathPrefix: /
    versions:
      - service: {name: chat, namespace: models, port: 8000}
        weight: 0x10
      - service: {name: chat-next, namespace: models, port: 8000}
    mirror:
      service: {name: shadow, port: 80}
      percent: 5
    timeouts: {request: 10m, backendRequest: 90s}
`))
	require.NoError(t, err)
	m := p.Models[0]
	assert.Equal(t, "cert", p.Gateway.TLS.SecretName)
	assert.Equal(t, []string{"team-a"}, p.Gateway.AllowedRoutes.Namespaces)
	assert.Equal(t, "chat", m.Matches[0].Header.Value)
	assert.Equal(t, 16, *m.Versions[0].Weight, "YAML 1.1 hex integers are whole numbers too")
	assert.Equal(t, "models", m.Versions[0].Service.Namespace)
	assert.Equal(t, 5, m.Mirror.Percent)
	assert.Equal(t, 10*time.Minute, *m.Timeouts.Request.Std())
	assert.Equal(t, 90*time.Second, *m.Timeouts.BackendRequest.Std())
}

const withServer = `
namespace: ai
gateway: {className: eg}
models:
  - name: chat
    server:
      image: vllm/vllm-openai:v0.10.2
      resources: {cpu: "4", memory: 32Gi}
    versions:
      - name: stable
`

func TestParseReadsServerKeys(t *testing.T) {
	p, err := Parse([]byte(`
namespace: ai
gateway: {className: eg}
allowTrafficFrom:
  - namespaceLabels: {kubernetes.io/metadata.name: envoy-gateway-system}
    podLabels: {app: envoy}
models:
  - name: chat
    server:
      image: vllm/vllm-openai:v0.10.2
      args: [--model, m]
      env: {VLLM_LOGGING_LEVEL: DEBUG}
      secretEnv: {HF_TOKEN: {secret: hf, key: token}}
      port: 8001
      resources: {gpus: 2, gpuResource: amd.com/gpu, cpu: "8", memory: 64Gi, cpuLimit: "16", memoryLimit: 80Gi, ephemeralStorage: 4Gi}
      nodeSelector: {gpu: a100}
      tolerations: [{key: gpu, operator: Equal, value: "yes", effect: NoSchedule}]
      probes: {path: /ping, startupTimeout: 30m, period: 5s}
      terminationGracePeriod: 10m
      preStopSleep: 15s
      shmSize: 8Gi
      cache: {size: 100Gi, persistentVolumeClaim: {storageClassName: nfs, accessMode: ReadWriteMany}}
      runAsUser: 20000
      healthPort: 8002
    backend: inferencePool
    endpointPicker: {service: chat-epp, port: 9002, failureMode: FailOpen}
    retry: {codes: [429, 503], attempts: 2, backoff: 250ms}
    autoscaling:
      minReplicas: 2
      maxReplicas: 10
      metric: {name: "vllm:num_requests_waiting", averageValue: "3"}
      scaleDownStabilization: 10m
    versions:
      - name: stable
        weight: 9
      - name: canary
        image: vllm/vllm-openai:v0.11.0
        args: [--model, m2]
        service: {name: chat-next, port: 8080}
`))
	require.NoError(t, err)
	m := p.Models[0]
	assert.Equal(t, map[string]string{"app": "envoy"}, p.AllowTrafficFrom[0].PodLabels)
	assert.Equal(t, map[string]string{"VLLM_LOGGING_LEVEL": "DEBUG"}, m.Server.Env)
	assert.Equal(t, SecretKey{Secret: "hf", Key: "token"}, m.Server.SecretEnv["HF_TOKEN"])
	assert.Equal(t, 2, *m.Server.Resources.GPUs)
	assert.Equal(t, "80Gi", m.Server.Resources.MemoryLimit)
	assert.Equal(t, "yes", m.Server.Tolerations[0].Value)
	assert.Equal(t, 30*time.Minute, *m.Server.Probes.StartupTimeout.Std())
	assert.Equal(t, "ReadWriteMany", m.Server.Cache.PersistentVolumeClaim.AccessMode)
	assert.Equal(t, "3", m.Autoscaling.Metric.AverageValue)
	assert.Equal(t, 10, m.Autoscaling.MaxReplicas)
	assert.Equal(t, "vllm/vllm-openai:v0.11.0", m.Versions[1].Image)
	assert.Nil(t, m.Versions[0].Service, "with a server, the Service is optional")
	assert.Equal(t, 8002, *m.Server.HealthPort)
	assert.Equal(t, BackendInferencePool, m.Backend)
	assert.Equal(t, []int{429, 503}, m.Retry.Codes)
	assert.Equal(t, 2, *m.Retry.Attempts)
	assert.Equal(t, 250*time.Millisecond, *m.Retry.Backoff.Std())
	assert.Equal(t, "chat-epp", m.EndpointPicker.Service)
	assert.Equal(t, 9002, *m.EndpointPicker.Port)
	assert.Equal(t, "FailOpen", m.EndpointPicker.FailureMode)
}

func TestParseReadsTheKeysOfPoolsThatServeMany(t *testing.T) {
	p, err := Parse([]byte(withServer + `    backend: inferencePool
    objectives: [{name: interactive, priority: 10}, {name: batch, priority: -1}, {name: standard}]
    defaultObjective: standard
    rewrites:
      - model: chat-canary
        targets: [{model: chat-v1, weight: 90}, {model: chat-v2}]
    endpointPicker:
      flowControl: {maxRequests: 500, maxBytes: 1Gi, requestTTL: 30s, noEndpointRequestTTL: 20m}
`))
	require.NoError(t, err)
	m := p.Models[0]
	assert.Equal(t, []Objective{{Name: "interactive", Priority: ptr(10)}, {Name: "batch", Priority: ptr(-1)}, {Name: "standard"}}, m.Objectives)
	assert.Equal(t, "standard", m.DefaultObjective)
	assert.Equal(t, []RewriteTarget{{Model: "chat-v1", Weight: ptr(90)}, {Model: "chat-v2"}}, m.Rewrites[0].Targets)
	f := m.EndpointPicker.FlowControl
	assert.Equal(t, 500, *f.MaxRequests)
	assert.Equal(t, "1Gi", f.MaxBytes)
	assert.Equal(t, 30*time.Second, *f.RequestTTL.Std())
	assert.Equal(t, 20*time.Minute, *f.NoEndpointRequestTTL.Std())

	p, err = Parse([]byte(strings.Replace(withServer, "      resources:", "      lora:\n        adapters: [{name: chat-sql, source: acme/sql}]\n        maxRank: 64\n        maxAdapters: 2\n        maxCPUAdapters: 4\n      resources:", 1)))
	require.NoError(t, err)
	lora := p.Models[0].Server.LoRA
	assert.Equal(t, []LoRAAdapter{{Name: "chat-sql", Source: "acme/sql"}}, lora.Adapters)
	assert.Equal(t, []int{64, 2, 4}, []int{*lora.MaxRank, *lora.MaxAdapters, *lora.MaxCPUAdapters})
}

func TestParseReadsTheKeysOfScaling(t *testing.T) {
	p, err := Parse([]byte(withServer + `    backend: inferencePool
    endpointPicker: {flowControl: {noEndpointRequestTTL: 20m}}
    autoscaling:
      minReplicas: 0
      maxReplicas: 4
      pickerSignals: {queued: "2", running: "8"}
      pollingInterval: 10s
      cooldown: 10m
monitoring:
  prometheus: {address: "http://prometheus:9090", namespaceLabels: {team: obs}, podLabels: {app: prometheus}}
  podMonitorLabels: {release: kps}
  interval: 30s
`))
	require.NoError(t, err)
	a := p.Models[0].Autoscaling
	assert.Equal(t, 0, *a.MinReplicas)
	assert.Equal(t, PickerSignals{Queued: "2", Running: "8"}, *a.PickerSignals)
	assert.Equal(t, 10*time.Second, *a.PollingInterval.Std())
	assert.Equal(t, 10*time.Minute, *a.Cooldown.Std())
	m := p.Monitoring
	assert.Equal(t, "http://prometheus:9090", m.Prometheus.Address)
	assert.Equal(t, map[string]string{"app": "prometheus"}, m.Prometheus.PodLabels)
	assert.Equal(t, map[string]string{"release": "kps"}, m.PodMonitorLabels)
	assert.Equal(t, 30*time.Second, *m.Interval.Std())

	p, err = Parse([]byte(withServer + "    autoscaling: {maxReplicas: 2, metric: {query: \"sum(up)\", averageValue: \"1\"}}\n"))
	require.NoError(t, err)
	assert.Equal(t, Metric{Query: "sum(up)", AverageValue: "1"}, *p.Models[0].Autoscaling.Metric)
}

func ptr[T any](v T) *T { return &v }

func TestParseReadsGRPCKeys(t *testing.T) {
	p, err := Parse([]byte(`
namespace: ai
gateway: {className: eg, grpcHostname: grpc.example.com}
models:
  - name: vision
    protocol: grpc
    matches: [{grpcService: inference.GRPCInferenceService, grpcMethod: ModelInfer}]
    versions: [{service: {name: triton, port: 8001}}]
`))
	require.NoError(t, err)
	assert.Equal(t, "grpc.example.com", p.Gateway.GRPCHostname)
	assert.Equal(t, "grpc", p.Models[0].Protocol)
	assert.Equal(t, Match{GRPCService: "inference.GRPCInferenceService", GRPCMethod: "ModelInfer"}, p.Models[0].Matches[0])
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string
	}{
		{"an empty file", "", "the file is empty"},
		{"broken YAML", "namespace: [", "not valid YAML"},
		{"two documents", minimal + "---\n" + minimal, "holds more than one YAML document"},
		{"a list at the top", "- a\n", "must be a mapping of keys to values, found a list"},
		{"an unknown top-level key", minimal + "gatway: {}\n", `gatway: is not a known key here (known: allowTrafficFrom, gateway, models, monitoring, namespace)`},
		{"an unknown model key", strings.Replace(minimal, "- name: chat", "- name: chat\n    weight: 5", 1), `models[0].weight: is not a known key here`},
		{"a key set twice", minimal + "namespace: other\n", "namespace: is set twice (line"},
		{"a missing namespace", strings.Replace(minimal, "namespace: ai", "", 1), "namespace: is required"},
		{"a missing class name", strings.Replace(minimal, "className: eg", "name: gw", 1), "gateway.className: is required"},
		{"a model without versions", strings.Replace(minimal, "    versions:\n      - service: {name: chat, port: 80}\n", "", 1), "models[0].versions: is required"},
		{"a version without port", strings.Replace(minimal, ", port: 80", "", 1), "models[0].versions[0].service.port: is required"},
		{"a version with neither service nor server", strings.Replace(minimal, "- service: {name: chat, port: 80}", "- weight: 1", 1),
			"models[0].versions[0].service: is required (the Service that serves this version, or a server for the model)"},
		{"autoscaling without a server", minimal + "    autoscaling: {maxReplicas: 2}\n", "models[0].autoscaling: is only used with server"},
		{"replicas without a server", minimal + "    replicas: 2\n", "models[0].replicas: is only used with server"},
		{"an image override without a server", minimal + "        image: vllm/vllm-openai:v1\n", "models[0].versions[0]: image and args are only used with server"},
		{"a server version without name", strings.Replace(withServer, "- name: stable", "- weight: 1", 1), "models[0].versions[0].name: is required (it names the version's Deployment)"},
		{"a server Service in another namespace", withServer + "        service: {name: s, namespace: other, port: 80}\n",
			"models[0].versions[0].service.namespace: is not used with server"},
		{"autoscaling without maxReplicas", withServer + "    autoscaling: {minReplicas: 2}\n", "models[0].autoscaling.maxReplicas: is required"},
		{"a server without resources", strings.Replace(withServer, "      resources: {cpu: \"4\", memory: 32Gi}\n", "", 1), "models[0].server.resources: is required"},
		{"env as a list", strings.Replace(withServer, "      resources:", "      env: [A=1]\n      resources:", 1), "models[0].server.env: must be a mapping of keys to values, found a list"},
		{"an env value that is a number", strings.Replace(withServer, "      resources:", "      env: {WORKERS: 4}\n      resources:", 1),
			"models[0].server.env.WORKERS: must be a string, found the number 4 (put it in quotes)"},
		{"an env key set twice", strings.Replace(withServer, "      resources:", "      env: {A: \"1\", A: \"2\"}\n      resources:", 1), "models[0].server.env.A: is set twice"},
		{"an unknown backend", withServer + "    backend: pool\n", `models[0].backend: "pool" must be service or inferencePool`},
		{"an InferencePool without a server", minimal + "    backend: inferencePool\n", "models[0].backend: inferencePool needs server"},
		{"an endpoint picker without a pool", withServer + "    endpointPicker: {service: epp, port: 9002}\n", "models[0].endpointPicker: is only used with backend: inferencePool"},
		{"a GPU count as text", strings.Replace(withServer, "cpu: \"4\"", "gpus: one, cpu: \"4\"", 1), `models[0].server.resources.gpus: must be a whole number, found "one"`},
		{"a port written as a string", strings.Replace(minimal, "port: 80", `port: "80"`, 1), `models[0].versions[0].service.port: must be a whole number, found "80"`},
		{"a port that is not a number", strings.Replace(minimal, "port: 80", "port: http", 1), `models[0].versions[0].service.port: must be a whole number, found "http"`},
		{"a fractional weight", minimal + "        weight: 2.5\n", "models[0].versions[0].weight: must be a whole number, found the number 2.5"},
		{"a numeric name", strings.Replace(minimal, "name: chat\n", "name: 42\n", 1), "models[0].name: must be a string, found the number 42 (put it in quotes)"},
		{"a boolean name", strings.Replace(minimal, "name: chat\n", "name: true\n", 1), "models[0].name: must be a string, found the boolean true (put it in quotes)"},
		{"an empty string as name", strings.Replace(minimal, "name: chat\n", "name: \"\"\n", 1), "models[0].name: is empty; it needs a value"},
		{"an empty optional string", minimal + "    rewritePathPrefix: ''\n", "models[0].rewritePathPrefix: is empty; leave the key out for its default"},
		{"an empty name", strings.Replace(minimal, "name: chat\n", "name:\n", 1), "models[0].name: must be a string, found nothing"},
		{"models as a mapping", "namespace: ai\ngateway: {className: eg}\nmodels: {chat: {}}\n", "models: must be a list, found a mapping"},
		{"hostnames as a string", strings.Replace(minimal, "- name: chat", "- name: chat\n    hostnames: ai.example.com", 1), `models[0].hostnames: must be a list, found "ai.example.com"`},
		{"a timeout that is not a duration", minimal + "    timeouts: {request: 5x}\n", `models[0].timeouts.request: "5x" is not a duration (use e.g. 300s)`},
		{"a timeout without unit", minimal + "    timeouts: {request: 300}\n", `models[0].timeouts.request: "300" is not a duration (use e.g. 300s)`},
		{"a timeout given as a list", minimal + "    timeouts: {request: [1s]}\n", "models[0].timeouts.request: must be a single value, found a list"},
		{"a retry code as text", minimal + "    retry: {codes: [\"503\"]}\n", `models[0].retry.codes[0]: must be a whole number, found "503"`},
		{"retry codes as a number", minimal + "    retry: {codes: 503}\n", "models[0].retry.codes: must be a list, found the number 503"},
		{"a retry backoff without unit", minimal + "    retry: {backoff: 250}\n", `models[0].retry.backoff: "250" is not a duration (use e.g. 300s)`},
		{"an unknown retry key", minimal + "    retry: {perTryTimeout: 10s}\n", "models[0].retry.perTryTimeout: is not a known key here (known: attempts, backoff, codes)"},
		{"a header without value", minimal + "    matches: [{header: {name: x-model}}]\n", "models[0].matches[0].header.value: is required"},
		{"a weight on the only version", minimal + "        weight: 5\n", "models[0].versions[0].weight: has no effect: weights share a model's traffic between its versions, and this is the only one"},
		{"a GPU resource without GPUs", strings.Replace(withServer, "cpu: \"4\"", "gpuResource: amd.com/gpu, cpu: \"4\"", 1),
			"models[0].server.resources.gpuResource: has no effect without gpus: it names the resource the GPUs are requested as"},
		{"a gRPC hostname without a gRPC model", strings.Replace(minimal, "className: eg", "className: eg\n  grpcHostname: grpc.example.com", 1),
			"gateway.grpcHostname: has no effect: only models with protocol grpc attach to its listener, and there is none"},
		{"an objective without name", withServer + "    backend: inferencePool\n    objectives: [{priority: 3}]\n", "models[0].objectives[0].name: is required"},
		{"a rewrite without targets", withServer + "    backend: inferencePool\n    rewrites: [{model: a}]\n", "models[0].rewrites[0].targets: is required"},
		{"an adapter without source", strings.Replace(withServer, "      resources:", "      lora: {adapters: [{name: a}]}\n      resources:", 1), "models[0].server.lora.adapters[0].source: is required"},
		{"a flow-control TTL without unit", withServer + "    backend: inferencePool\n    endpointPicker: {flowControl: {requestTTL: 60}}\n", `models[0].endpointPicker.flowControl.requestTTL: "60" is not a duration (use e.g. 300s)`},
		{"a default objective without a pool", minimal + "    defaultObjective: batch\n", "models[0].defaultObjective: is only used with backend: inferencePool"},
		{"monitoring without Prometheus", withServer + "monitoring: {interval: 15s}\n", "monitoring.prometheus: is required"},
		{"a Prometheus without address", withServer + "monitoring: {prometheus: {podLabels: {app: p}}}\n", "monitoring.prometheus.address: is required"},
		{"a metric without target", withServer + "    autoscaling: {maxReplicas: 2, metric: {name: m}}\n", "models[0].autoscaling.metric.averageValue: is required"},
		{"a TLS block without secret", strings.Replace(minimal, "className: eg", "className: eg\n  tls: {}", 1), "gateway.tls.secretName: is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.yaml))
			require.Error(t, err)
			assert.Nil(t, p)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestParseReportsEveryProblemAtOnce(t *testing.T) {
	_, err := Parse([]byte("namespace: 1\ngateway: {colour: red}\nmodels: [{name: a}]\n"))
	require.Error(t, err)
	assert.Equal(t, strings.Join([]string{
		"namespace: must be a string, found the number 1 (put it in quotes)",
		"gateway.colour: is not a known key here (known: allowedRoutes, className, grpcHostname, hostname, implementation, modelFrom, name, tls)",
		"gateway.className: is required",
		"models[0].versions: is required",
	}, "\n"), err.Error())
}

func TestParseAcceptsDistinctModels(t *testing.T) {
	_, err := Parse([]byte(`
namespace: ai
gateway: {className: eg}
models:
  - {name: a, matches: [{header: {name: x-model, value: a}}], versions: [{service: {name: a, port: 80}}]}
  - {name: b, matches: [{header: {name: x-model, value: b}}], versions: [{service: {name: b, port: 80}}]}
  - {name: c, matches: [{pathPrefix: /c}], versions: [{service: {name: c, port: 80}}]}
  - {name: d, hostnames: [d.example.com], versions: [{service: {name: d, port: 80}}]}
  - {name: e, hostnames: [e.example.com], versions: [{service: {name: e, port: 80}}]}
  - {name: f, protocol: grpc, matches: [{grpcService: a.A}], versions: [{service: {name: f, port: 80}}]}
  - {name: g, protocol: grpc, matches: [{grpcService: b.B}], versions: [{service: {name: g, port: 80}}]}
`))
	assert.NoError(t, err)
}

func TestParseReportsYAMLErrorsAtTheirLine(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"an unclosed bracket", "namespace: ai\ngateway: {className: eg}\nmodels:\n  - name: chat\n    hostnames: [a.example.com\n    versions: []\n",
			"not valid YAML: yaml: line 5: did not find expected ',' or ']'"},
		{"an unclosed brace", "namespace: ai\ngateway: {className: eg\n",
			"not valid YAML: yaml: line 2: did not find expected ',' or '}'"},
		{"a key indented too little", "namespace: ai\ngateway:\n  className: eg\n name: gw\n",
			"not valid YAML: yaml: line 4: did not find expected key"},
		{"a tab", "namespace: ai\n\tgateway: {}\n", "not valid YAML: yaml: line 2: found a tab character that violates indentation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			assert.EqualError(t, err, tt.want)
		})
	}
}

func TestParseMergesKeys(t *testing.T) {
	p, err := Parse([]byte(`
namespace: ai
gateway: {className: eg}
x-server: &vllm
  image: vllm/vllm-openai:v0.31.0
  resources: {cpu: "4", memory: 32Gi}
  shmSize: 2Gi
models:
  - name: chat
    server:
      <<: *vllm
      shmSize: 4Gi
    versions: [{name: stable}]
`))
	require.Error(t, err, "x-server is not a key of the platform")
	assert.Contains(t, err.Error(), "x-server: is not a known key here")

	p, err = Parse([]byte(`
namespace: ai
gateway: {className: eg}
models:
  - &chat
    name: chat
    server: &vllm
      image: vllm/vllm-openai:v0.31.0
      resources: {cpu: "4", memory: 32Gi}
      shmSize: 2Gi
    versions: [{name: stable}]
  - <<: *chat
    name: code
    server:
      <<: [*vllm, {args: [Qwen/Qwen2.5-Coder-7B-Instruct]}]
      shmSize: 4Gi
`))
	require.NoError(t, err)
	code := p.Models[1]
	assert.Equal(t, "code", code.Name, "a written key wins over a merged one")
	assert.Equal(t, "vllm/vllm-openai:v0.31.0", code.Server.Image, "merged from *vllm")
	assert.Equal(t, []string{"Qwen/Qwen2.5-Coder-7B-Instruct"}, code.Server.Args, "merged from the second mapping")
	assert.Equal(t, "4Gi", code.Server.ShmSize)
	assert.Equal(t, "stable", code.Versions[0].Name, "merged from *chat")
}

func TestParseRefusesValuesThatContainThemselves(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"a mapping merged into itself", "namespace: ai\ngateway: &g\n  <<: *g\n  className: eg\n", "gateway.<<: merges a mapping into itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestParseRefusesAMergeOfAScalar(t *testing.T) {
	_, err := Parse([]byte("namespace: ai\ngateway:\n  <<: eg\n  className: eg\n"))
	assert.EqualError(t, err, `gateway.<<: must merge a mapping or a list of mappings, found "eg"`)
}

func TestParseBoundsInput(t *testing.T) {
	// A billion laughs shaped like the schema: a thousand models of a
	// thousand versions of a thousand args, in about 10 KB of aliases.
	var bomb strings.Builder
	bomb.WriteString("namespace: ai\ngateway: {className: eg}\nmodels:\n  - name: m\n    server:\n      image: vllm/vllm-openai:v0.31.0\n")
	bomb.WriteString("      args: &args [" + strings.Repeat("a,", 999) + "a]\n")
	bomb.WriteString("      resources: {cpu: \"1\", memory: 1Gi}\n")
	bomb.WriteString("    versions: &vs [&v {name: v, args: *args}" + strings.Repeat(", *v", 999) + "]\n")
	bomb.WriteString("  - &m {name: m, server: {image: \"i:1\", args: *args, resources: {cpu: \"1\", memory: 1Gi}}, versions: *vs}\n")
	bomb.WriteString(strings.Repeat("  - *m\n", 998))
	big := "namespace: ai\n# " + strings.Repeat("x", MaxConfigBytes) + "\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"aliases that expand to a billion values", bomb.String(), "the file holds more than 1000000 values once its aliases are expanded"},
		{"a file over 8 MiB", big, fmt.Sprintf("the file is %d bytes long; a platform description may have at most 8388608", len(big))},
		{"a list of 10,001 items", "namespace: ai\ngateway: {className: eg}\nmodels:\n  - name: chat\n    hostnames: [" + strings.Repeat("a.b,", 10_000) + "a.b]\n    versions: [{service: {name: c, port: 80}}]\n",
			"models[0].hostnames: has 10001 items; a list may have at most 10000"},
		{"a string over 64 KiB", "namespace: " + strings.Repeat("a", MaxStringBytes+1) + "\ngateway: {className: eg}\n", "namespace: is 65537 bytes long; a value may have at most 65536"},
		{"a number past 2^63", minimal + "        weight: 9223372036854775808\n", `models[0].versions[0].weight: "9223372036854775808" is out of range (whole numbers run from -9223372036854775808 to 9223372036854775807)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	assert.Less(t, bomb.Len(), 16<<10, "the bomb is small")
}
