package inferencenetworkingk8sio


// Port defines the network port that will be exposed by this InferencePool.
type InferencePoolSpecTargetPorts struct {
	// Number defines the port number to access the selected model server Pods.
	//
	// The number must be in the range 1 to 65535.
	Number *float64 `field:"required" json:"number" yaml:"number"`
}

