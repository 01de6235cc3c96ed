package constructs

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/ai-gateway/ai-gateway/internal/field"
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

// PodMetric is a per-pod custom metric with an average-value target.
type PodMetric struct {
	// Name of the metric, e.g. vllm:num_requests_waiting. Required.
	Name string
	// AverageValue per pod the autoscaler aims for, e.g. "5". Required; above 0.
	AverageValue string
}

// Autoscaling drives the replica count with a HorizontalPodAutoscaler.
type Autoscaling struct {
	// MinReplicas. Default: 1.
	MinReplicas *int
	// MaxReplicas. Default: 3.
	MaxReplicas *int
	// CPUUtilization target in percent, used without Metric. Default: 80.
	CPUUtilization *int
	// Metric is a per-pod custom metric; queue depth is what LLM servers
	// saturate on. Default: none, CPU utilisation.
	Metric *PodMetric
	// ScaleDownStabilization is how long load must stay low before replicas
	// are removed. Default: 300s.
	ScaleDownStabilization *time.Duration
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
	// Env of the server container. HOME and HF_HOME point at writable
	// volumes unless set here.
	Env []EnvVar
	// Port the server listens on. Default: 8000.
	Port int
	// Protocol served on Port: http, or grpc (the Service then says
	// appProtocol kubernetes.io/h2c). Default: http.
	Protocol Protocol
	// HealthPort serves the HTTP health endpoint the probes call, when it is
	// not Port (a gRPC server such as Triton answers health on HTTP). Default: Port.
	HealthPort int
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
	// PreStopSleep keeps the server up while endpoints are removed. Default: 10s.
	PreStopSleep *time.Duration
	// ShmSize of the memory-backed /dev/shm (tensor parallelism). Default: 1Gi.
	ShmSize string
	// Cache for model weights. Default: a 50Gi emptyDir.
	Cache ServerCache
	// RunAsUser is the UID and GID of the server, above 10000. Default: 10001.
	RunAsUser int
	// Replicas fixes the replica count; only without Autoscaling. Default: autoscaling.
	Replicas *int
	// Autoscaling of the replicas. Default: 1 to 3 replicas at 80% CPU.
	Autoscaling *Autoscaling
	// ServiceName of the ClusterIP Service routes point at. Default: MODEL-VERSION.
	ServiceName string
	// ServicePort of the Service. Default: 80.
	ServicePort int
	// AllowTrafficFrom lists who may reach the serving port. Required: the
	// gateway's data plane at least.
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
	id      string
}

// childID names a child construct; the ids only need to be unique in the
// chart (object names are set explicitly), so children sit directly in the
// scope instead of under a grouping construct that would cost a bridge call.
func (s *ModelServer) childID(name string) *string { return jsii.String(s.id + "-" + name) }

// NewModelServer validates props, applies defaults and adds the version's
// objects to scope. Errors name the prop by its config key.
func NewModelServer(scope constructs.Construct, id string, props ModelServerProps) (*ModelServer, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	s := &ModelServer{
		Name:    props.Model + "-" + props.Version,
		Service: ServiceRef{Name: props.ServiceName, Namespace: chartNamespace(scope), Port: props.ServicePort},
		props:   props,
	}
	s.id = id
	s.addServiceAccount(scope)
	if claim := props.Cache.PersistentVolumeClaim; claim != nil {
		s.addCacheClaim(scope, claim)
	}
	s.addDeployment(scope)
	s.addService(scope)
	if props.Autoscaling != nil {
		s.addAutoscaler(scope)
	}
	s.addDisruptionBudget(scope)
	s.addNetworkPolicy(scope)
	return s, nil
}

// PodLabels are the labels of the version's pods.
func (s *ModelServer) PodLabels() map[string]string {
	labels := s.selector()
	labels["app.kubernetes.io/version"] = s.props.Version
	labels["app.kubernetes.io/component"] = "model-server"
	return labels
}

// portName names the serving port: http or grpc.
func (s *ModelServer) portName() string { return string(s.props.Protocol) }

// healthPortName names the port the probes call.
func (s *ModelServer) healthPortName() string {
	if s.props.HealthPort != s.props.Port {
		return "health"
	}
	return s.portName()
}

// metadata names one of the version's objects and labels it with the model.
func (s *ModelServer) metadata(name string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{Name: jsii.String(name), Labels: nameLabel(s.props.Model)}
}

// selector selects exactly this version's pods.
func (s *ModelServer) selector() map[string]string {
	return map[string]string{
		"app.kubernetes.io/name":     s.props.Model,
		"app.kubernetes.io/instance": s.Name,
	}
}

func (p ModelServerProps) withDefaults() ModelServerProps {
	p.Port = orDefault(p.Port, DefaultServerPort)
	p.Protocol = orDefault(p.Protocol, ProtocolHTTP)
	p.HealthPort = orDefault(p.HealthPort, p.Port)
	p.ServicePort = orDefault(p.ServicePort, DefaultServicePort)
	p.RunAsUser = orDefault(p.RunAsUser, DefaultRunAsUser)
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
		if a.Metric == nil {
			scaling.CPUUtilization = intOrDefault(a.CPUUtilization, DefaultCPUUtilization)
		}
		scaling.ScaleDownStabilization = durationOrDefault(a.ScaleDownStabilization, DefaultScaleDownStabilization)
		p.Autoscaling = &scaling
	}
	return p
}

func orDefault[T comparable](value, fallback T) T {
	var zero T
	if value == zero {
		return fallback
	}
	return value
}

func intOrDefault(value *int, fallback int) *int {
	if value == nil {
		return &fallback
	}
	return value
}

func durationOrDefault(value *time.Duration, fallback time.Duration) *time.Duration {
	if value == nil {
		return &fallback
	}
	return value
}

// maxReplicas is the most replicas the version can run.
func (p ModelServerProps) maxReplicas() int {
	if p.Autoscaling != nil {
		return *p.Autoscaling.MaxReplicas
	}
	return *p.Replicas
}

var envNamePattern = regexp.MustCompile(`^[-._a-zA-Z][-._a-zA-Z0-9]*$`)

func (p ModelServerProps) validate() error {
	var errs field.List
	errs.Add(checkDNSLabel("model", p.Model))
	errs.Add(checkDNSLabel("version", p.Version))
	if name := p.Model + "-" + p.Version; p.Model != "" && p.Version != "" && len(name) > 63 {
		errs.Add(field.Invalid("version", p.Version, fmt.Sprintf("makes the object name %q longer than 63 characters", name)))
	}
	errs.Add(checkImage("image", p.Image))
	errs = append(errs, validateEnv(p.Env)...)
	errs.Add(checkPort("port", p.Port))
	errs.Add(checkPort("healthPort", p.HealthPort))
	if p.Protocol != ProtocolHTTP && p.Protocol != ProtocolGRPC {
		errs.Add(field.Invalid("protocol", string(p.Protocol), "must be http or grpc"))
	}
	errs = append(errs, p.Resources.validate("resources")...)
	errs = append(errs, checkLabels("nodeSelector", p.NodeSelector)...)
	errs = append(errs, validateTolerations(p.Tolerations)...)
	errs = append(errs, p.validateLifecycle()...)
	errs = append(errs, p.validateVolumes()...)
	if p.RunAsUser <= 10000 {
		errs.Add(field.Invalid("runAsUser", p.RunAsUser, "must be above 10000, clear of the host's system and user IDs"))
	}
	errs = append(errs, p.validateReplicas()...)
	errs.Add(checkServiceName("service.name", p.ServiceName))
	errs.Add(checkPort("service.port", p.ServicePort))
	if len(p.AllowTrafficFrom) == 0 {
		errs.Add(field.Required("allowTrafficFrom", "at least the gateway's data plane must reach the server"))
	}
	for i, peer := range p.AllowTrafficFrom {
		path := field.Path("allowTrafficFrom").Index(i)
		errs = append(errs, checkLabels(path.Child("namespaceLabels"), peer.NamespaceLabels)...)
		errs = append(errs, checkLabels(path.Child("podLabels"), peer.PodLabels)...)
	}
	return errs.Err()
}

var (
	imageRepoPattern   = regexp.MustCompile(`^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*$`)
	imageTagPattern    = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`)
	imageDigestPattern = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)
)

// checkImage requires a pinned image: a tag other than latest, or a digest.
func checkImage(path field.Path, image string) *field.Error {
	if image == "" {
		return field.Required(path, "")
	}
	repo, digest, hasDigest := strings.Cut(image, "@")
	tag := ""
	if i := strings.LastIndex(repo, ":"); i > strings.LastIndex(repo, "/") {
		repo, tag = repo[:i], repo[i+1:]
	}
	switch {
	case !imageRepoPattern.MatchString(repo):
		return field.Invalid(path, image, "is not an image reference (lowercase repository, then :tag or @sha256:digest)")
	case hasDigest && !imageDigestPattern.MatchString(digest):
		return field.Invalid(path, image, "has a malformed digest (want @sha256: and 64 hex digits)")
	case hasDigest:
		return nil
	case tag == "":
		return field.Invalid(path, image, "has no tag or digest; pin a version (e.g. vllm/vllm-openai:v0.10.2)")
	case !imageTagPattern.MatchString(tag):
		return field.Invalid(path, image, "has a malformed tag")
	case tag == "latest":
		return field.Invalid(path, image, "uses the tag latest, which is not a pin; name a version or a digest")
	}
	return nil
}

func validateEnv(env []EnvVar) field.List {
	var errs field.List
	seen := map[string]bool{}
	for _, e := range env {
		path := field.Path("env").Child(e.Name)
		if e.Secret != nil {
			path = field.Path("secretEnv").Child(e.Name)
		}
		if !envNamePattern.MatchString(e.Name) {
			errs.Add(field.Invalid(path, e.Name, "is not a valid environment variable name"))
		}
		if seen[e.Name] {
			errs.Add(field.Errorf(path, "is set twice (in env and secretEnv)"))
		}
		seen[e.Name] = true
		if e.Secret != nil {
			errs.Add(checkDNSSubdomain(path.Child("secret"), e.Secret.Name))
			if e.Secret.Key == "" {
				errs.Add(field.Required(path.Child("key"), ""))
			}
		}
	}
	return errs
}

func (r ServerResources) validate(path field.Path) field.List {
	var errs field.List
	if r.GPUs != nil && *r.GPUs < 1 {
		errs.Add(field.Invalid(path.Child("gpus"), *r.GPUs, "must be at least 1 (leave gpus out for a CPU-only server)"))
	}
	if !strings.Contains(r.GPUResource, "/") || len(r.GPUResource) > 253 {
		errs.Add(field.Invalid(path.Child("gpuResource"), r.GPUResource, "must be an extended resource name such as nvidia.com/gpu"))
	}
	errs = append(errs, r.checkQuantities(path)...)
	errs.Add(checkAtLeast(path.Child("cpuLimit"), r.CPULimit, r.CPU, "the request"))
	errs.Add(checkAtLeast(path.Child("memoryLimit"), r.MemoryLimit, r.Memory, "the request"))
	return errs
}

// checkQuantities checks each named quantity once: a limit left to default to
// its request is not reported a second time.
func (r ServerResources) checkQuantities(path field.Path) field.List {
	var errs field.List
	errs.Add(checkPositiveQuantity(path.Child("cpu"), r.CPU))
	errs.Add(checkPositiveQuantity(path.Child("memory"), r.Memory))
	if r.CPULimit != r.CPU {
		errs.Add(checkPositiveQuantity(path.Child("cpuLimit"), r.CPULimit))
	}
	if r.MemoryLimit != r.Memory {
		errs.Add(checkPositiveQuantity(path.Child("memoryLimit"), r.MemoryLimit))
	}
	errs.Add(checkPositiveQuantity(path.Child("ephemeralStorage"), r.EphemeralStorage))
	return errs
}

// checkAtLeast reports value when both are quantities and value < floor.
func checkAtLeast(path field.Path, value, floor, floorName string) *field.Error {
	v, err1 := resource.ParseQuantity(value)
	f, err2 := resource.ParseQuantity(floor)
	if err1 == nil && err2 == nil && v.Cmp(f) < 0 {
		return field.Invalid(path, value, fmt.Sprintf("is below %s %s", floorName, floor))
	}
	return nil
}

// checkPositiveQuantity accepts a Kubernetes quantity above zero.
func checkPositiveQuantity(path field.Path, value string) *field.Error {
	if value == "" {
		return field.Required(path, "")
	}
	q, err := resource.ParseQuantity(value)
	if err != nil {
		return field.Invalid(path, value, "is not a quantity (use e.g. 500m, 4, 16Gi)")
	}
	if q.Sign() <= 0 {
		return field.Invalid(path, value, "must be above zero")
	}
	return nil
}

// canonical renders a valid quantity the way the API server stores it
// ("2048Mi" → "2Gi"), so re-applies show no drift.
func canonical(value string) string {
	q := resource.MustParse(value)
	return q.String()
}

var tolerationEffects = []string{"", "NoSchedule", "PreferNoSchedule", "NoExecute"}

func validateTolerations(tolerations []Toleration) field.List {
	var errs field.List
	for i, t := range tolerations {
		path := field.Path("tolerations").Index(i)
		switch t.Operator {
		case "", "Equal":
			if t.Key == "" {
				errs.Add(field.Required(path.Child("key"), "operator Equal needs a key"))
			}
		case "Exists":
			if t.Value != "" {
				errs.Add(field.Errorf(path.Child("value"), "must be empty with operator Exists"))
			}
		default:
			errs.Add(field.Invalid(path.Child("operator"), t.Operator, "must be Exists or Equal"))
		}
		if !slices.Contains(tolerationEffects, t.Effect) {
			errs.Add(field.Invalid(path.Child("effect"), t.Effect, "must be NoSchedule, PreferNoSchedule or NoExecute"))
		}
	}
	return errs
}

func (p ModelServerProps) validateLifecycle() field.List {
	var errs field.List
	errs.Add(checkPathPrefix("probes.path", p.Probes.Path))
	period, startup := *p.Probes.Period, *p.Probes.StartupTimeout
	errs.Add(checkWholeSeconds("probes.period", period, time.Second))
	errs.Add(checkWholeSeconds("probes.startupTimeout", startup, time.Second))
	if period > 0 && startup < period {
		errs.Add(field.Invalid("probes.startupTimeout", startup.String(), fmt.Sprintf("is shorter than the probe period %s; the server could never start", period)))
	}
	errs.Add(checkWholeSeconds("terminationGracePeriod", *p.TerminationGracePeriod, time.Second))
	errs.Add(checkWholeSeconds("preStopSleep", *p.PreStopSleep, time.Second))
	if *p.PreStopSleep >= *p.TerminationGracePeriod {
		errs.Add(field.Invalid("preStopSleep", p.PreStopSleep.String(), fmt.Sprintf("must be shorter than terminationGracePeriod %s, or no time is left to finish requests", p.TerminationGracePeriod)))
	}
	return errs
}

// checkWholeSeconds accepts a duration of at least min in whole seconds.
func checkWholeSeconds(path field.Path, d, min time.Duration) *field.Error {
	switch {
	case d < min:
		return field.Invalid(path, d.String(), fmt.Sprintf("must be at least %s", min))
	case d%time.Second != 0:
		return field.Invalid(path, d.String(), "must be a whole number of seconds")
	}
	return nil
}

func (p ModelServerProps) validateVolumes() field.List {
	var errs field.List
	errs.Add(checkPositiveQuantity("shmSize", p.ShmSize))
	errs.Add(checkPositiveQuantity("cache.size", p.Cache.Size))
	shm, err1 := resource.ParseQuantity(p.ShmSize)
	limit, err2 := resource.ParseQuantity(p.Resources.MemoryLimit)
	if err1 == nil && err2 == nil && shm.Cmp(limit) >= 0 {
		errs.Add(field.Invalid("shmSize", p.ShmSize, fmt.Sprintf("must be below the memory limit %s: /dev/shm is memory", p.Resources.MemoryLimit)))
	}
	if claim := p.Cache.PersistentVolumeClaim; claim != nil {
		path := field.Path("cache.persistentVolumeClaim")
		if claim.StorageClassName != "" {
			errs.Add(checkDNSSubdomain(path.Child("storageClassName"), claim.StorageClassName))
		}
		switch claim.AccessMode {
		case "ReadWriteMany":
		case "ReadWriteOnce", "ReadWriteOncePod":
			if p.maxReplicas() > 1 {
				errs.Add(field.Invalid(path.Child("accessMode"), claim.AccessMode, fmt.Sprintf("mounts on one node only, but up to %d replicas may run; use ReadWriteMany", p.maxReplicas())))
			}
		default:
			errs.Add(field.Invalid(path.Child("accessMode"), claim.AccessMode, "must be ReadWriteMany, ReadWriteOnce or ReadWriteOncePod"))
		}
	}
	return errs
}

func (p ModelServerProps) validateReplicas() field.List {
	var errs field.List
	if p.Replicas != nil {
		if p.Autoscaling != nil {
			errs.Add(field.Errorf("replicas", "and autoscaling exclude each other: the autoscaler owns the replica count"))
		}
		if *p.Replicas < 1 {
			errs.Add(field.Invalid("replicas", *p.Replicas, "must be at least 1"))
		}
	}
	a := p.Autoscaling
	if a == nil {
		return errs
	}
	minimum, maximum := *a.MinReplicas, *a.MaxReplicas
	if minimum < 1 {
		errs.Add(field.Invalid("autoscaling.minReplicas", minimum, "must be at least 1"))
	}
	if maximum < 1 {
		errs.Add(field.Invalid("autoscaling.maxReplicas", maximum, "must be at least 1"))
	} else if minimum > maximum {
		errs.Add(field.Invalid("autoscaling.minReplicas", minimum, fmt.Sprintf("is above maxReplicas %d", maximum)))
	}
	if a.Metric != nil {
		if a.CPUUtilization != nil {
			errs.Add(field.Errorf("autoscaling.cpuUtilization", "and autoscaling.metric exclude each other: scale on one signal"))
		}
		if a.Metric.Name == "" || strings.ContainsAny(a.Metric.Name, "/%") {
			errs.Add(field.Invalid("autoscaling.metric.name", a.Metric.Name, "must be a metric name without '/' or '%'"))
		}
		errs.Add(checkPositiveQuantity("autoscaling.metric.averageValue", a.Metric.AverageValue))
	} else if *a.CPUUtilization < 1 {
		errs.Add(field.Invalid("autoscaling.cpuUtilization", *a.CPUUtilization, "must be a percentage above 0"))
	}
	errs.Add(checkWholeSeconds("autoscaling.scaleDownStabilization", *a.ScaleDownStabilization, 0))
	if *a.ScaleDownStabilization > time.Hour {
		errs.Add(field.Invalid("autoscaling.scaleDownStabilization", a.ScaleDownStabilization.String(), "must be at most 1h"))
	}
	return errs
}

var labelNamePattern = regexp.MustCompile(`^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$`)
var labelValuePattern = regexp.MustCompile(`^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$`)

func checkLabels(path field.Path, labels map[string]string) field.List {
	var errs field.List
	for _, key := range slices.Sorted(maps.Keys(labels)) {
		if !labelNamePattern.MatchString(key) {
			errs.Add(field.Invalid(path.Child(key), key, "is not a valid label key"))
		}
		if !labelValuePattern.MatchString(labels[key]) {
			errs.Add(field.Invalid(path.Child(key), labels[key], "is not a valid label value"))
		}
	}
	return errs
}
