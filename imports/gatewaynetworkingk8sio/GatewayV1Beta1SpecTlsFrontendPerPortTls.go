package gatewaynetworkingk8sio


// TLS store the configuration that will be applied to all Listeners handling HTTPS traffic and matching given port.
//
// Support: Core.
type GatewayV1Beta1SpecTlsFrontendPerPortTls struct {
	// Validation holds configuration information for validating the frontend (client).
	//
	// Setting this field will result in mutual authentication when connecting to the gateway.
	// In browsers this may result in a dialog appearing
	// that requests a user to specify the client certificate.
	// The maximum depth of a certificate chain accepted in verification is Implementation specific.
	//
	// Support: Core.
	Validation *GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation `field:"optional" json:"validation" yaml:"validation"`
}

