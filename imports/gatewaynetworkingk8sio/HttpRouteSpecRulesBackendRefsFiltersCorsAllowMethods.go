package gatewaynetworkingk8sio


type HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods string

const (
	// GET.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_GET HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "GET"
	// HEAD.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_HEAD HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "HEAD"
	// POST.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_POST HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "POST"
	// PUT.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_PUT HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "PUT"
	// DELETE.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_DELETE HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "DELETE"
	// CONNECT.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_CONNECT HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "CONNECT"
	// OPTIONS.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_OPTIONS HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "OPTIONS"
	// TRACE.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_TRACE HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "TRACE"
	// PATCH.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_PATCH HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "PATCH"
	// *.
	HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_VALUE_ASTERISK HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = "VALUE_ASTERISK"
)

