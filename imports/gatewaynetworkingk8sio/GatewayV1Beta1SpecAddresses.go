package gatewaynetworkingk8sio


// GatewaySpecAddress describes an address that can be bound to a Gateway.
type GatewayV1Beta1SpecAddresses struct {
	// Type of the address.
	Type *string `field:"optional" json:"type" yaml:"type"`
	// When a value is unspecified, an implementation SHOULD automatically assign an address matching the requested type if possible.
	//
	// If an implementation does not support an empty value, they MUST set the
	// "Programmed" condition in status to False with a reason of "AddressNotAssigned".
	//
	// Examples: `1.2.3.4`, `128::1`, `my-ip-address`.
	Value *string `field:"optional" json:"value" yaml:"value"`
}

