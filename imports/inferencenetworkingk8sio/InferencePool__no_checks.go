//go:build no_runtime_type_checking

package inferencenetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateInferencePool_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateInferencePool_IsConstructParameters(x interface{}) error {
	return nil
}

func validateInferencePool_ManifestParameters(props *InferencePoolProps) error {
	return nil
}

func validateInferencePool_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewInferencePoolParameters(scope constructs.Construct, id *string, props *InferencePoolProps) error {
	return nil
}

