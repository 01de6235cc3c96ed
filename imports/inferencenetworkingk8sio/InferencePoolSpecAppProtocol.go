package inferencenetworkingk8sio


// AppProtocol describes the application protocol for all the target ports.
//
// If unspecified, the protocol defaults to HTTP/1.1.
//
// Supported values include:
// * "http": HTTP/1.1. This is the default.
// * "kubernetes.io/h2c": HTTP/2 over cleartext.
type InferencePoolSpecAppProtocol string

const (
	// http.
	InferencePoolSpecAppProtocol_HTTP InferencePoolSpecAppProtocol = "HTTP"
	// kubernetes.io/h2c.
	InferencePoolSpecAppProtocol_KUBERNETES_PERIOD_IO_FORWARD_SLASH_H2C InferencePoolSpecAppProtocol = "KUBERNETES_PERIOD_IO_FORWARD_SLASH_H2C"
)

