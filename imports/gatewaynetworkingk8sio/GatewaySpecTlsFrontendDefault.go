package gatewaynetworkingk8sio


// Default specifies the default client certificate validation configuration for all Listeners handling HTTPS traffic, unless a per-port configuration is defined.
//
// support: Core.
type GatewaySpecTlsFrontendDefault struct {
	// Validation holds configuration information for validating the frontend (client).
	//
	// Setting this field will result in mutual authentication when connecting to the gateway.
	// In browsers this may result in a dialog appearing
	// that requests a user to specify the client certificate.
	// The maximum depth of a certificate chain accepted in verification is Implementation specific.
	//
	// Support: Core.
	Validation *GatewaySpecTlsFrontendDefaultValidation `field:"optional" json:"validation" yaml:"validation"`
}

