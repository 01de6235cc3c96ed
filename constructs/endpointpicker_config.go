package constructs

import (
	"sigs.k8s.io/yaml"
)

// PickerConfigAPIVersion is the apiVersion of the picker's plugin
// configuration. llm-d-router also reads it as llm-d.ai/v1alpha1; this older
// name is the one every picker release since the Inference Extension's v1.0
// reads.
const PickerConfigAPIVersion = "inference.networking.x-k8s.io/v1alpha1"

// PickerConfigFile is the picker's plugin configuration (EndpointPickerConfig).
type PickerConfigFile struct {
	APIVersion         string          `json:"apiVersion"`
	Kind               string          `json:"kind"`
	Plugins            []PickerPlugin  `json:"plugins"`
	SchedulingProfiles []PickerProfile `json:"schedulingProfiles"`
}

// PickerPlugin declares one plugin by name and type.
type PickerPlugin struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// PickerProfile is a scheduling profile: the plugins that score the
// pool's pods, each with its weight, and the picker that chooses.
type PickerProfile struct {
	Name    string             `json:"name"`
	Plugins []PickerPluginUsed `json:"plugins"`
}

// PickerPluginUsed refers to a declared plugin from a profile.
type PickerPluginUsed struct {
	PluginRef string `json:"pluginRef"`
	Weight    *int   `json:"weight,omitempty"`
}

// DefaultPickerConfig is upstream's default profile (llm-d-router's chart and
// built-in defaults, and the Inference Extension's before it): queue depth and
// KV-cache use weigh 2 each, prefix-cache hits 3; the highest score wins. The
// profile handler and picker that the picker would add by itself are declared
// here, so the file says everything the picker does.
func DefaultPickerConfig() PickerConfigFile {
	weight := func(n int) *int { return &n }
	return PickerConfigFile{
		APIVersion: PickerConfigAPIVersion,
		Kind:       "EndpointPickerConfig",
		Plugins: []PickerPlugin{
			{Name: "queue-scorer", Type: "queue-scorer"},
			{Name: "kv-cache-utilization-scorer", Type: "kv-cache-utilization-scorer"},
			{Name: "prefix-cache-scorer", Type: "prefix-cache-scorer"},
			{Name: "max-score-picker", Type: "max-score-picker"},
			{Name: "single-profile-handler", Type: "single-profile-handler"},
		},
		SchedulingProfiles: []PickerProfile{{
			Name: "default",
			Plugins: []PickerPluginUsed{
				{PluginRef: "queue-scorer", Weight: weight(2)},
				{PluginRef: "kv-cache-utilization-scorer", Weight: weight(2)},
				{PluginRef: "prefix-cache-scorer", Weight: weight(3)},
				{PluginRef: "max-score-picker"},
			},
		}},
	}
}

// PickerConfig renders DefaultPickerConfig as the ConfigMap holds it.
func PickerConfig() string {
	data, err := yaml.Marshal(DefaultPickerConfig())
	if err != nil {
		panic(err) // plain structs of strings and ints always marshal
	}
	return string(data)
}
