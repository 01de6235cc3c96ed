package gatewaynetworkingk8sio


// Type specifies how to match against the service and/or method. Support: Core (Exact with service and method specified).
//
// Support: Implementation-specific (Exact with method specified but no service specified)
//
// Support: Implementation-specific (RegularExpression).
type GrpcRouteSpecRulesMatchesMethodType string

const (
	// Exact.
	GrpcRouteSpecRulesMatchesMethodType_EXACT GrpcRouteSpecRulesMatchesMethodType = "EXACT"
	// RegularExpression.
	GrpcRouteSpecRulesMatchesMethodType_REGULAR_EXPRESSION GrpcRouteSpecRulesMatchesMethodType = "REGULAR_EXPRESSION"
)

