package gatewaynetworkingk8sio


// Type determines the format of the Subject Alternative Name. Always required.
//
// Support: Core.
type BackendTlsPolicySpecValidationSubjectAltNamesType string

const (
	// Hostname.
	BackendTlsPolicySpecValidationSubjectAltNamesType_HOSTNAME BackendTlsPolicySpecValidationSubjectAltNamesType = "HOSTNAME"
	// URI.
	BackendTlsPolicySpecValidationSubjectAltNamesType_URI BackendTlsPolicySpecValidationSubjectAltNamesType = "URI"
)

