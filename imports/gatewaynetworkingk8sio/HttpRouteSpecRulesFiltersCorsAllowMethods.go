package gatewaynetworkingk8sio


type HttpRouteSpecRulesFiltersCorsAllowMethods string

const (
	// GET.
	HttpRouteSpecRulesFiltersCorsAllowMethods_GET HttpRouteSpecRulesFiltersCorsAllowMethods = "GET"
	// HEAD.
	HttpRouteSpecRulesFiltersCorsAllowMethods_HEAD HttpRouteSpecRulesFiltersCorsAllowMethods = "HEAD"
	// POST.
	HttpRouteSpecRulesFiltersCorsAllowMethods_POST HttpRouteSpecRulesFiltersCorsAllowMethods = "POST"
	// PUT.
	HttpRouteSpecRulesFiltersCorsAllowMethods_PUT HttpRouteSpecRulesFiltersCorsAllowMethods = "PUT"
	// DELETE.
	HttpRouteSpecRulesFiltersCorsAllowMethods_DELETE HttpRouteSpecRulesFiltersCorsAllowMethods = "DELETE"
	// CONNECT.
	HttpRouteSpecRulesFiltersCorsAllowMethods_CONNECT HttpRouteSpecRulesFiltersCorsAllowMethods = "CONNECT"
	// OPTIONS.
	HttpRouteSpecRulesFiltersCorsAllowMethods_OPTIONS HttpRouteSpecRulesFiltersCorsAllowMethods = "OPTIONS"
	// TRACE.
	HttpRouteSpecRulesFiltersCorsAllowMethods_TRACE HttpRouteSpecRulesFiltersCorsAllowMethods = "TRACE"
	// PATCH.
	HttpRouteSpecRulesFiltersCorsAllowMethods_PATCH HttpRouteSpecRulesFiltersCorsAllowMethods = "PATCH"
	// *.
	HttpRouteSpecRulesFiltersCorsAllowMethods_VALUE_ASTERISK HttpRouteSpecRulesFiltersCorsAllowMethods = "VALUE_ASTERISK"
)

