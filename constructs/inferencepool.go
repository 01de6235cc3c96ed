package constructs

import (
	"fmt"
	"slices"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"k8s.io/apimachinery/pkg/util/validation"

	"github.com/ai-gateway/ai-gateway/field"
	infapi "github.com/ai-gateway/ai-gateway/imports/inferencenetworkingk8sio"
)

// maxTargetPorts is the InferencePool CRD's limit.
const maxTargetPorts = 8

// inferencePoolGroup is the API group of the InferencePool (its v1).
const inferencePoolGroup = "inference.networking.k8s.io"

// InferencePoolProps describes the pool of one model version's servers.
type InferencePoolProps struct {
	// Server whose pods form the pool. Required: the selector and target port
	// are read from the server's own objects, so they cannot disagree.
	Server *ModelServer
	// EndpointPicker chooses the replica per request: one you run, or one
	// the pool runs for itself. Default: the pool's own, with defaults.
	EndpointPicker EndpointPicker
	// Objectives are the classes of requests with their priorities, an
	// InferenceObjective each. Default: none; every request has priority 0.
	Objectives []Objective
	// Rewrites send the requests for one model name to others, by weight
	// (an InferenceModelRewrite). Default: none.
	Rewrites []ModelRewrite
}

// InferencePool is an inference.networking.k8s.io/v1 InferencePool: the
// model-aware backend an HTTPRoute targets instead of a Service.
type InferencePool struct {
	// Name of the pool (the server's name).
	Name string
	// Selector is the pool's pod selector, equal to the server's pod labels.
	Selector map[string]string
	// TargetPorts are the serving ports of the pods.
	TargetPorts []int
	// Picker is the Service and port of the pool's endpoint picker.
	Picker ServiceRef
	props  InferencePoolProps
}

// NewInferencePool validates props and adds the pool to scope, with its own
// endpoint picker unless props name one you run. Errors name the prop by its
// config key.
func NewInferencePool(scope constructs.Construct, id string, props InferencePoolProps) (*InferencePool, error) {
	pool, err := PlanInferencePool(props)
	return added(scope, id, pool, err)
}

// PlanInferencePool applies defaults to props and validates them, without
// touching a chart: the pool and its picker as they will be.
func PlanInferencePool(props InferencePoolProps) (*InferencePool, error) {
	props.EndpointPicker = props.EndpointPicker.withDefaults()
	props.Rewrites = rewritesWithDefaults(props.Rewrites)
	if err := props.validate(); err != nil {
		return nil, err
	}
	pool := &InferencePool{
		Name:        props.Server.Name,
		Selector:    props.Server.PodLabels(),
		TargetPorts: []int{props.Server.port},
		props:       props,
	}
	if err := pool.validate(props.EndpointPicker); err != nil {
		return nil, err
	}
	picker := props.EndpointPicker
	pool.Picker = ServiceRef{Name: pickerName(pool.Name), Namespace: props.Server.Service.Namespace, Port: PickerExtProcPort}
	if picker.external() {
		pool.Picker = ServiceRef{Name: picker.Service, Namespace: props.Server.Service.Namespace, Port: *picker.Port}
	}
	return pool, nil
}

// Add adds the planned pool, and its picker unless it is one you run, to
// scope; their ids start with id.
func (pool *InferencePool) Add(scope constructs.Construct, id string) {
	props := pool.props
	picker := props.EndpointPicker
	if !picker.external() {
		newEndpointPicker(scope, id+"-picker", pool, props.Server, picker)
	}
	ports := make([]*infapi.InferencePoolSpecTargetPorts, len(pool.TargetPorts))
	for i, p := range pool.TargetPorts {
		ports[i] = &infapi.InferencePoolSpecTargetPorts{Number: jsii.Number(p)}
	}
	pool.addObjectives(scope, id)
	pool.addRewrites(scope, id)
	infapi.NewInferencePool(scope, jsii.String(id), &infapi.InferencePoolProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(pool.Name), Labels: modelLabels(props.Server.props.Model)},
		Spec: &infapi.InferencePoolSpec{
			Selector:          &infapi.InferencePoolSpecSelector{MatchLabels: stringMap(pool.Selector)},
			TargetPorts:       &ports,
			AppProtocol:       infapi.InferencePoolSpecAppProtocol_HTTP,
			EndpointPickerRef: endpointPickerRef(pool.Picker, picker.FailureMode),
		},
	})
}

// Objects are the objects the pool and its own picker write.
func (pool *InferencePool) Objects() []ObjectID {
	ns := pool.props.Server.Service.Namespace
	objects := []ObjectID{{"InferencePool", ns, pool.Name}}
	for _, o := range pool.props.Objectives {
		objects = append(objects, ObjectID{"InferenceObjective", ns, pool.objectiveName(o.Name)})
	}
	if len(pool.props.Rewrites) > 0 {
		objects = append(objects, ObjectID{"InferenceModelRewrite", ns, pool.Name})
	}
	if !pool.props.EndpointPicker.external() {
		name := pickerName(pool.Name)
		for _, kind := range []string{"ServiceAccount", "Role", "RoleBinding", "ConfigMap", "Deployment", "Service", "NetworkPolicy"} {
			objects = append(objects, ObjectID{kind, ns, name})
		}
		objects = append(objects, ObjectID{"NetworkPolicy", ns, scrapePolicyName(pool.Name)})
		if pool.props.Server.props.Monitoring != nil {
			objects = append(objects, ObjectID{"PodMonitor", ns, name})
		}
	}
	return objects
}

// endpointPickerRef writes the group, kind and failure mode the API server
// would default, so re-applies show no drift.
func endpointPickerRef(p ServiceRef, failureMode FailureMode) *infapi.InferencePoolSpecEndpointPickerRef {
	mode := infapi.InferencePoolSpecEndpointPickerRefFailureMode_FAIL_CLOSE
	if failureMode == FailOpen {
		mode = infapi.InferencePoolSpecEndpointPickerRefFailureMode_FAIL_OPEN
	}
	return &infapi.InferencePoolSpecEndpointPickerRef{
		Group:       jsii.String(""),
		Kind:        jsii.String("Service"),
		Name:        jsii.String(p.Name),
		Port:        &infapi.InferencePoolSpecEndpointPickerRefPort{Number: jsii.Number(p.Port)},
		FailureMode: mode,
	}
}

func (p InferencePoolProps) validate() error {
	var errs field.List
	if p.Server == nil {
		errs.Add(field.Required("server", "the ModelServer whose pods form the pool"))
	}
	errs = append(errs, p.EndpointPicker.validate("endpointPicker")...)
	errs = append(errs, validateObjectives(p.Objectives)...)
	errs = append(errs, validateRewrites(p.Rewrites)...)
	return errs.Err()
}

// validate applies the CRD's rules to what the pool took from the server,
// and checks the name its own picker would get.
func (pool *InferencePool) validate(picker EndpointPicker) error {
	var errs field.List
	if name := pickerName(pool.Name); !picker.external() && len(name) > 63 {
		errs.Add(field.Invalid("version", pool.Name, fmt.Sprintf("makes the endpoint picker's name %q longer than 63 characters", name)))
	}
	errs = append(errs, pool.validateRewriteTargets()...)
	for i, o := range pool.props.Objectives {
		if name := pool.objectiveName(o.Name); len(validation.IsDNS1123Subdomain(name)) > 0 {
			errs.Add(field.Invalid(field.Path("objectives").Index(i).Child("name"), o.Name, fmt.Sprintf("makes the InferenceObjective name %q, which is not a DNS subdomain", name)))
		}
	}
	if len(pool.Selector) == 0 {
		errs.Add(field.Errorf("server", "has no pod labels to select"))
	}
	errs = append(errs, checkLabels("server.podLabels", pool.Selector)...)
	if n := len(pool.TargetPorts); n == 0 || n > maxTargetPorts {
		errs.Add(field.Errorf("server.port", "gives %d target ports; a pool takes 1 to %d", n, maxTargetPorts))
	}
	for i, port := range pool.TargetPorts {
		errs.Add(checkPort(field.Path("server.port"), port))
		if slices.Index(pool.TargetPorts, port) != i {
			errs.Add(field.Invalid("server.port", port, "is listed twice (port number must be unique)"))
		}
	}
	return errs.Err()
}
