package constructs

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation"

	"github.com/ai-gateway/ai-gateway/field"
)

// validateNames checks the names the server's objects are given, before
// defaults: a name derived from others is reported at the key it derives
// from, once.
func (p ModelServerProps) validateNames() field.List {
	var errs field.List
	errs.Add(checkDNSLabel("model", p.Model))
	errs.Add(checkDNSLabel("version", p.Version))
	if len(errs) > 0 {
		return errs
	}
	name := p.Model + "-" + p.Version
	if len(name) > 63 {
		errs.Add(field.Invalid("version", p.Version, fmt.Sprintf("makes the object name %q longer than 63 characters", name)))
	}
	if p.ServiceName != "" {
		errs.Add(checkServiceName("service.name", p.ServiceName))
	} else if err := checkServiceName("", name); err != nil && len(name) <= 63 {
		errs.Add(field.Invalid("model", p.Model, fmt.Sprintf("makes the Service name %q, which must start with a letter; name the Service (service.name)", name)))
	}
	return errs
}

func (p ModelServerProps) validate() error {
	var errs field.List
	errs.Add(checkImage("image", p.Image))
	errs = append(errs, validateEnv(p.Env)...)
	errs = append(errs, p.LoRA.validate(p.Args)...)
	if p.LoRA != nil && p.Protocol == ProtocolGRPC {
		errs.Add(field.Errorf("lora", "needs protocol http: the adapters are flags of vLLM's OpenAI server"))
	}
	errs.Add(p.checkCommandSize())
	errs.Add(checkPort("port", *p.Port))
	if p.HealthPort != p.Port {
		errs.Add(checkPort("healthPort", *p.HealthPort))
	}
	if p.MetricsPort != nil && p.MetricsPort != p.Port {
		errs.Add(checkPort("metricsPort", *p.MetricsPort))
	}
	if p.Protocol != ProtocolHTTP && p.Protocol != ProtocolGRPC {
		errs.Add(field.Invalid("protocol", string(p.Protocol), "must be http or grpc"))
	}
	errs = append(errs, p.Resources.validate("resources")...)
	errs = append(errs, checkLabels("nodeSelector", p.NodeSelector)...)
	errs = append(errs, validateTolerations(p.Tolerations)...)
	errs = append(errs, p.validateLifecycle()...)
	errs = append(errs, p.validateVolumes()...)
	if *p.RunAsUser <= 10000 {
		errs.Add(field.Invalid("runAsUser", *p.RunAsUser, "must be above 10000, clear of the host's system and user IDs"))
	}
	errs = append(errs, p.validateReplicas()...)
	errs = append(errs, p.Monitoring.validate()...)
	errs.Add(checkPort("service.port", *p.ServicePort))
	for i, peer := range p.AllowTrafficFrom {
		path := field.Path("allowTrafficFrom").Index(i)
		errs = append(errs, checkLabels(path.Child("namespaceLabels"), peer.NamespaceLabels)...)
		errs = append(errs, checkLabels(path.Child("podLabels"), peer.PodLabels)...)
	}
	return errs.Err()
}

// maxCommandBytes bounds a server's args and env. kubectl apply keeps a copy
// of each object in an annotation, and the API server takes at most 256 KiB
// of annotations per object; half of that leaves room for the rest.
const maxCommandBytes = 128 << 10

// checkCommandSize keeps the Deployment within what the API server takes.
func (p ModelServerProps) checkCommandSize() *field.Error {
	n := 0
	for _, a := range append(slices.Clone(p.Args), p.LoRA.args()...) {
		n += len(a)
	}
	for _, e := range p.Env {
		n += len(e.Name) + len(e.Value)
	}
	if n <= maxCommandBytes {
		return nil
	}
	return field.Errorf("args", "args and env take %d bytes; a server may take at most %d (the Deployment, with the copy kubectl apply keeps in an annotation, must stay under the API server's 256 KiB limit)", n, maxCommandBytes)
}

func validateEnv(env []EnvVar) field.List {
	var errs field.List
	seen := map[string]bool{}
	for _, e := range env {
		path := field.Path("env").Child(e.Name)
		if e.Secret != nil {
			path = field.Path("secretEnv").Child(e.Name)
		}
		if len(validation.IsEnvVarName(e.Name)) > 0 {
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
	if *p.TerminationGracePeriod == 0 {
		errs.Add(field.Invalid("terminationGracePeriod", "0s", "must be at least 1s: 0s kills the server at once, ending every generation in flight"))
	} else {
		errs.Add(checkWholeSeconds("terminationGracePeriod", *p.TerminationGracePeriod, time.Second))
	}
	errs.Add(checkWholeSeconds("preStopSleep", *p.PreStopSleep, 0)) // 0s: no sleep
	if *p.PreStopSleep >= *p.TerminationGracePeriod {
		errs.Add(field.Invalid("preStopSleep", p.PreStopSleep.String(), fmt.Sprintf("must be shorter than terminationGracePeriod %s, or no time is left to finish requests", p.TerminationGracePeriod)))
	}
	return errs
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
	if a == nil || p.ExternalScaler {
		return errs // the Scaler checks what it scales on
	}
	minimum, maximum := *a.MinReplicas, *a.MaxReplicas
	if minimum < 1 {
		errs.Add(field.Invalid("autoscaling.minReplicas", minimum, "must be at least 1 (only a KEDA scaler of a pool with flow control scales to zero)"))
	}
	if maximum < 1 {
		errs.Add(field.Invalid("autoscaling.maxReplicas", maximum, "must be at least 1"))
	} else if minimum > maximum {
		errs.Add(field.Invalid("autoscaling.minReplicas", minimum, fmt.Sprintf("is above maxReplicas %d", maximum)))
	}
	if *a.CPUUtilization < 1 {
		errs.Add(field.Invalid("autoscaling.cpuUtilization", *a.CPUUtilization, "must be a percentage above 0"))
	}
	for _, key := range []struct {
		name string
		set  bool
	}{{"metric", a.Metric != nil}, {"pickerSignals", a.PickerSignals != nil}, {"pollingInterval", a.PollingInterval != nil}, {"cooldown", a.Cooldown != nil}} {
		if key.set {
			errs.Add(field.Errorf(field.Path("autoscaling").Child(key.name), "is a KEDA scaler's; the server scales on CPU with an HPA of its own (a metric needs monitoring, which makes it a scaler)"))
		}
	}
	errs.Add(checkWholeSeconds("autoscaling.scaleDownStabilization", *a.ScaleDownStabilization, 0))
	if *a.ScaleDownStabilization > time.Hour {
		errs.Add(field.Invalid("autoscaling.scaleDownStabilization", a.ScaleDownStabilization.String(), "must be at most 1h"))
	}
	return errs
}
