package gatewaynetworkingk8sio


// URLRewrite defines a schema for a filter that modifies a request during forwarding.
//
// Support: Extended.
type HttpRouteSpecRulesFiltersUrlRewrite struct {
	// Hostname is the value to be used to replace the Host header value during forwarding.
	//
	// Support: Extended.
	Hostname *string `field:"optional" json:"hostname" yaml:"hostname"`
	// Path defines a path rewrite.
	//
	// Support: Extended.
	Path *HttpRouteSpecRulesFiltersUrlRewritePath `field:"optional" json:"path" yaml:"path"`
}

