package gatewaynetworkingk8sio


// Type specifies how to match against the value of the query parameter.
//
// Support: Extended (Exact)
//
// Support: Implementation-specific (RegularExpression)
//
// Since RegularExpression QueryParamMatchType has Implementation-specific
// conformance, implementations can support POSIX, PCRE or any other
// dialects of regular expressions. Please read the implementation's
// documentation to determine the supported dialect.
type HttpRouteV1Beta1SpecRulesMatchesQueryParamsType string

const (
	// Exact.
	HttpRouteV1Beta1SpecRulesMatchesQueryParamsType_EXACT HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = "EXACT"
	// RegularExpression.
	HttpRouteV1Beta1SpecRulesMatchesQueryParamsType_REGULAR_EXPRESSION HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = "REGULAR_EXPRESSION"
)

