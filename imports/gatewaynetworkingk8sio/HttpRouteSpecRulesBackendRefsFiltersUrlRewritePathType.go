package gatewaynetworkingk8sio


// Type defines the type of path modifier. Additional types may be added in a future release of the API.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
type HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType string

const (
	// ReplaceFullPath.
	HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType_REPLACE_FULL_PATH HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = "REPLACE_FULL_PATH"
	// ReplacePrefixMatch.
	HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType_REPLACE_PREFIX_MATCH HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = "REPLACE_PREFIX_MATCH"
)

