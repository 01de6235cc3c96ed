package gatewaynetworkingk8sio


// ReferenceGrantFrom describes trusted namespaces and kinds.
type ReferenceGrantSpecFrom struct {
	// Group is the group of the referent. When empty, the Kubernetes core API group is inferred.
	//
	// Support: Core.
	Group *string `field:"required" json:"group" yaml:"group"`
	// Kind is the kind of the referent.
	//
	// Although implementations may support
	// additional resources, the following types are part of the "Core"
	// support level for this field.
	//
	// When used to permit a SecretObjectReference:
	//
	// * Gateway
	//
	// When used to permit a BackendObjectReference:
	//
	// * GRPCRoute
	// * HTTPRoute
	// * TCPRoute
	// * TLSRoute
	// * UDPRoute.
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Namespace is the namespace of the referent.
	//
	// Support: Core.
	Namespace *string `field:"required" json:"namespace" yaml:"namespace"`
}

