package gatewaynetworkingk8sio


// Frontend describes TLS config when client connects to Gateway.
//
// Support: Core.
type GatewayV1Beta1SpecTlsFrontend struct {
	// Default specifies the default client certificate validation configuration for all Listeners handling HTTPS traffic, unless a per-port configuration is defined.
	//
	// support: Core.
	Default *GatewayV1Beta1SpecTlsFrontendDefault `field:"required" json:"default" yaml:"default"`
	// PerPort specifies tls configuration assigned per port.
	//
	// Per port configuration is optional. Once set this configuration overrides
	// the default configuration for all Listeners handling HTTPS traffic
	// that match this port.
	// Each override port requires a unique TLS configuration.
	//
	// support: Core.
	PerPort *[]*GatewayV1Beta1SpecTlsFrontendPerPort `field:"optional" json:"perPort" yaml:"perPort"`
}

