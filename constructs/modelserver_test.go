package constructs

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gpuServer is a valid vLLM server on one GPU, the base of the cases below;
// its traffic comes from the pods of its namespace, by default.
func gpuServer() ModelServerProps {
	return ModelServerProps{
		Model:     "chat",
		Version:   "stable",
		Image:     "vllm/vllm-openai:v0.10.2",
		Args:      []string{"--model", "Qwen/Qwen2.5-7B-Instruct"},
		Resources: ServerResources{GPUs: intPtr(1), CPU: "4", Memory: "32Gi"},
	}
}

// gpuServerWith is gpuServer as change leaves it.
func gpuServerWith(change func(*ModelServerProps)) ModelServerProps {
	props := gpuServer()
	change(&props)
	return props
}

func TestModelServerGolden(t *testing.T) {
	tests := []struct {
		name   string
		change func(*ModelServerProps)
	}{
		{"server-gpu-defaults", func(*ModelServerProps) {}},
		{"server-gpu-tuned", func(p *ModelServerProps) {
			p.Env = []EnvVar{{Name: "VLLM_LOGGING_LEVEL", Value: "INFO"}, {Name: "HF_TOKEN", Secret: &SecretKeyRef{Name: "hf", Key: "token"}}}
			p.NodeSelector = map[string]string{"nvidia.com/gpu.product": "NVIDIA-A100-SXM4-80GB"}
			p.Probes = ServerProbes{StartupTimeout: duration(30 * time.Minute), Period: duration(15 * time.Second)}
			p.ShmSize = "8192Mi"
			p.Autoscaling = &Autoscaling{MinReplicas: intPtr(2), MaxReplicas: intPtr(8), CPUUtilization: intPtr(60), ScaleDownStabilization: duration(10 * time.Minute)}
			p.ServiceName, p.ServicePort = "chat", intPtr(8080)
		}},
		{"server-cpu-fixed-replicas", func(p *ModelServerProps) {
			p.Model, p.Version = "embeddings", "v1"
			p.Image = "ghcr.io/huggingface/text-embeddings-inference@sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
			p.Resources = ServerResources{CPU: "1500m", Memory: "4Gi", CPULimit: "2", MemoryLimit: "4096Mi", EphemeralStorage: "1Gi"}
			p.Port = intPtr(8080)
			p.Replicas = intPtr(2)
			p.Tolerations = []Toleration{{Key: "dedicated", Operator: "Equal", Value: "inference", Effect: "NoSchedule"}}
			p.TerminationGracePeriod, p.PreStopSleep = duration(30*time.Second), duration(5*time.Second)
			p.AllowTrafficFrom = []TrafficPeer{
				{NamespaceLabels: map[string]string{"kubernetes.io/metadata.name": "envoy-gateway-system"}, PodLabels: map[string]string{"app.kubernetes.io/name": "envoy"}},
				{NamespaceLabels: map[string]string{"kubernetes.io/metadata.name": "monitoring"}},
			}
		}},
		{"server-persistent-cache", func(p *ModelServerProps) {
			p.Cache = ServerCache{Size: "200Gi", PersistentVolumeClaim: &CacheClaim{StorageClassName: "filestore"}}
			p.Resources.GPUs, p.Resources.GPUResource = intPtr(2), "amd.com/gpu"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, chart := newChart()
			_, err := NewModelServer(chart, "server", gpuServerWith(tt.change))
			require.NoError(t, err)
			assertGolden(t, app, tt.name)
		})
	}
}

func TestModelServerPreStopSleepOfZeroLeavesTheHookOut(t *testing.T) {
	for _, tt := range []struct {
		sleep time.Duration
		hook  bool
	}{{0, false}, {time.Second, true}} {
		app, chart := newChart()
		_, err := NewModelServer(chart, "server", gpuServerWith(func(p *ModelServerProps) { p.PreStopSleep = duration(tt.sleep) }))
		require.NoError(t, err)
		assert.Equal(t, tt.hook, strings.Contains(*app.SynthYaml(), "preStop:"), "preStopSleep %s", tt.sleep)
	}
}

func TestModelServerNamesAndLabels(t *testing.T) {
	_, chart := newChart()
	s, err := NewModelServer(chart, "server", gpuServer())
	require.NoError(t, err)
	assert.Equal(t, "chat-stable", s.Name)
	assert.Equal(t, ServiceRef{Name: "chat-stable", Namespace: testNamespace, Port: DefaultServicePort}, s.Service,
		"the Service defaults to the server's name on port 80")
	assert.Equal(t, map[string]string{
		"app.kubernetes.io/name":      "chat",
		"app.kubernetes.io/instance":  "chat-stable",
		"app.kubernetes.io/version":   "stable",
		"app.kubernetes.io/component": "model-server",
	}, s.PodLabels())
}

func TestModelServerRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*ModelServerProps)
		want   string
	}{
		{"an image without tag", func(p *ModelServerProps) { p.Image = "vllm/vllm-openai" }, `image: "vllm/vllm-openai" has no tag or digest`},
		{"an image on latest", func(p *ModelServerProps) { p.Image = "vllm/vllm-openai:latest" }, `image: "vllm/vllm-openai:latest" uses the tag latest, which is not a pin`},
		{"an image with a short digest", func(p *ModelServerProps) { p.Image = "vllm/vllm-openai@sha256:abc" }, "has a malformed digest"},
		{"an image with upper case", func(p *ModelServerProps) { p.Image = "VLLM/openai:v1" }, "is not an image reference"},
		{"a registry port is not a tag", func(p *ModelServerProps) { p.Image = "registry:5000/vllm" }, `image: "registry:5000/vllm" has no tag or digest`},
		{"zero GPUs", func(p *ModelServerProps) { p.Resources.GPUs = intPtr(0) }, "resources.gpus: 0 must be at least 1 (leave gpus out for a CPU-only server)"},
		{"negative GPUs", func(p *ModelServerProps) { p.Resources.GPUs = intPtr(-2) }, "resources.gpus: -2 must be at least 1"},
		{"a GPU resource without domain", func(p *ModelServerProps) { p.Resources.GPUResource = "gpu" }, `resources.gpuResource: "gpu" must be an extended resource name`},
		{"zero CPU", func(p *ModelServerProps) { p.Resources.CPU = "0" }, `resources.cpu: "0" must be above zero`},
		{"negative memory", func(p *ModelServerProps) { p.Resources.Memory = "-1Gi" }, `resources.memory: "-1Gi" must be above zero`},
		{"an unparsable CPU", func(p *ModelServerProps) { p.Resources.CPU = "four" }, `resources.cpu: "four" is not a quantity (use e.g. 500m, 4, 16Gi)`},
		{"an unparsable memory", func(p *ModelServerProps) { p.Resources.Memory = "32GB" }, `resources.memory: "32GB" is not a quantity`},
		{"missing memory", func(p *ModelServerProps) { p.Resources.Memory = "" }, "resources.memory: is required"},
		{"a memory limit below the request", func(p *ModelServerProps) { p.Resources.MemoryLimit = "16Gi" }, `resources.memoryLimit: "16Gi" is below the request 32Gi`},
		{"shm as large as the memory limit", func(p *ModelServerProps) { p.ShmSize = "32Gi" }, `shmSize: "32Gi" must be below the memory limit 32Gi: /dev/shm is memory`},
		{"a startup budget shorter than the probe period", func(p *ModelServerProps) {
			p.Probes = ServerProbes{StartupTimeout: duration(5 * time.Second), Period: duration(10 * time.Second)}
		}, `probes.startupTimeout: "5s" is shorter than the probe period 10s; the server could never start`},
		{"a fractional probe period", func(p *ModelServerProps) { p.Probes.Period = duration(1500 * time.Millisecond) }, `probes.period: "1.5s" must be a whole number of seconds`},
		{"a relative probe path", func(p *ModelServerProps) { p.Probes.Path = "health" }, `probes.path: "health" must be an absolute path`},
		{"no grace period", func(p *ModelServerProps) { p.TerminationGracePeriod = duration(0) }, `terminationGracePeriod: "0s" must be at least 1s: 0s kills the server at once, ending every generation in flight`},
		{"a negative preStop sleep", func(p *ModelServerProps) { p.PreStopSleep = duration(-time.Second) }, `preStopSleep: "-1s" must be at least 0s`},
		{"a preStop sleep as long as the grace period", func(p *ModelServerProps) { p.PreStopSleep = duration(120 * time.Second) }, `preStopSleep: "2m0s" must be shorter than terminationGracePeriod 2m0s`},
		{"min replicas above max", func(p *ModelServerProps) {
			p.Autoscaling = &Autoscaling{MinReplicas: intPtr(5), MaxReplicas: intPtr(2)}
		}, "autoscaling.minReplicas: 5 is above maxReplicas 2"},
		{"zero min replicas", func(p *ModelServerProps) { p.Autoscaling = &Autoscaling{MinReplicas: intPtr(0)} }, "autoscaling.minReplicas: 0 must be at least 1"},
		{"a metric on the server's own autoscaler", func(p *ModelServerProps) {
			p.Autoscaling = &Autoscaling{Metric: &Signal{Name: "vllm:num_requests_waiting", AverageValue: "5"}}
		}, "autoscaling.metric: is a KEDA scaler's; the server scales on CPU with an HPA of its own"},
		{"monitoring without a Prometheus to admit", func(p *ModelServerProps) {
			p.Monitoring = &Monitoring{Prometheus: Prometheus{Address: "http://prometheus:9090"}}
		}, "monitoring.prometheus.namespaceLabels: is required (or prometheus.podLabels: the Prometheus pods the NetworkPolicies admit to the metrics ports)"},
		{"monitoring at an address that is no URL", func(p *ModelServerProps) {
			p.Monitoring = &Monitoring{Prometheus: Prometheus{Address: "prometheus:9090", PodLabels: map[string]string{"app": "prometheus"}}}
		}, `monitoring.prometheus.address: "prometheus:9090" must be the http:// or https:// URL of Prometheus' HTTP API`},
		{"a CPU target of zero", func(p *ModelServerProps) { p.Autoscaling = &Autoscaling{CPUUtilization: intPtr(0)} }, "autoscaling.cpuUtilization: 0 must be a percentage above 0"},
		{"replicas with autoscaling", func(p *ModelServerProps) { p.Replicas, p.Autoscaling = intPtr(2), &Autoscaling{} }, "replicas: and autoscaling exclude each other"},
		{"zero replicas", func(p *ModelServerProps) { p.Replicas = intPtr(0) }, "replicas: 0 must be at least 1"},
		{"a single-node cache for many replicas", func(p *ModelServerProps) {
			p.Cache.PersistentVolumeClaim = &CacheClaim{AccessMode: "ReadWriteOnce"}
		}, `cache.persistentVolumeClaim.accessMode: "ReadWriteOnce" mounts on one node only, but up to 3 replicas may run`},
		{"an unknown access mode", func(p *ModelServerProps) {
			p.Cache.PersistentVolumeClaim = &CacheClaim{AccessMode: "ReadOnlyMany"}
		}, `cache.persistentVolumeClaim.accessMode: "ReadOnlyMany" must be ReadWriteMany, ReadWriteOnce or ReadWriteOncePod`},
		{"root as user", func(p *ModelServerProps) { p.RunAsUser = intPtr(0) }, "runAsUser: 0 must be above 10000"},
		{"a low user ID", func(p *ModelServerProps) { p.RunAsUser = intPtr(1000) }, "runAsUser: 1000 must be above 10000"},
		{"port zero", func(p *ModelServerProps) { p.Port = intPtr(0) }, "port: 0 must be a port between 1 and 65535"},
		{"health port zero", func(p *ModelServerProps) { p.HealthPort = intPtr(0) }, "healthPort: 0 must be a port between 1 and 65535"},
		{"an env name with a space", func(p *ModelServerProps) { p.Env = []EnvVar{{Name: "MY VAR", Value: "1"}} }, `env.MY VAR: "MY VAR" is not a valid environment variable name`},
		{"an env name set twice", func(p *ModelServerProps) {
			p.Env = []EnvVar{{Name: "HF_TOKEN", Value: "x"}, {Name: "HF_TOKEN", Secret: &SecretKeyRef{Name: "hf", Key: "t"}}}
		}, "secretEnv.HF_TOKEN: is set twice"},
		{"a secret without key", func(p *ModelServerProps) { p.Env = []EnvVar{{Name: "T", Secret: &SecretKeyRef{Name: "hf"}}} }, "secretEnv.T.key: is required"},
		{"an unknown toleration operator", func(p *ModelServerProps) { p.Tolerations = []Toleration{{Key: "k", Operator: "In"}} }, `tolerations[0].operator: "In" must be Exists or Equal`},
		{"an unknown toleration effect", func(p *ModelServerProps) { p.Tolerations = []Toleration{{Key: "k", Effect: "NoRun"}} }, `tolerations[0].effect: "NoRun" must be NoSchedule`},
		{"a bad node selector key", func(p *ModelServerProps) { p.NodeSelector = map[string]string{"gpu type": "a100"} }, `nodeSelector.gpu type: "gpu type" is not a valid label key`},
		{"a bad peer label value", func(p *ModelServerProps) {
			p.AllowTrafficFrom = []TrafficPeer{{PodLabels: map[string]string{"app": "envoy proxy"}}}
		}, `allowTrafficFrom[0].podLabels.app: "envoy proxy" is not a valid label value`},
		{"a name too long for a label", func(p *ModelServerProps) { p.Version = "a-very-long-version-name-that-goes-on-and-on-and-on-forever" }, "makes the object name"},
		{"a service port of zero", func(p *ModelServerProps) { p.ServicePort = intPtr(0) }, "service.port: 0 must be a port"},
		{"an upper-case service name", func(p *ModelServerProps) { p.ServiceName = "Chat" }, `service.name: "Chat" must be a Service name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			s, err := NewModelServer(chart, "server", gpuServerWith(tt.change))
			require.Error(t, err)
			assert.Nil(t, s)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
