package config

// Server describes an OpenAI-compatible model server (vLLM by default) run as
// a Deployment for each version of a model.
type Server struct {
	// Image with a pinned tag or digest. Required.
	Image string `yaml:"image" config:"required"`
	// Args passed to the image's entrypoint, e.g. [--model, Qwen/Qwen2.5-7B-Instruct].
	Args []string `yaml:"args"`
	// Env sets plain environment variables.
	Env map[string]string `yaml:"env"`
	// SecretEnv sets environment variables from Secret keys (e.g. HF_TOKEN).
	SecretEnv map[string]SecretKey `yaml:"secretEnv"`
	// Port the server listens on. Default: 8000.
	Port *int `yaml:"port"`
	// HealthPort serves the HTTP health endpoint, when it is not Port. Default: Port.
	HealthPort *int `yaml:"healthPort"`
	// MetricsPort serves /metrics, when it is not Port. Default: Port (HTTP).
	MetricsPort *int `yaml:"metricsPort"`
	// Resources of each replica. Required.
	Resources Resources `yaml:"resources" config:"required"`
	// NodeSelector places replicas on matching nodes.
	NodeSelector map[string]string `yaml:"nodeSelector"`
	// Tolerations let replicas run on tainted nodes. Default with GPUs: a
	// NoSchedule taint keyed by resources.gpuResource is tolerated.
	Tolerations []Toleration `yaml:"tolerations"`
	// Probes check the server's health endpoint.
	Probes *Probes `yaml:"probes"`
	// TerminationGracePeriod lets in-flight generations finish. Default: 120s.
	TerminationGracePeriod *Duration `yaml:"terminationGracePeriod"`
	// PreStopSleep keeps serving while endpoints are removed. Default: 10s.
	PreStopSleep *Duration `yaml:"preStopSleep"`
	// ShmSize of the memory-backed /dev/shm. Default: 1Gi.
	ShmSize string `yaml:"shmSize"`
	// Cache holds downloaded model weights. Default: a 50Gi emptyDir.
	Cache *Cache `yaml:"cache"`
	// RunAsUser is the non-root UID (and GID) of the server. Default: 10001.
	RunAsUser *int `yaml:"runAsUser"`
	// LoRA adapters served beside the base model (vLLM). Default: none.
	LoRA *LoRA `yaml:"lora"`
}

// LoRA lists the adapters a vLLM server serves and its capacity for them.
type LoRA struct {
	// Adapters, each a name and a source. Required.
	Adapters []LoRAAdapter `yaml:"adapters" config:"required"`
	// MaxRank of the adapters (--max-lora-rank). Default: vLLM's, 16.
	MaxRank *int `yaml:"maxRank"`
	// MaxAdapters in one batch (--max-loras). Default: vLLM's, 1.
	MaxAdapters *int `yaml:"maxAdapters"`
	// MaxCPUAdapters kept in CPU memory (--max-cpu-loras). Default: vLLM's.
	MaxCPUAdapters *int `yaml:"maxCPUAdapters"`
}

// LoRAAdapter is one adapter.
type LoRAAdapter struct {
	// Name clients ask for. Required.
	Name string `yaml:"name" config:"required"`
	// Source: a Hugging Face repository or a path in the cache. Required.
	Source string `yaml:"source" config:"required"`
}

// SecretKey names one key of a Secret in the platform namespace.
type SecretKey struct {
	// Secret name. Required.
	Secret string `yaml:"secret" config:"required"`
	// Key in the Secret. Required.
	Key string `yaml:"key" config:"required"`
}

// Resources of one model server replica; limits default to the requests.
type Resources struct {
	// GPUs per replica, requested and limited alike. Default: 0.
	GPUs *int `yaml:"gpus"`
	// GPUResource names the extended resource. Default: nvidia.com/gpu.
	GPUResource string `yaml:"gpuResource"`
	// CPU request, e.g. "4" or 500m. Required.
	CPU string `yaml:"cpu" config:"required"`
	// Memory request, e.g. 32Gi. Required.
	Memory string `yaml:"memory" config:"required"`
	// CPULimit. Default: CPU.
	CPULimit string `yaml:"cpuLimit"`
	// MemoryLimit. Default: Memory.
	MemoryLimit string `yaml:"memoryLimit"`
	// EphemeralStorage request and limit for logs and writable layers. Default: 2Gi.
	EphemeralStorage string `yaml:"ephemeralStorage"`
}

// Toleration of a node taint.
type Toleration struct {
	// Key of the taint. Required unless Operator is Exists.
	Key string `yaml:"key"`
	// Operator: Exists or Equal. Default: Equal.
	Operator string `yaml:"operator"`
	// Value the taint must have with Equal.
	Value string `yaml:"value"`
	// Effect tolerated: NoSchedule, PreferNoSchedule or NoExecute. Default: all.
	Effect string `yaml:"effect"`
}

// Probes of the server's health endpoint.
type Probes struct {
	// Path of the health endpoint. Default: /health.
	Path string `yaml:"path"`
	// StartupTimeout is how long model loading may take. Default: 15m.
	StartupTimeout *Duration `yaml:"startupTimeout"`
	// Period between probes. Default: 10s.
	Period *Duration `yaml:"period"`
}

// Cache is where the server keeps model weights.
type Cache struct {
	// Size of the cache. Default: 50Gi.
	Size string `yaml:"size"`
	// PersistentVolumeClaim keeps weights across restarts. Default: none (emptyDir).
	PersistentVolumeClaim *Claim `yaml:"persistentVolumeClaim"`
}

// Claim describes the PersistentVolumeClaim of a model cache.
type Claim struct {
	// StorageClassName of the volume. Default: the cluster's default class.
	StorageClassName string `yaml:"storageClassName"`
	// AccessMode: ReadWriteMany (replicas on many nodes), ReadWriteOnce or
	// ReadWriteOncePod (one replica). Default: ReadWriteMany.
	AccessMode string `yaml:"accessMode"`
}

// Autoscaling bounds and drives the replica count of each version.
type Autoscaling struct {
	// MinReplicas; 0 for a pool model whose picker runs flow control.
	// Default: 1.
	MinReplicas *int `yaml:"minReplicas"`
	// MaxReplicas. Required.
	MaxReplicas int `yaml:"maxReplicas" config:"required"`
	// CPUUtilization target in percent, used when no metric is set. Default: 80.
	CPUUtilization *int `yaml:"cpuUtilization"`
	// Metric is a signal of the servers in Prometheus (KEDA), e.g.
	// vllm:num_requests_waiting. Default: none.
	Metric *Metric `yaml:"metric"`
	// PickerSignals are the per-replica targets of a pool's scaling on its
	// picker's queue and running requests. Default: 1 queued, 16 running.
	PickerSignals *PickerSignals `yaml:"pickerSignals"`
	// ScaleDownStabilization window. Default: 300s.
	ScaleDownStabilization *Duration `yaml:"scaleDownStabilization"`
	// PollingInterval of the KEDA scaler. Default: 15s.
	PollingInterval *Duration `yaml:"pollingInterval"`
	// Cooldown before a KEDA scaler scales to zero. Default: 300s.
	Cooldown *Duration `yaml:"cooldown"`
}

// Metric is a signal with an average-value target per replica.
type Metric struct {
	// Name of a metric of the servers, e.g. vllm:num_requests_waiting; or
	// Query. Default: none.
	Name string `yaml:"name"`
	// Query in PromQL that returns one series. Default: none.
	Query string `yaml:"query"`
	// AverageValue per replica that the autoscaler aims for, e.g. "5". Required.
	AverageValue string `yaml:"averageValue" config:"required"`
}

// PickerSignals are targets per replica on a pool picker's signals.
type PickerSignals struct {
	// Queued requests per replica. Default: 1.
	Queued string `yaml:"queued"`
	// Running requests per replica. Default: 16.
	Running string `yaml:"running"`
}
