package gatewaynetworkingk8sio


// HTTPRouteMatch defines the predicate used to match requests to a given action.
//
// Multiple match types are ANDed together, i.e. the match will
// evaluate to true only if all conditions are satisfied.
//
// For example, the match below will match a HTTP request only if its path
// starts with `/foo` AND it contains the `version: v1` header:
//
// ```
// match:
//
// path:
// value: "/foo"
// headers:
// - name: "version"
// value "v1"
//
// ```.
type HttpRouteV1Beta1SpecRulesMatches struct {
	// Headers specifies HTTP request header matchers.
	//
	// Multiple match values are
	// ANDed together, meaning, a request must match all the specified headers
	// to select the route.
	Headers *[]*HttpRouteV1Beta1SpecRulesMatchesHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.
	//
	// Support: Extended.
	Method HttpRouteV1Beta1SpecRulesMatchesMethod `field:"optional" json:"method" yaml:"method"`
	// Path specifies a HTTP request path matcher.
	//
	// If this field is not
	// specified, a default prefix match on the "/" path is provided.
	Path *HttpRouteV1Beta1SpecRulesMatchesPath `field:"optional" json:"path" yaml:"path"`
	// QueryParams specifies HTTP query parameter matchers.
	//
	// Multiple match
	// values are ANDed together, meaning, a request must match all the
	// specified query parameters to select the route.
	//
	// Support: Extended.
	QueryParams *[]*HttpRouteV1Beta1SpecRulesMatchesQueryParams `field:"optional" json:"queryParams" yaml:"queryParams"`
}

