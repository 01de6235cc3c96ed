package gatewaynetworkingk8sio


// Spec defines the desired state of ReferenceGrant.
type ReferenceGrantSpec struct {
	// From describes the trusted namespaces and kinds that can reference the resources described in "To".
	//
	// Each entry in this list MUST be considered
	// to be an additional place that references can be valid from, or to put
	// this another way, entries MUST be combined using OR.
	//
	// Support: Core.
	From *[]*ReferenceGrantSpecFrom `field:"required" json:"from" yaml:"from"`
	// To describes the resources that may be referenced by the resources described in "From".
	//
	// Each entry in this list MUST be considered to be an
	// additional place that references can be valid to, or to put this another
	// way, entries MUST be combined using OR.
	//
	// Support: Core.
	To *[]*ReferenceGrantSpecTo `field:"required" json:"to" yaml:"to"`
}

