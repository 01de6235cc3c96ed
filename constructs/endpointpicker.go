package constructs

import (
	"fmt"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"

	"github.com/ai-gateway/ai-gateway/field"
)

// FailureMode says what the gateway does when the endpoint picker does not answer.
type FailureMode string

// Failure modes of the Inference Extension.
const (
	// FailClose rejects the request: no replica is chosen blindly.
	FailClose FailureMode = "FailClose"
	// FailOpen sends the request to a replica the gateway chooses itself.
	FailOpen FailureMode = "FailOpen"
)

// Defaults of the endpoint picker the platform runs for a pool. The image is
// llm-d-router's endpoint picker, which took the picker over from the
// Inference Extension repository in its v1.6.0 release.
const (
	DefaultPickerImage    = "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0"
	DefaultPickerReplicas = 1
	DefaultPickerCPU      = "4"
	DefaultPickerMemory   = "8Gi"
	// PickerExtProcPort serves the gateway's gRPC ext-proc stream (TLS, the
	// picker's self-signed certificate); the pool's endpointPickerRef names it.
	PickerExtProcPort = 9002
	// PickerHealthPort serves the gRPC health checks of the probes.
	PickerHealthPort = 9003
	// PickerMetricsPort serves Prometheus metrics at /metrics.
	PickerMetricsPort = 9090
)

// Where the picker reads its plugin configuration.
const (
	pickerConfigDir  = "/config"
	pickerConfigFile = "default-plugins.yaml"
	pickerTmpSize    = "64Mi"
	pickerStorage    = "1Gi"
	// pickerPreStopSleep and the grace period beyond the pool's: in-flight
	// ext-proc streams last as long as the generations they carry.
	pickerPreStopSleep = 5 * time.Second
	pickerExtraGrace   = 10 * time.Second
	// maxPickerReplicas bounds the standbys: one leader picks, the rest wait.
	maxPickerReplicas = 5
)

// EndpointPicker is the extension service that picks the replica of a pool
// for each request (KV-cache use, queue depth, prefix-cache hits). Either
// name a picker you run yourself (Service and Port), or leave Service empty
// and the pool gets a picker of its own, POOL-epp, configured by the rest.
type EndpointPicker struct {
	// Service of a picker you run yourself, in the pool's namespace.
	// Default: none; the platform runs one for the pool.
	Service string
	// Port of that Service's ext-proc endpoint. Required with Service, and
	// only set with it: the platform's own picker serves on 9002.
	Port *int
	// FailureMode when the picker is unavailable. Default: FailClose.
	FailureMode FailureMode
	// Replicas of the platform's picker. Above 1 they elect a leader through
	// a Lease and only the leader is ready (active-passive, as upstream
	// runs it): a crashed leader is replaced in seconds. Default: 1.
	Replicas *int
	// Image of the platform's picker, with a tag or digest.
	// Default: ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0.
	Image string
	// Resources of each replica of the platform's picker, requested and
	// limited alike. Default: 4 CPUs, 8Gi (llm-d-router's chart asks for 8
	// CPUs and 8Gi for its largest pools).
	Resources PickerResources
	// FlowControl of the platform's picker: requests wait in priority bands
	// while the pool is saturated or has no ready endpoint. Default: off.
	FlowControl *FlowControl
}

// PickerResources are the CPU and memory of one picker replica.
type PickerResources struct {
	// CPU, e.g. "4". Default: 4.
	CPU string
	// Memory, e.g. "8Gi". Default: 8Gi.
	Memory string
}

// external reports whether the picker is one the user runs.
func (e EndpointPicker) external() bool { return e.Service != "" }

func (e EndpointPicker) withDefaults() EndpointPicker {
	e.FailureMode = orDefault(e.FailureMode, FailClose)
	if e.external() {
		return e
	}
	e.Replicas = intOrDefault(e.Replicas, DefaultPickerReplicas)
	e.Image = orDefault(e.Image, DefaultPickerImage)
	e.Resources.CPU = orDefault(e.Resources.CPU, DefaultPickerCPU)
	e.Resources.Memory = orDefault(e.Resources.Memory, DefaultPickerMemory)
	e.FlowControl = e.FlowControl.withDefaults()
	return e
}

// validate checks the picker keys; path is where they sit (endpointPicker).
func (e EndpointPicker) validate(path field.Path) field.List {
	var errs field.List
	if e.FailureMode != FailClose && e.FailureMode != FailOpen {
		errs.Add(field.Invalid(path.Child("failureMode"), string(e.FailureMode), "must be FailClose or FailOpen"))
	}
	if e.external() {
		errs.Add(checkServiceName(path.Child("service"), e.Service))
		if e.Port == nil {
			errs.Add(field.Required(path.Child("port"), "the ext-proc port of your picker's Service"))
		} else {
			errs.Add(checkPort(path.Child("port"), *e.Port))
		}
		for _, key := range []struct {
			name string
			set  bool
		}{{"replicas", e.Replicas != nil}, {"image", e.Image != ""}, {"resources", e.Resources != PickerResources{}}, {"flowControl", e.FlowControl != nil}} {
			if key.set {
				errs.Add(field.Errorf(path.Child(key.name), "configures the platform's own picker; with service the picker is yours"))
			}
		}
		return errs
	}
	if e.Port != nil {
		errs.Add(field.Errorf(path.Child("port"), "is only set with service; the platform's picker serves on %d", PickerExtProcPort))
	}
	if *e.Replicas < 1 || *e.Replicas > maxPickerReplicas {
		errs.Add(field.Invalid(path.Child("replicas"), *e.Replicas, fmt.Sprintf("must be between 1 and %d (one leader, the rest stand by)", maxPickerReplicas)))
	}
	errs.Add(checkImage(path.Child("image"), e.Image))
	errs.Add(checkPositiveQuantity(path.Child("resources.cpu"), e.Resources.CPU))
	errs.Add(checkPositiveQuantity(path.Child("resources.memory"), e.Resources.Memory))
	errs = append(errs, e.FlowControl.validate(path.Child("flowControl"))...)
	return errs
}

// endpointPicker is the picker the platform runs for one pool: a
// ServiceAccount, Role and RoleBinding, the plugin ConfigMap, a Deployment,
// its Service, a NetworkPolicy for its own pods and one that lets it read the
// pool's metrics.
type endpointPicker struct {
	name   string
	pool   *InferencePool
	server *ModelServer
	props  EndpointPicker
	id     string
}

// newEndpointPicker adds the pool's picker to scope.
func newEndpointPicker(scope constructs.Construct, id string, pool *InferencePool, server *ModelServer, props EndpointPicker) {
	p := &endpointPicker{name: pickerName(pool.Name), pool: pool, server: server, props: props, id: id}
	p.addServiceAccount(scope)
	p.addRole(scope)
	p.addRoleBinding(scope)
	p.addConfigMap(scope)
	p.addDeployment(scope)
	p.addService(scope)
	p.addNetworkPolicy(scope)
	p.addScrapePolicy(scope)
	if m := server.props.Monitoring; m != nil {
		addPodMonitor(scope, *p.childID("monitor"), PodMonitorProps{Name: p.name, Model: server.props.Model, Selector: p.selector(), Port: "metrics", Monitoring: m})
	}
}

// pickerName names every object of a pool's picker but one.
func pickerName(pool string) string { return pool + "-epp" }

// scrapePolicyName names the policy that lets the picker read its pool's metrics.
func scrapePolicyName(pool string) string { return pickerName(pool) + "-scrape" }

func (p *endpointPicker) childID(name string) *string { return jsii.String(p.id + "-" + name) }

// leaderElection is on with more than one replica: only the leader picks.
func (p *endpointPicker) leaderElection() bool { return *p.props.Replicas > 1 }

// metadata names one of the picker's objects and labels it with the model.
func (p *endpointPicker) metadata(name string) *k8s.ObjectMeta {
	return &k8s.ObjectMeta{Name: jsii.String(name), Labels: modelLabels(p.server.props.Model)}
}

// selector selects exactly this picker's pods. The instance label differs
// from every model server's, so the servers' selectors never pick them up.
func (p *endpointPicker) selector() map[string]string {
	return map[string]string{
		ModelLabel:    p.server.props.Model,
		instanceLabel: p.name,
	}
}

// podLabels are the labels of the picker's pods.
func (p *endpointPicker) podLabels() map[string]string {
	labels := p.selector()
	labels[componentLabel] = "endpoint-picker"
	return labels
}
