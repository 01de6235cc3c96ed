package gatewaynetworkingk8sio


// AllowedListeners defines which ListenerSets can be attached to this Gateway.
//
// The default value is to allow no ListenerSets.
type GatewayV1Beta1SpecAllowedListeners struct {
	// Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
	//
	// The default value is to allow no ListenerSets.
	Namespaces *GatewayV1Beta1SpecAllowedListenersNamespaces `field:"optional" json:"namespaces" yaml:"namespaces"`
}

