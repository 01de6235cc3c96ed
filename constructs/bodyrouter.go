package constructs

import (
	"encoding/json"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"

	"github.com/ai-gateway/ai-gateway/implementations"
)

// The body-based router that sets the model header from the body for the
// implementations whose mechanism is an ext-proc server (Istio, Envoy
// Gateway): the Inference Extension's, at its last release in that
// repository (v1.5.0; sigs.k8s.io/gateway-api-inference-extension,
// cmd/bbr, config/charts/body-based-routing). Its successor, llm-d's
// payload processor, publishes only a moving :main image.
const (
	DefaultBodyRouterImage = "registry.k8s.io/gateway-api-inference-extension/bbr:v1.5.0"
	// BodyRouterExtProcPort serves the gateway's ext-proc stream.
	BodyRouterExtProcPort = 9004
	// BodyRouterHealthPort serves gRPC health checks (any service name).
	BodyRouterHealthPort = 9005
	// BodyRouterMetricsPort serves /metrics, for nobody yet.
	BodyRouterMetricsPort = 9090
	bodyRouterReplicas    = 2
	bodyRouterCPU         = "500m"
	bodyRouterMemory      = "512Mi"
	bodyRouterStorage     = "256Mi"
	// bodyRouterUser is distroless static:nonroot's, the image's base.
	bodyRouterUser = 65532
)

// bodyModel is what sets the gateway's model header from the body: the
// mechanism of its implementation, and the body-based router when the
// mechanism needs one.
type bodyModel struct {
	g      *AIGateway
	wiring bodyModelWiring
}

// bodyModelWiring is one mechanism as the app writes it.
type bodyModelWiring struct {
	// router runs the body-based router, serving TLS (its own self-signed
	// certificate) or cleartext HTTP/2; nil for none.
	router *bodyRouterServing
	// wire adds the implementation's objects that do the work (or attach
	// the router to the Gateway), each named like the router.
	wire func(b bodyModel, scope constructs.Construct, id string)
	// kinds are the kinds wire adds.
	kinds []string
}

// bodyRouterServing is how the router serves the gateway.
type bodyRouterServing struct {
	tls bool
}

// bodyModelWirings is the table of mechanisms: a new implementation is a row.
var bodyModelWirings = map[implementations.BodyModelMechanism]bodyModelWiring{
	implementations.PreRoutingTransformation: {wire: addPreRoutingModelHeader, kinds: []string{"AgentgatewayPolicy"}},
	implementations.IstioExtProc:             {router: &bodyRouterServing{tls: true}, wire: addIstioExtProc, kinds: []string{"EnvoyFilter", "DestinationRule"}},
	implementations.EnvoyGatewayExtProc:      {router: &bodyRouterServing{tls: false}, wire: addEnvoyGatewayExtProc, kinds: []string{"EnvoyExtensionPolicy"}},
}

// bodyModel is the gateway's mechanism; validate has made sure there is one.
func (g *AIGateway) bodyModel() bodyModel {
	return bodyModel{g: g, wiring: bodyModelWirings[implementations.BodyModel[g.props.Implementation.Name]]}
}

// RunsBodyRouter reports whether the gateway runs the body-based router,
// which AllowTrafficFrom alone may reach.
func (g *AIGateway) RunsBodyRouter() bool {
	return g.props.ModelFrom == ModelFromBody && g.bodyModel().wiring.router != nil
}

// name names the router and the wiring's objects: GATEWAY-body-model.
func (b bodyModel) name() string { return b.g.Name + "-body-model" }

// header is the header set from the body.
func (b bodyModel) header() string { return b.g.props.ModelHeader }

func (b bodyModel) add(scope constructs.Construct, id string) {
	if b.wiring.router != nil {
		b.addRouter(scope, id)
	}
	b.wiring.wire(b, scope, id)
}

func (b bodyModel) objects() []ObjectID {
	ns, name := b.g.Namespace, b.name()
	var out []ObjectID
	if b.wiring.router != nil {
		for _, kind := range []string{"ServiceAccount", "Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy"} {
			out = append(out, ObjectID{kind, ns, name})
		}
	}
	for _, kind := range b.wiring.kinds {
		out = append(out, ObjectID{kind, ns, name})
	}
	return out
}

// host is the router Service's cluster DNS name.
func (b bodyModel) host() string {
	return fmt.Sprintf("%s.%s.svc.cluster.local", b.name(), b.g.Namespace)
}

func (b bodyModel) metadata() *k8s.ObjectMeta {
	return &k8s.ObjectMeta{Name: jsii.String(b.name()), Labels: stringMap(map[string]string{ModelLabel: "body-based-router"})}
}

// selector selects the router's pods alone.
func (b bodyModel) selector() map[string]string {
	return map[string]string{ModelLabel: "body-based-router", instanceLabel: b.name()}
}

// addRouter runs the router: two replicas on different nodes (every HTTP
// request passes through it, and the gateway fails a request it cannot
// reach), a PodDisruptionBudget, a ServiceAccount (the router's
// controller-runtime manager needs an API token to start, though with its
// one plugin it watches nothing, so it has no Role), and a NetworkPolicy
// that admits only the gateway's pods.
func (b bodyModel) addRouter(scope constructs.Construct, id string) {
	k8s.NewKubeServiceAccount(scope, jsii.String(id+"-service-account"), &k8s.KubeServiceAccountProps{
		Metadata:                     b.metadata(),
		AutomountServiceAccountToken: jsii.Bool(false),
	})
	k8s.NewKubeDeployment(scope, jsii.String(id+"-deployment"), &k8s.KubeDeploymentProps{
		Metadata: b.metadata(),
		Spec: &k8s.DeploymentSpec{
			Replicas: jsii.Number(bodyRouterReplicas),
			Selector: &k8s.LabelSelector{MatchLabels: stringMap(b.selector())},
			Strategy: &k8s.DeploymentStrategy{
				Type:          jsii.String("RollingUpdate"),
				RollingUpdate: &k8s.RollingUpdateDeployment{MaxSurge: intOrString(1), MaxUnavailable: intOrString(0)},
			},
			Template: &k8s.PodTemplateSpec{
				Metadata: &k8s.ObjectMeta{Labels: stringMap(b.selector())},
				Spec:     b.podSpec(),
			},
		},
	})
	appProtocol := "kubernetes.io/h2c"
	if b.wiring.router.tls {
		appProtocol = "HTTP2" // as upstream's chart: Istio then speaks TLS (the DestinationRule) over HTTP/2
	}
	k8s.NewKubeService(scope, jsii.String(id+"-service"), &k8s.KubeServiceProps{
		Metadata: b.metadata(),
		Spec: &k8s.ServiceSpec{
			Type:     jsii.String("ClusterIP"),
			Selector: stringMap(b.selector()),
			Ports: &[]*k8s.ServicePort{{
				Name: jsii.String("grpc-ext-proc"), Port: jsii.Number(BodyRouterExtProcPort), TargetPort: intOrString("grpc"),
				Protocol: jsii.String("TCP"), AppProtocol: jsii.String(appProtocol),
			}},
		},
	})
	k8s.NewKubePodDisruptionBudget(scope, jsii.String(id+"-disruption-budget"), &k8s.KubePodDisruptionBudgetProps{
		Metadata: b.metadata(),
		Spec: &k8s.PodDisruptionBudgetSpec{
			MaxUnavailable:             intOrString(1),
			Selector:                   &k8s.LabelSelector{MatchLabels: stringMap(b.selector())},
			UnhealthyPodEvictionPolicy: jsii.String("AlwaysAllow"),
		},
	})
	addIngressPolicy(scope, jsii.String(id+"-network-policy"), b.metadata(), b.selector(), admitPeers(b.g.props.AllowTrafficFrom, BodyRouterExtProcPort))
}

func (b bodyModel) podSpec() *k8s.PodSpec {
	return &k8s.PodSpec{
		ServiceAccountName:           jsii.String(b.name()),
		AutomountServiceAccountToken: jsii.Bool(true),
		EnableServiceLinks:           jsii.Bool(false),
		SecurityContext:              restrictedPod(bodyRouterUser),
		TopologySpreadConstraints:    spreadOverNodes(b.selector()),
		Containers:                   &[]*k8s.Container{b.container()},
		Volumes: &[]*k8s.Volume{
			{Name: jsii.String("tmp"), EmptyDir: &k8s.EmptyDirVolumeSource{SizeLimit: quantity(pickerTmpSize)}},
		},
	}
}

func (b bodyModel) container() *k8s.Container {
	resources := map[string]k8s.Quantity{
		"cpu":               quantity(bodyRouterCPU),
		"memory":            quantity(bodyRouterMemory),
		"ephemeral-storage": quantity(bodyRouterStorage),
	}
	probe := func(period, failures int) *k8s.Probe {
		return &k8s.Probe{
			Grpc:             &k8s.GrpcAction{Port: jsii.Number(BodyRouterHealthPort)},
			PeriodSeconds:    jsii.Number(period),
			FailureThreshold: jsii.Number(failures),
		}
	}
	return &k8s.Container{
		Name:            jsii.String("bbr"),
		Image:           jsii.String(DefaultBodyRouterImage),
		ImagePullPolicy: jsii.String("IfNotPresent"),
		Args:            jsii.Strings(b.args()...),
		Env:             &[]*k8s.EnvVar{fieldEnv("NAMESPACE", "metadata.namespace")},
		Ports: &[]*k8s.ContainerPort{
			{Name: jsii.String("grpc"), ContainerPort: jsii.Number(BodyRouterExtProcPort), Protocol: jsii.String("TCP")},
			{Name: jsii.String("grpc-health"), ContainerPort: jsii.Number(BodyRouterHealthPort), Protocol: jsii.String("TCP")},
		},
		Resources:       &k8s.ResourceRequirements{Requests: &resources, Limits: &resources},
		SecurityContext: restrictedContainer(),
		StartupProbe:    probe(2, 30),
		LivenessProbe:   probe(10, 3),
		ReadinessProbe:  probe(2, 3),
		VolumeMounts:    &[]*k8s.VolumeMount{{Name: jsii.String("tmp"), MountPath: jsii.String(tmpMount)}},
	}
}

// args run the router (pkg/bbr/server/options.go of v1.5.0) with one
// plugin, body-field-to-header, copying the body's model into the model
// header. Envoy's ext-proc sets a header a client sent too, rather than
// adding a second value (set_headers without append; Envoy's
// source/extensions/filters/http/ext_proc/mutation_utils.cc), so the body
// wins. Without base-model-to-header the router watches no ConfigMaps:
// LoRA adapters and rewritten names already have matches of their own in
// their model's route (aliases), so the copied name itself routes them.
func (b bodyModel) args() []string {
	plugin, _ := json.Marshal(map[string]string{"fieldName": "model", "headerName": b.header()})
	return []string{
		// Envoy sends the body FULL_DUPLEX_STREAMED; the router reads it whole.
		"--streaming",
		fmt.Sprintf("--secure-serving=%t", b.wiring.router.tls),
		fmt.Sprintf("--grpc-port=%d", BodyRouterExtProcPort),
		fmt.Sprintf("--grpc-health-port=%d", BodyRouterHealthPort),
		fmt.Sprintf("--metrics-port=%d", BodyRouterMetricsPort),
		"--metrics-endpoint-auth=false",
		"--enable-pprof=false",
		"--tracing=false",
		"--plugin", "body-field-to-header:model-to-header:" + string(plugin),
	}
}
