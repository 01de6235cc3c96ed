package inferencenetworkingk8sio


// Port is the port of the Endpoint Picker extension service.
//
// Port is required when the referent is a Kubernetes Service. In this
// case, the port number is the service port number, not the target port.
// For other resources, destination port might be derived from the referent
// resource or this field.
type InferencePoolSpecEndpointPickerRefPort struct {
	// Number defines the port number to access the selected model server Pods.
	//
	// The number must be in the range 1 to 65535.
	Number *float64 `field:"required" json:"number" yaml:"number"`
}

