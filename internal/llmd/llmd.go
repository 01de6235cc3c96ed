// Package llmd holds what the app writes against llm-d-router v0.10.0, the
// endpoint picker of its InferencePools, in one place: the format of the
// picker's configuration file (EndpointPickerConfig, llm-d.ai/v1alpha1;
// apix/config/v1alpha1 in llm-d-router), the names of the plugins it uses
// and the request header that names an InferenceObjective. The constructs
// write them; the topology picture and the tests read them back.
package llmd

// ObjectiveHeader names a request's InferenceObjective (pkg/epp/metadata:
// ObjectiveKey). The picker looks the objective up by its object name among
// those whose poolRef is its own pool; a request that names none, or one of
// another pool, has priority 0.
const ObjectiveHeader = "x-llm-d-inference-objective"

// ConfigAPIVersion is the apiVersion of the configuration file, the group
// the picker reads without a deprecation (pkg/epp/config/loader: the older
// inference.networking.x-k8s.io/v1alpha1 is still read, and logged as
// deprecated).
const ConfigAPIVersion = "llm-d.ai/v1alpha1"

// ConfigKind is the kind of the configuration file.
const ConfigKind = "EndpointPickerConfig"

// FlowControlFeatureGate turns flow control on (pkg/epp/flowcontrol:
// FeatureGate); without it the picker ignores the flowControl block but for
// its saturation detector.
const FlowControlFeatureGate = "flowControl"

// Plugin types the app configures (each plugin's Type constant upstream).
const (
	QueueScorer          = "queue-scorer"
	KVCacheScorer        = "kv-cache-utilization-scorer"
	PrefixCacheScorer    = "prefix-cache-scorer"
	LoRAAffinityScorer   = "lora-affinity-scorer"
	MaxScorePicker       = "max-score-picker"
	SingleProfileHandler = "single-profile-handler"
)

// Config is the picker's configuration file.
type Config struct {
	APIVersion         string       `json:"apiVersion"`
	Kind               string       `json:"kind"`
	FeatureGates       []string     `json:"featureGates,omitempty"`
	Plugins            []Plugin     `json:"plugins"`
	SchedulingProfiles []Profile    `json:"schedulingProfiles"`
	FlowControl        *FlowControl `json:"flowControl,omitempty"`
}

// Plugin declares one plugin by name and type.
type Plugin struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// Profile is a scheduling profile: the plugins that score the pool's pods,
// each with its weight, and the picker that chooses.
type Profile struct {
	Name    string       `json:"name"`
	Plugins []PluginUsed `json:"plugins"`
}

// PluginUsed refers to a declared plugin from a profile.
type PluginUsed struct {
	PluginRef string `json:"pluginRef"`
	Weight    *int   `json:"weight,omitempty"`
}

// FlowControl is the flowControl block (FlowControlConfig): global limits
// (maxRequests and maxBytes are quantities; "0" or none is no limit), how
// long a request may wait with and without ready endpoints (durations), and
// the priority bands.
type FlowControl struct {
	MaxBytes             string         `json:"maxBytes,omitempty"`
	MaxRequests          string         `json:"maxRequests,omitempty"`
	DefaultRequestTTL    string         `json:"defaultRequestTTL"`
	NoEndpointRequestTTL string         `json:"noEndpointRequestTTL"`
	PriorityBands        []PriorityBand `json:"priorityBands,omitempty"`
}

// PriorityBand is a queue of one priority, with the picker's default
// capacity and policies.
type PriorityBand struct {
	Priority int `json:"priority"`
}
