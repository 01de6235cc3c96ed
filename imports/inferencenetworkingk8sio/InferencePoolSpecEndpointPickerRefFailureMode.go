package inferencenetworkingk8sio


// FailureMode configures how the parent handles the case when the Endpoint Picker extension is non-responsive.
//
// When unspecified, defaults to "FailClose".
type InferencePoolSpecEndpointPickerRefFailureMode string

const (
	// FailOpen.
	InferencePoolSpecEndpointPickerRefFailureMode_FAIL_OPEN InferencePoolSpecEndpointPickerRefFailureMode = "FAIL_OPEN"
	// FailClose.
	InferencePoolSpecEndpointPickerRefFailureMode_FAIL_CLOSE InferencePoolSpecEndpointPickerRefFailureMode = "FAIL_CLOSE"
)

