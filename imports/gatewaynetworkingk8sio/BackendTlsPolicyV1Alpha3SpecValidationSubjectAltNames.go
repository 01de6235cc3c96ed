package gatewaynetworkingk8sio


// SubjectAltName represents Subject Alternative Name.
type BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames struct {
	// Type determines the format of the Subject Alternative Name. Always required.
	//
	// Support: Core.
	Type BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType `field:"required" json:"type" yaml:"type"`
	// Hostname contains Subject Alternative Name specified in DNS name format. Required when Type is set to Hostname, ignored otherwise.
	//
	// Support: Core.
	Hostname *string `field:"optional" json:"hostname" yaml:"hostname"`
	// URI contains Subject Alternative Name specified in a full URI format.
	//
	// It MUST include both a scheme (e.g., "http" or "ftp") and a scheme-specific-part.
	// Common values include SPIFFE IDs like "spiffe://mycluster.example.com/ns/myns/sa/svc1sa".
	// Required when Type is set to URI, ignored otherwise.
	//
	// Support: Core.
	Uri *string `field:"optional" json:"uri" yaml:"uri"`
}

