package constructs

import (
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"
)

// Defaults of a model server.
const (
	DefaultServerPort             = 8000
	DefaultServicePort            = 80
	DefaultHealthPath             = "/health"
	DefaultStartupTimeout         = 15 * time.Minute
	DefaultProbePeriod            = 10 * time.Second
	DefaultTerminationGracePeriod = 120 * time.Second
	DefaultPreStopSleep           = 10 * time.Second
	DefaultShmSize                = "1Gi"
	DefaultCacheSize              = "50Gi"
	DefaultTmpSize                = "1Gi"
	DefaultEphemeralStorage       = "2Gi"
	DefaultRunAsUser              = 10001
	DefaultGPUResource            = "nvidia.com/gpu"
	DefaultMinReplicas            = 1
	DefaultMaxReplicas            = 3
	DefaultCPUUtilization         = 80
	DefaultScaleDownStabilization = 300 * time.Second
)

// EnvVar is one environment variable, set to Value or read from a Secret key.
type EnvVar struct {
	// Name of the variable. Required.
	Name string
	// Value of the variable, when it is not secret.
	Value string
	// Secret names the Secret key holding the value, e.g. a Hugging Face token.
	Secret *SecretKeyRef
}

// SecretKeyRef names one key of a Secret in the server's namespace.
type SecretKeyRef struct {
	// Name of the Secret. Required.
	Name string
	// Key in the Secret. Required.
	Key string
}

// ServerResources are the resources of one replica. Requests equal limits
// unless a limit is given.
type ServerResources struct {
	// GPUs per replica, requested and limited alike (extended resources allow
	// no overcommit). Default: none, a CPU-only server.
	GPUs *int
	// GPUResource is the extended resource name. Default: nvidia.com/gpu.
	GPUResource string
	// CPU request, e.g. "4". Required.
	CPU string
	// Memory request, e.g. "32Gi". Required.
	Memory string
	// CPULimit. Default: CPU.
	CPULimit string
	// MemoryLimit. Default: Memory. /dev/shm counts against it.
	MemoryLimit string
	// EphemeralStorage for logs and the writable layer; the emptyDir volumes'
	// sizes are added to it. Default: 2Gi.
	EphemeralStorage string
}

// Toleration lets replicas run on nodes with a matching taint.
type Toleration struct {
	// Key of the taint. Required unless Operator is Exists.
	Key string
	// Operator is Exists or Equal. Default: Equal.
	Operator string
	// Value of the taint, with Equal.
	Value string
	// Effect tolerated. Default: every effect.
	Effect string
}

// ServerProbes configure the startup, readiness and liveness probes.
type ServerProbes struct {
	// Path of the health endpoint. Default: /health.
	Path string
	// StartupTimeout is the budget for loading the model before liveness
	// checks begin. Default: 15m.
	StartupTimeout *time.Duration
	// Period between probes; whole seconds. Default: 10s.
	Period *time.Duration
}

// CacheClaim asks for a PersistentVolumeClaim for the model cache.
type CacheClaim struct {
	// StorageClassName of the volume. Default: the cluster's default class.
	StorageClassName string
	// AccessMode of the volume. Default: ReadWriteMany.
	AccessMode string
}

// ServerCache is where downloaded model weights live.
type ServerCache struct {
	// Size of the cache. Default: 50Gi.
	Size string
	// PersistentVolumeClaim keeps weights across restarts and shares them
	// between replicas. Default: none, an emptyDir with Size as its limit.
	PersistentVolumeClaim *CacheClaim
}

// Signal is what a Scaler scales on: a metric of the servers, or a query,
// and the value per replica it aims for.
type Signal struct {
	// Name of a metric of the servers, e.g. vllm:num_requests_waiting; the
	// scaler sums it over the version's pods. Or Query.
	Name string
	// Query in PromQL that returns one series. Or Name.
	Query string
	// AverageValue per replica the scaler aims for, e.g. "5": a decimal
	// number above 0. Required.
	AverageValue string
}

// Autoscaling bounds and drives the replica count: on CPU, a
// HorizontalPodAutoscaler of the server's own; on a signal in Prometheus
// (Metric, or a pool's PickerSignals), a Scaler (KEDA).
type Autoscaling struct {
	// MinReplicas; 0 only with a Scaler of a pool whose picker holds
	// requests (flow control). Default: 1.
	MinReplicas *int
	// MaxReplicas. Default: 3.
	MaxReplicas *int
	// CPUUtilization target in percent, without a signal. Default: 80.
	CPUUtilization *int
	// Metric is the signal of a Scaler; queue depth is what LLM servers
	// saturate on. Default: none (CPU, or a pool's PickerSignals).
	Metric *Signal
	// PickerSignals are the targets of a Scaler of a pool that reads its
	// picker. Default: 1 queued, 16 running requests per replica.
	PickerSignals *PickerSignals
	// ScaleDownStabilization is how long load must stay low before replicas
	// are removed. Default: 300s.
	ScaleDownStabilization *time.Duration
	// PollingInterval of a Scaler. Default: 15s.
	PollingInterval *time.Duration
	// Cooldown of a Scaler: how long a pool is idle before it scales to
	// zero. Default: 300s.
	Cooldown *time.Duration
}

// TrafficPeer selects pods allowed to reach the server.
type TrafficPeer struct {
	// NamespaceLabels select namespaces. Default: every namespace.
	NamespaceLabels map[string]string
	// PodLabels select pods in them. Default: every pod.
	PodLabels map[string]string
}

// ModelServerProps describes the servers of one model version.
type ModelServerProps struct {
	// Model is the model's name. Required.
	Model string
	// Version is the version's name; objects are named MODEL-VERSION. Required.
	Version string
	// Image with a pinned tag or digest; "latest" is not a pin. Required.
	Image string
	// Args passed to the image's entrypoint.
	Args []string
	// LoRA adapters the server serves beside its base model (vLLM's flags,
	// after Args). Default: none.
	LoRA *LoRA
	// Env of the server container. HOME and HF_HOME point at writable
	// volumes unless set here.
	Env []EnvVar
	// Port the server listens on. Default: 8000.
	Port *int
	// Protocol served on Port: http, or grpc (the Service then says
	// appProtocol kubernetes.io/h2c). Default: http.
	Protocol Protocol
	// HealthPort serves the HTTP health endpoint the probes call, when it is
	// not Port (a gRPC server such as Triton answers health on HTTP). Default: Port.
	HealthPort *int
	// MetricsPort serves Prometheus metrics at /metrics, when it is not Port
	// (Text Embeddings Inference serves them on 9000, Triton on 8002).
	// Default: Port for an HTTP server (vLLM's place); none for gRPC.
	MetricsPort *int
	// Resources of each replica. CPU and Memory are required.
	Resources ServerResources
	// NodeSelector places replicas on matching nodes.
	NodeSelector map[string]string
	// Tolerations of node taints. Default with GPUs: nvidia.com/gpu Exists NoSchedule.
	Tolerations []Toleration
	// Probes of the health endpoint.
	Probes ServerProbes
	// TerminationGracePeriod lets in-flight generations finish. Default: 120s.
	TerminationGracePeriod *time.Duration
	// PreStopSleep keeps the server up while endpoints are removed; 0s
	// stops it at once (no preStop hook). Default: 10s.
	PreStopSleep *time.Duration
	// ShmSize of the memory-backed /dev/shm (tensor parallelism). Default: 1Gi.
	ShmSize string
	// Cache for model weights. Default: a 50Gi emptyDir.
	Cache ServerCache
	// RunAsUser is the UID and GID of the server, above 10000. Default: 10001.
	RunAsUser *int
	// Replicas fixes the replica count; only without Autoscaling. Default: autoscaling.
	Replicas *int
	// Autoscaling of the replicas. Default: 1 to 3 replicas at 80% CPU.
	Autoscaling *Autoscaling
	// ExternalScaler: a Scaler owns the replica count (Autoscaling says
	// how), so the server writes no HorizontalPodAutoscaler and leaves the
	// Deployment's replicas unset. Default: false.
	ExternalScaler bool
	// Monitoring has Prometheus scrape the server's /metrics (a PodMonitor,
	// HTTP servers only) and admits it to the serving port. Default: none.
	Monitoring *Monitoring
	// ServiceName of the ClusterIP Service routes point at. Default: MODEL-VERSION.
	ServiceName string
	// ServicePort of the Service. Default: 80.
	ServicePort *int
	// AllowTrafficFrom lists who may reach the serving port: the gateway's
	// data plane at least. Default: the pods of the server's namespace, where
	// gateway implementations that deploy a proxy per Gateway put it.
	AllowTrafficFrom []TrafficPeer
}

// ModelServer runs one model version: ServiceAccount, Deployment, Service,
// HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy and, when asked
// for, a PersistentVolumeClaim for the weights.
type ModelServer struct {
	// Name of the Deployment and its companions (MODEL-VERSION).
	Name string
	// Service is where routes send the version's requests.
	Service ServiceRef
	props   ModelServerProps
	// port, healthPort and runAsUser are the props with defaults applied.
	port, healthPort, runAsUser int
	id                          string
}

// childID names a child construct; the ids only need to be unique in the
// chart (object names are set explicitly), so children sit directly in the
// scope instead of under a grouping construct that would cost a bridge call.
func (s *ModelServer) childID(name string) *string { return jsii.String(s.id + "-" + name) }

// NewModelServer validates props, applies defaults and adds the version's
// objects to scope. Errors name the prop by its config key.
func NewModelServer(scope constructs.Construct, id string, props ModelServerProps) (*ModelServer, error) {
	s, err := PlanModelServer(chartNamespace(scope), props)
	return added(scope, id, s, err)
}

// PlanModelServer applies defaults to props and validates them, without
// touching a chart: the server as it will be in namespace, for checks across
// a whole platform before anything is built. Errors name the prop by its
// config key.
func PlanModelServer(namespace string, props ModelServerProps) (*ModelServer, error) {
	errs := props.validateNames()
	props = props.withDefaults(namespace)
	if err := errs.Concat(props.validate()).Err(); err != nil {
		return nil, err
	}
	return &ModelServer{
		Name:       props.Model + "-" + props.Version,
		Service:    ServiceRef{Name: props.ServiceName, Namespace: namespace, Port: *props.ServicePort},
		props:      props,
		port:       *props.Port,
		healthPort: *props.HealthPort,
		runAsUser:  *props.RunAsUser,
	}, nil
}

// Add adds the planned server's objects to scope; their ids start with id.
func (s *ModelServer) Add(scope constructs.Construct, id string) {
	s.id = id
	props := s.props
	s.addServiceAccount(scope)
	if claim := props.Cache.PersistentVolumeClaim; claim != nil {
		s.addCacheClaim(scope, claim)
	}
	s.addDeployment(scope)
	s.addService(scope)
	if s.ownAutoscaler() {
		s.addAutoscaler(scope)
	}
	if s.monitored() {
		addPodMonitor(scope, *s.childID("monitor"), PodMonitorProps{Name: s.Name, Model: props.Model, Selector: s.selector(), Port: s.metricsPortName(), Monitoring: props.Monitoring})
	}
	s.addDisruptionBudget(scope)
	s.addNetworkPolicy(scope)
}

// Objects are the objects the server writes, for checks across a platform.
func (s *ModelServer) Objects() []ObjectID {
	ns := s.Service.Namespace
	objects := []ObjectID{
		{"ServiceAccount", ns, s.Name}, {"Deployment", ns, s.Name}, {"Service", ns, s.Service.Name},
		{"PodDisruptionBudget", ns, s.Name}, {"NetworkPolicy", ns, s.Name},
	}
	if s.ownAutoscaler() {
		objects = append(objects, ObjectID{"HorizontalPodAutoscaler", ns, s.Name})
	}
	if s.monitored() {
		objects = append(objects, ObjectID{"PodMonitor", ns, s.Name})
	}
	if s.props.Cache.PersistentVolumeClaim != nil {
		objects = append(objects, ObjectID{"PersistentVolumeClaim", ns, s.cacheClaimName()})
	}
	return objects
}

// ownAutoscaler reports whether the server writes its HPA (CPU).
func (s *ModelServer) ownAutoscaler() bool {
	return s.props.Autoscaling != nil && !s.props.ExternalScaler
}

// monitored reports whether Prometheus scrapes the server: with monitoring,
// where it serves metrics.
func (s *ModelServer) monitored() bool {
	return s.props.Monitoring != nil && s.props.MetricsPort != nil
}

// metricsPortName names the port that serves /metrics.
func (s *ModelServer) metricsPortName() string {
	switch *s.props.MetricsPort {
	case s.port:
		return s.portName()
	case s.healthPort:
		return s.healthPortName()
	}
	return "metrics"
}

// PodLabels are the labels of the version's pods.
func (s *ModelServer) PodLabels() map[string]string {
	labels := s.selector()
	labels[versionLabel] = s.props.Version
	labels[componentLabel] = "model-server"
	return labels
}

// portName names the serving port: http or grpc.
func (s *ModelServer) portName() string { return string(s.props.Protocol) }

// healthPortName names the port the probes call.
func (s *ModelServer) healthPortName() string {
	if s.healthPort != s.port {
		return "health"
	}
	return s.portName()
}

// metadata names one of the version's objects and labels it with the model.
func (s *ModelServer) metadata(name string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{Name: jsii.String(name), Labels: modelLabels(s.props.Model)}
}

// selector selects exactly this version's pods.
func (s *ModelServer) selector() map[string]string {
	return map[string]string{
		ModelLabel:    s.props.Model,
		instanceLabel: s.Name,
	}
}

// withDefaults applies the documented defaults for a server in namespace.
func (p ModelServerProps) withDefaults(namespace string) ModelServerProps {
	if len(p.AllowTrafficFrom) == 0 {
		p.AllowTrafficFrom = []TrafficPeer{{NamespaceLabels: map[string]string{namespaceNameLabel: namespace}}}
	}
	p.Port = intOrDefault(p.Port, DefaultServerPort)
	p.Protocol = orDefault(p.Protocol, ProtocolHTTP)
	if p.HealthPort == nil {
		p.HealthPort = p.Port // the same value: checked once, at port
	}
	if p.MetricsPort == nil && p.Protocol == ProtocolHTTP {
		p.MetricsPort = p.Port
	}
	p.ServicePort = intOrDefault(p.ServicePort, DefaultServicePort)
	p.RunAsUser = intOrDefault(p.RunAsUser, DefaultRunAsUser)
	if p.ServiceName == "" {
		p.ServiceName = p.Model + "-" + p.Version
	}
	p.Resources.GPUResource = orDefault(p.Resources.GPUResource, DefaultGPUResource)
	p.Resources.CPULimit = orDefault(p.Resources.CPULimit, p.Resources.CPU)
	p.Resources.MemoryLimit = orDefault(p.Resources.MemoryLimit, p.Resources.Memory)
	p.Resources.EphemeralStorage = orDefault(p.Resources.EphemeralStorage, DefaultEphemeralStorage)
	if p.Tolerations == nil && p.Resources.GPUs != nil {
		p.Tolerations = []Toleration{{Key: p.Resources.GPUResource, Operator: "Exists", Effect: "NoSchedule"}}
	}
	p.Probes.Path = orDefault(p.Probes.Path, DefaultHealthPath)
	p.Probes.StartupTimeout = durationOrDefault(p.Probes.StartupTimeout, DefaultStartupTimeout)
	p.Probes.Period = durationOrDefault(p.Probes.Period, DefaultProbePeriod)
	p.TerminationGracePeriod = durationOrDefault(p.TerminationGracePeriod, DefaultTerminationGracePeriod)
	p.PreStopSleep = durationOrDefault(p.PreStopSleep, DefaultPreStopSleep)
	p.ShmSize = orDefault(p.ShmSize, DefaultShmSize)
	p.Cache.Size = orDefault(p.Cache.Size, DefaultCacheSize)
	if claim := p.Cache.PersistentVolumeClaim; claim != nil {
		c := *claim
		c.AccessMode = orDefault(c.AccessMode, "ReadWriteMany")
		p.Cache.PersistentVolumeClaim = &c
	}
	if p.Autoscaling == nil && p.Replicas == nil {
		p.Autoscaling = &Autoscaling{}
	}
	if a := p.Autoscaling; a != nil {
		scaling := *a
		scaling.MinReplicas = intOrDefault(a.MinReplicas, DefaultMinReplicas)
		scaling.MaxReplicas = intOrDefault(a.MaxReplicas, DefaultMaxReplicas)
		if !p.ExternalScaler {
			scaling.CPUUtilization = intOrDefault(a.CPUUtilization, DefaultCPUUtilization)
		}
		scaling.ScaleDownStabilization = durationOrDefault(a.ScaleDownStabilization, DefaultScaleDownStabilization)
		p.Autoscaling = &scaling
	}
	p.Monitoring = p.Monitoring.withDefaults()
	return p
}

// maxReplicas is the most replicas the version can run.
func (p ModelServerProps) maxReplicas() int {
	if p.Autoscaling != nil {
		return *p.Autoscaling.MaxReplicas
	}
	return *p.Replicas
}
