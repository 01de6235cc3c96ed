package gatewaynetworkingk8sio


// Type defines the type of path modifier. Additional types may be added in a future release of the API.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
type HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType string

const (
	// ReplaceFullPath.
	HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType_REPLACE_FULL_PATH HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = "REPLACE_FULL_PATH"
	// ReplacePrefixMatch.
	HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType_REPLACE_PREFIX_MATCH HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = "REPLACE_PREFIX_MATCH"
)

