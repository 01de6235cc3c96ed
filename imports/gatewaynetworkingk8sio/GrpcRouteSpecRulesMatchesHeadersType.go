package gatewaynetworkingk8sio


// Type specifies how to match against the value of the header.
type GrpcRouteSpecRulesMatchesHeadersType string

const (
	// Exact.
	GrpcRouteSpecRulesMatchesHeadersType_EXACT GrpcRouteSpecRulesMatchesHeadersType = "EXACT"
	// RegularExpression.
	GrpcRouteSpecRulesMatchesHeadersType_REGULAR_EXPRESSION GrpcRouteSpecRulesMatchesHeadersType = "REGULAR_EXPRESSION"
)

