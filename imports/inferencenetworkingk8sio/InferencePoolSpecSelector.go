package inferencenetworkingk8sio


// Selector determines which Pods are members of this inference pool.
//
// It matches Pods by their labels only within the same namespace; cross-namespace
// selection is not supported.
//
// The structure of this LabelSelector is intentionally simple to be compatible
// with Kubernetes Service selectors, as some implementations may translate
// this configuration into a Service resource.
type InferencePoolSpecSelector struct {
	// MatchLabels contains a set of required {key,value} pairs.
	//
	// An object must match every label in this map to be selected.
	// The matching logic is an AND operation on all entries.
	MatchLabels *map[string]*string `field:"required" json:"matchLabels" yaml:"matchLabels"`
}

