package gatewaynetworkingk8sio


// GRPCHeaderMatch describes how to select a gRPC route by matching gRPC request headers.
type GrpcRouteSpecRulesMatchesHeaders struct {
	// Name is the name of the gRPC Header to be matched.
	//
	// If multiple entries specify equivalent header names, only the first
	// entry with an equivalent name MUST be considered for a match. Subsequent
	// entries with an equivalent header name MUST be ignored. Due to the
	// case-insensitivity of header names, "foo" and "Foo" are considered
	// equivalent.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Value is the value of the gRPC Header to be matched.
	Value *string `field:"required" json:"value" yaml:"value"`
	// Type specifies how to match against the value of the header.
	Type GrpcRouteSpecRulesMatchesHeadersType `field:"optional" json:"type" yaml:"type"`
}

