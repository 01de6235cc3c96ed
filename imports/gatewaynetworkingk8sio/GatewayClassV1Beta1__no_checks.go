//go:build no_runtime_type_checking

package gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateGatewayClassV1Beta1_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateGatewayClassV1Beta1_IsConstructParameters(x interface{}) error {
	return nil
}

func validateGatewayClassV1Beta1_ManifestParameters(props *GatewayClassV1Beta1Props) error {
	return nil
}

func validateGatewayClassV1Beta1_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewGatewayClassV1Beta1Parameters(scope constructs.Construct, id *string, props *GatewayClassV1Beta1Props) error {
	return nil
}

