package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"
	"k8s.io/apimachinery/pkg/api/resource"
)

// addDeployment adds the picker's Deployment. One replica rolls over with a
// surge: the new picker is ready (its pool synced) before the old one stops.
// Leader-elected replicas cannot: a new pod is never ready while an old
// leader holds the Lease, so a rolling update would stall; they are
// recreated, as upstream's chart does.
func (p *endpointPicker) addDeployment(scope constructs.Construct) {
	strategy := &k8s.DeploymentStrategy{
		Type:          jsii.String("RollingUpdate"),
		RollingUpdate: &k8s.RollingUpdateDeployment{MaxSurge: intOrString(1), MaxUnavailable: intOrString(0)},
	}
	if p.leaderElection() {
		strategy = &k8s.DeploymentStrategy{Type: jsii.String("Recreate")}
	}
	k8s.NewKubeDeployment(scope, p.childID("deployment"), &k8s.KubeDeploymentProps{
		Metadata: p.metadata(p.name),
		Spec: &k8s.DeploymentSpec{
			Replicas: jsii.Number(*p.props.Replicas),
			Selector: &k8s.LabelSelector{MatchLabels: stringMap(p.selector())},
			Strategy: strategy,
			Template: &k8s.PodTemplateSpec{
				Metadata: &k8s.ObjectMeta{Labels: stringMap(p.podLabels())},
				Spec:     p.podSpec(),
			},
		},
	})
}

// podSpec runs the picker with the model servers' pod defaults (non-root,
// seccomp, read-only root filesystem), but with an API token: the picker
// watches its pool and its pods. It outlives the pool's servers on shutdown,
// since each ext-proc stream lasts as long as the generation it carries.
func (p *endpointPicker) podSpec() *k8s.PodSpec {
	return &k8s.PodSpec{
		ServiceAccountName:            jsii.String(p.name),
		AutomountServiceAccountToken:  jsii.Bool(true),
		EnableServiceLinks:            jsii.Bool(false),
		SecurityContext:               restrictedPod(p.server.runAsUser),
		TerminationGracePeriodSeconds: jsii.Number(seconds(*p.server.props.TerminationGracePeriod + pickerExtraGrace)),
		TopologySpreadConstraints:     spreadOverNodes(p.selector()),
		Containers:                    &[]*k8s.Container{p.container()},
		Volumes: &[]*k8s.Volume{
			{Name: jsii.String("config"), ConfigMap: &k8s.ConfigMapVolumeSource{Name: jsii.String(p.name)}},
			{Name: jsii.String("tmp"), EmptyDir: &k8s.EmptyDirVolumeSource{SizeLimit: quantity(pickerTmpSize)}},
		},
	}
}

func (p *endpointPicker) container() *k8s.Container {
	storage := resource.MustParse(pickerStorage)
	storage.Add(resource.MustParse(pickerTmpSize))
	resources := map[string]k8s.Quantity{
		"cpu":               quantity(p.props.Resources.CPU),
		"memory":            quantity(p.props.Resources.Memory),
		"ephemeral-storage": quantity(storage.String()),
	}
	return &k8s.Container{
		Name:            jsii.String("epp"),
		Image:           jsii.String(p.props.Image),
		ImagePullPolicy: jsii.String("Always"),
		Args:            jsii.Strings(p.args()...),
		Env: &[]*k8s.EnvVar{
			fieldEnv("NAMESPACE", "metadata.namespace"),
			fieldEnv("POD_NAME", "metadata.name"),
		},
		Ports: &[]*k8s.ContainerPort{
			{Name: jsii.String("grpc"), ContainerPort: jsii.Number(PickerExtProcPort), Protocol: jsii.String("TCP")},
			{Name: jsii.String("grpc-health"), ContainerPort: jsii.Number(PickerHealthPort), Protocol: jsii.String("TCP")},
			{Name: jsii.String("metrics"), ContainerPort: jsii.Number(PickerMetricsPort), Protocol: jsii.String("TCP")},
		},
		Resources:       &k8s.ResourceRequirements{Requests: &resources, Limits: &resources},
		SecurityContext: restrictedContainer(),
		// "liveness" answers once the server runs; "readiness" once the pool is
		// synced and, with leader election, only on the leader, so the
		// Service sends the gateway to the leader alone.
		StartupProbe:   grpcProbe("liveness", 2, 30),
		LivenessProbe:  grpcProbe("liveness", 10, 3),
		ReadinessProbe: grpcProbe("readiness", 2, 3),
		Lifecycle: &k8s.Lifecycle{
			PreStop: &k8s.LifecycleHandler{Sleep: &k8s.SleepAction{Seconds: jsii.Number(seconds(pickerPreStopSleep))}},
		},
		VolumeMounts: &[]*k8s.VolumeMount{
			{Name: jsii.String("config"), MountPath: jsii.String(pickerConfigDir), ReadOnly: jsii.Bool(true)},
			{Name: jsii.String("tmp"), MountPath: jsii.String(tmpMount)},
		},
	}
}

func grpcProbe(service string, periodSeconds, failures int) *k8s.Probe {
	return &k8s.Probe{
		Grpc:             &k8s.GrpcAction{Port: jsii.Number(PickerHealthPort), Service: jsii.String(service)},
		PeriodSeconds:    jsii.Number(periodSeconds),
		FailureThreshold: jsii.Number(failures),
	}
}

// fieldEnv sets an environment variable from the pod's own metadata.
func fieldEnv(name, fieldPath string) *k8s.EnvVar {
	return &k8s.EnvVar{
		Name:      jsii.String(name),
		ValueFrom: &k8s.EnvVarSource{FieldRef: &k8s.ObjectFieldSelector{FieldPath: jsii.String(fieldPath)}},
	}
}
