package gatewaynetworkingk8sio


// Type specifies how to match against the path Value.
//
// Support: Core (Exact, PathPrefix)
//
// Support: Implementation-specific (RegularExpression).
type HttpRouteV1Beta1SpecRulesMatchesPathType string

const (
	// Exact.
	HttpRouteV1Beta1SpecRulesMatchesPathType_EXACT HttpRouteV1Beta1SpecRulesMatchesPathType = "EXACT"
	// PathPrefix.
	HttpRouteV1Beta1SpecRulesMatchesPathType_PATH_PREFIX HttpRouteV1Beta1SpecRulesMatchesPathType = "PATH_PREFIX"
	// RegularExpression.
	HttpRouteV1Beta1SpecRulesMatchesPathType_REGULAR_EXPRESSION HttpRouteV1Beta1SpecRulesMatchesPathType = "REGULAR_EXPRESSION"
)

