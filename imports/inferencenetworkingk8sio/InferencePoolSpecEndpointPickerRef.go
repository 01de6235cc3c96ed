package inferencenetworkingk8sio


// EndpointPickerRef is a reference to the Endpoint Picker extension and its associated configuration.
type InferencePoolSpecEndpointPickerRef struct {
	// Name is the name of the referent API object.
	Name *string `field:"required" json:"name" yaml:"name"`
	// FailureMode configures how the parent handles the case when the Endpoint Picker extension is non-responsive.
	//
	// When unspecified, defaults to "FailClose".
	FailureMode InferencePoolSpecEndpointPickerRefFailureMode `field:"optional" json:"failureMode" yaml:"failureMode"`
	// Group is the group of the referent API object.
	//
	// When unspecified, the default value
	// is "", representing the Core API group.
	Group *string `field:"optional" json:"group" yaml:"group"`
	// Kind is the Kubernetes resource kind of the referent.
	//
	// Required if the referent is ambiguous, e.g. service with multiple ports.
	//
	// Defaults to "Service" when not specified.
	//
	// ExternalName services can refer to CNAME DNS records that may live
	// outside of the cluster and as such are difficult to reason about in
	// terms of conformance. They also may not be safe to forward to (see
	// CVE-2021-25740 for more information). Implementations MUST NOT
	// support ExternalName Services.
	// Default: Service" when not specified.
	//
	Kind *string `field:"optional" json:"kind" yaml:"kind"`
	// Port is the port of the Endpoint Picker extension service.
	//
	// Port is required when the referent is a Kubernetes Service. In this
	// case, the port number is the service port number, not the target port.
	// For other resources, destination port might be derived from the referent
	// resource or this field.
	Port *InferencePoolSpecEndpointPickerRefPort `field:"optional" json:"port" yaml:"port"`
}

