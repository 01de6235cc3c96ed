package constructs

import (
	"maps"
	"slices"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"
	"k8s.io/apimachinery/pkg/api/resource"
)

// Where the server's writable volumes are mounted; the root filesystem is read-only.
const (
	tmpMount   = "/tmp"
	cacheMount = "/cache"
	shmMount   = "/dev/shm"
)

// addDeployment adds the version's Deployment. It leaves replicas unset when
// an autoscaler owns them; otherwise every apply would fight the autoscaler.
func (s *ModelServer) addDeployment(scope constructs.Construct) {
	p := s.props
	spec := &k8s.DeploymentSpec{
		Selector: &k8s.LabelSelector{MatchLabels: stringMap(s.selector())},
		Strategy: &k8s.DeploymentStrategy{
			Type: jsii.String("RollingUpdate"),
			// Start a new replica before stopping an old one: capacity never drops.
			RollingUpdate: &k8s.RollingUpdateDeployment{
				MaxSurge:       intOrString(1),
				MaxUnavailable: intOrString(0),
			},
		},
		// Loading weights can outlast the default 600 s progress deadline.
		ProgressDeadlineSeconds: jsii.Number(max(600, seconds(*p.Probes.StartupTimeout)+300)),
		Template: &k8s.PodTemplateSpec{
			Metadata: &k8s.ObjectMeta{Labels: stringMap(s.PodLabels())},
			Spec:     s.podSpec(),
		},
	}
	if p.Autoscaling == nil && !p.ExternalScaler {
		spec.Replicas = jsii.Number(*p.Replicas)
	}
	k8s.NewKubeDeployment(scope, s.childID("deployment"), &k8s.KubeDeploymentProps{
		Metadata: s.metadata(s.Name),
		Spec:     spec,
	})
}

// podSpec runs the server as a non-root user with no token, a read-only root
// filesystem, writable emptyDirs, and the default seccomp profile.
func (s *ModelServer) podSpec() *k8s.PodSpec {
	p := s.props
	spec := &k8s.PodSpec{
		ServiceAccountName:           jsii.String(s.Name),
		AutomountServiceAccountToken: jsii.Bool(false),
		// Service links would put VLLM_PORT=tcp://... into the environment of a
		// vLLM server in a namespace with a Service called vllm, breaking it.
		EnableServiceLinks:            jsii.Bool(false),
		SecurityContext:               restrictedPod(s.runAsUser),
		TerminationGracePeriodSeconds: jsii.Number(seconds(*p.TerminationGracePeriod)),
		TopologySpreadConstraints:     spreadOverNodes(s.selector()),
		Containers:                    &[]*k8s.Container{s.container()},
		Volumes:                       s.volumes(),
	}
	if len(p.NodeSelector) > 0 {
		spec.NodeSelector = stringMap(p.NodeSelector)
	}
	if len(p.Tolerations) > 0 {
		spec.Tolerations = s.tolerations()
	}
	return spec
}

func (s *ModelServer) container() *k8s.Container {
	p := s.props
	c := &k8s.Container{
		Name:  jsii.String("server"),
		Image: jsii.String(p.Image),
		// Always re-checks the registry (layers stay cached): a pod never starts from an
		// image that another workload pulled with credentials this one lacks.
		ImagePullPolicy: jsii.String("Always"),
		Env:             s.env(),
		Ports:           s.containerPorts(),
		Resources:       s.resources(),
		SecurityContext: restrictedContainer(),
		StartupProbe:    s.probe(*p.Probes.Period, startupFailures(p.Probes)),
		ReadinessProbe:  s.probe(*p.Probes.Period, 3),
		// Liveness is slower to give up than readiness: a server busy with long
		// generations leaves the endpoints first and is restarted only if it stays stuck.
		LivenessProbe: s.probe(2**p.Probes.Period, 5),
		VolumeMounts: &[]*k8s.VolumeMount{
			{Name: jsii.String("tmp"), MountPath: jsii.String(tmpMount)},
			{Name: jsii.String("cache"), MountPath: jsii.String(cacheMount)},
			{Name: jsii.String("shm"), MountPath: jsii.String(shmMount)},
		},
	}
	if args := append(slices.Clone(p.Args), p.LoRA.args()...); len(args) > 0 {
		c.Args = jsii.Strings(args...)
	}
	if *p.PreStopSleep > 0 {
		c.Lifecycle = &k8s.Lifecycle{
			PreStop: &k8s.LifecycleHandler{Sleep: &k8s.SleepAction{Seconds: jsii.Number(seconds(*p.PreStopSleep))}},
		}
	}
	return c
}

func (s *ModelServer) containerPorts() *[]*k8s.ContainerPort {
	ports := []*k8s.ContainerPort{{
		Name: jsii.String(s.portName()), ContainerPort: jsii.Number(s.port), Protocol: jsii.String("TCP"),
	}}
	if s.healthPort != s.port {
		ports = append(ports, &k8s.ContainerPort{
			Name: jsii.String(s.healthPortName()), ContainerPort: jsii.Number(s.healthPort), Protocol: jsii.String("TCP"),
		})
	}
	if m := s.props.MetricsPort; m != nil && *m != s.port && *m != s.healthPort {
		ports = append(ports, &k8s.ContainerPort{
			Name: jsii.String(s.metricsPortName()), ContainerPort: jsii.Number(*m), Protocol: jsii.String("TCP"),
		})
	}
	return &ports
}

// startupFailures is how many failed startup probes fit in the startup budget.
func startupFailures(p ServerProbes) int {
	period := *p.Period
	return int((*p.StartupTimeout + period - 1) / period)
}

func (s *ModelServer) probe(period time.Duration, failures int) *k8s.Probe {
	return &k8s.Probe{
		HttpGet: &k8s.HttpGetAction{
			Path: jsii.String(s.props.Probes.Path),
			Port: intOrString(s.healthPortName()),
		},
		PeriodSeconds:    jsii.Number(seconds(period)),
		TimeoutSeconds:   jsii.Number(5),
		FailureThreshold: jsii.Number(failures),
	}
}

// env puts HOME and the Hugging Face cache on writable volumes, then adds the
// configured variables in order.
func (s *ModelServer) env() *[]*k8s.EnvVar {
	defaults := map[string]string{"HOME": tmpMount, "HF_HOME": cacheMount + "/huggingface"}
	var env []*k8s.EnvVar
	for _, name := range slices.Sorted(maps.Keys(defaults)) {
		if !slices.ContainsFunc(s.props.Env, func(e EnvVar) bool { return e.Name == name }) {
			env = append(env, &k8s.EnvVar{Name: jsii.String(name), Value: jsii.String(defaults[name])})
		}
	}
	for _, e := range s.props.Env {
		v := &k8s.EnvVar{Name: jsii.String(e.Name)}
		if e.Secret != nil {
			v.ValueFrom = &k8s.EnvVarSource{SecretKeyRef: &k8s.SecretKeySelector{Name: jsii.String(e.Secret.Name), Key: jsii.String(e.Secret.Key)}}
		} else if e.Value != "" {
			v.Value = jsii.String(e.Value)
		}
		env = append(env, v)
	}
	return &env
}

// resources sets requests and limits, GPUs alike in both, and ephemeral
// storage that covers the disk-backed emptyDirs (their usage counts against it).
func (s *ModelServer) resources() *k8s.ResourceRequirements {
	r := s.props.Resources
	storage := resource.MustParse(r.EphemeralStorage)
	storage.Add(resource.MustParse(DefaultTmpSize))
	if s.props.Cache.PersistentVolumeClaim == nil {
		storage.Add(resource.MustParse(s.props.Cache.Size))
	}
	requests := map[string]k8s.Quantity{
		"cpu":               quantity(r.CPU),
		"memory":            quantity(r.Memory),
		"ephemeral-storage": quantity(storage.String()),
	}
	limits := map[string]k8s.Quantity{
		"cpu":               quantity(r.CPULimit),
		"memory":            quantity(r.MemoryLimit),
		"ephemeral-storage": quantity(storage.String()),
	}
	if r.GPUs != nil {
		gpus := resource.NewQuantity(int64(*r.GPUs), resource.DecimalSI).String()
		requests[r.GPUResource] = quantity(gpus)
		limits[r.GPUResource] = quantity(gpus)
	}
	return &k8s.ResourceRequirements{Requests: &requests, Limits: &limits}
}

func (s *ModelServer) volumes() *[]*k8s.Volume {
	cache := &k8s.Volume{Name: jsii.String("cache")}
	if s.props.Cache.PersistentVolumeClaim != nil {
		cache.PersistentVolumeClaim = &k8s.PersistentVolumeClaimVolumeSource{ClaimName: jsii.String(s.cacheClaimName())}
	} else {
		cache.EmptyDir = &k8s.EmptyDirVolumeSource{SizeLimit: quantity(s.props.Cache.Size)}
	}
	return &[]*k8s.Volume{
		{Name: jsii.String("tmp"), EmptyDir: &k8s.EmptyDirVolumeSource{SizeLimit: quantity(DefaultTmpSize)}},
		cache,
		{Name: jsii.String("shm"), EmptyDir: &k8s.EmptyDirVolumeSource{Medium: jsii.String("Memory"), SizeLimit: quantity(s.props.ShmSize)}},
	}
}

func (s *ModelServer) tolerations() *[]*k8s.Toleration {
	out := make([]*k8s.Toleration, len(s.props.Tolerations))
	for i, t := range s.props.Tolerations {
		out[i] = &k8s.Toleration{Key: optional(t.Key), Operator: optional(t.Operator), Value: optional(t.Value), Effect: optional(t.Effect)}
	}
	return &out
}
