package constructs

import (
	"slices"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	infapi "github.com/ai-gateway/ai-gateway/imports/inferencenetworkingk8sio"
	"github.com/ai-gateway/ai-gateway/internal/field"
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

// maxTargetPorts is the InferencePool CRD's limit.
const maxTargetPorts = 8

// EndpointPicker is the extension service that picks the replica for each
// request from the pool (KV-cache, queue depth, LoRA adapters).
type EndpointPicker struct {
	// Service of the endpoint picker, in the pool's namespace. Required.
	Service string
	// Port of its gRPC ext-proc endpoint. Required.
	Port int
	// FailureMode when the picker is unavailable. Default: FailClose.
	FailureMode FailureMode
}

// InferencePoolProps describes the pool of one model version's servers.
type InferencePoolProps struct {
	// Server whose pods form the pool. Required: the selector and target port
	// are read from the server's own objects, so they cannot disagree.
	Server *ModelServer
	// EndpointPicker chooses the replica per request. Default: none.
	EndpointPicker *EndpointPicker
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
}

// NewInferencePool validates props and adds the pool to scope. Errors name
// the prop by its config key.
func NewInferencePool(scope constructs.Construct, id string, props InferencePoolProps) (*InferencePool, error) {
	if props.EndpointPicker != nil && props.EndpointPicker.FailureMode == "" {
		picker := *props.EndpointPicker
		picker.FailureMode = FailClose
		props.EndpointPicker = &picker
	}
	if err := props.validate(); err != nil {
		return nil, err
	}
	pool := &InferencePool{
		Name:        props.Server.Name,
		Selector:    props.Server.PodLabels(),
		TargetPorts: []int{props.Server.props.Port},
	}
	if err := pool.validate(); err != nil {
		return nil, err
	}
	ports := make([]*infapi.InferencePoolSpecTargetPorts, len(pool.TargetPorts))
	for i, p := range pool.TargetPorts {
		ports[i] = &infapi.InferencePoolSpecTargetPorts{Number: jsii.Number(p)}
	}
	infapi.NewInferencePool(scope, jsii.String(id), &infapi.InferencePoolProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(pool.Name), Labels: nameLabel(props.Server.props.Model)},
		Spec: &infapi.InferencePoolSpec{
			Selector:          &infapi.InferencePoolSpecSelector{MatchLabels: stringMap(pool.Selector)},
			TargetPorts:       &ports,
			AppProtocol:       infapi.InferencePoolSpecAppProtocol_HTTP,
			EndpointPickerRef: endpointPickerRef(props.EndpointPicker),
		},
	})
	return pool, nil
}

// endpointPickerRef writes the group, kind and failure mode the API server
// would default, so re-applies show no drift.
func endpointPickerRef(p *EndpointPicker) *infapi.InferencePoolSpecEndpointPickerRef {
	if p == nil {
		return nil
	}
	mode := infapi.InferencePoolSpecEndpointPickerRefFailureMode_FAIL_CLOSE
	if p.FailureMode == FailOpen {
		mode = infapi.InferencePoolSpecEndpointPickerRefFailureMode_FAIL_OPEN
	}
	return &infapi.InferencePoolSpecEndpointPickerRef{
		Group:       jsii.String(""),
		Kind:        jsii.String("Service"),
		Name:        jsii.String(p.Service),
		Port:        &infapi.InferencePoolSpecEndpointPickerRefPort{Number: jsii.Number(p.Port)},
		FailureMode: mode,
	}
}

func (p InferencePoolProps) validate() error {
	var errs field.List
	if p.Server == nil {
		errs.Add(field.Required("server", "the ModelServer whose pods form the pool"))
	}
	if e := p.EndpointPicker; e != nil {
		errs.Add(checkServiceName("endpointPicker.service", e.Service))
		errs.Add(checkPort("endpointPicker.port", e.Port))
		if e.FailureMode != FailClose && e.FailureMode != FailOpen {
			errs.Add(field.Invalid("endpointPicker.failureMode", string(e.FailureMode), "must be FailClose or FailOpen"))
		}
	}
	return errs.Err()
}

// validate applies the CRD's rules to what the pool took from the server.
func (pool *InferencePool) validate() error {
	var errs field.List
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
