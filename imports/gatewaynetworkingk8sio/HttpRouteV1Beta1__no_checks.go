//go:build no_runtime_type_checking

package gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateHttpRouteV1Beta1_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateHttpRouteV1Beta1_IsConstructParameters(x interface{}) error {
	return nil
}

func validateHttpRouteV1Beta1_ManifestParameters(props *HttpRouteV1Beta1Props) error {
	return nil
}

func validateHttpRouteV1Beta1_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewHttpRouteV1Beta1Parameters(scope constructs.Construct, id *string, props *HttpRouteV1Beta1Props) error {
	return nil
}

