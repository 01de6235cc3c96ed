//go:build no_runtime_type_checking

package gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateListenerSet_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateListenerSet_IsConstructParameters(x interface{}) error {
	return nil
}

func validateListenerSet_ManifestParameters(props *ListenerSetProps) error {
	return nil
}

func validateListenerSet_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewListenerSetParameters(scope constructs.Construct, id *string, props *ListenerSetProps) error {
	return nil
}

