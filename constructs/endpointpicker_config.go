package constructs

import (
	"slices"

	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/internal/llmd"
)

// DefaultPickerConfig is upstream's default profile (llm-d-router's chart and
// built-in defaults, and the Inference Extension's before it): queue depth and
// KV-cache use weigh 2 each, prefix-cache hits 3; the highest score wins. The
// profile handler and picker that the picker would add by itself are declared
// here, so the file says everything the picker does.
func DefaultPickerConfig() llmd.Config {
	weight := func(n int) *int { return &n }
	return llmd.Config{
		APIVersion: llmd.ConfigAPIVersion,
		Kind:       llmd.ConfigKind,
		Plugins: []llmd.Plugin{
			{Name: llmd.QueueScorer, Type: llmd.QueueScorer},
			{Name: llmd.KVCacheScorer, Type: llmd.KVCacheScorer},
			{Name: llmd.PrefixCacheScorer, Type: llmd.PrefixCacheScorer},
			{Name: llmd.MaxScorePicker, Type: llmd.MaxScorePicker},
			{Name: llmd.SingleProfileHandler, Type: llmd.SingleProfileHandler},
		},
		SchedulingProfiles: []llmd.Profile{{
			Name: "default",
			Plugins: []llmd.PluginUsed{
				{PluginRef: llmd.QueueScorer, Weight: weight(2)},
				{PluginRef: llmd.KVCacheScorer, Weight: weight(2)},
				{PluginRef: llmd.PrefixCacheScorer, Weight: weight(3)},
				{PluginRef: llmd.MaxScorePicker},
			},
		}},
	}
}

// llmd.LoRAAffinityScorer prefers the replicas that have a request's LoRA
// adapter loaded, then those with room to load it (llm-d-router v0.10.0,
// scorer/loraaffinity, reading vLLM's vllm:lora_requests_info). It weighs as
// much as queue depth: a replica that must load the adapter first pays for
// it like a longer queue.
const loraAffinityWeight = 2

// PickerConfigFor is DefaultPickerConfig with the LoRA-affinity scorer when
// the pool's servers serve adapters, and flow control when it is on.
func PickerConfigFor(adapters bool, flow *llmd.FlowControl) llmd.Config {
	cfg := DefaultPickerConfig()
	if adapters {
		cfg.Plugins = slices.Insert(cfg.Plugins, 3, llmd.Plugin{Name: llmd.LoRAAffinityScorer, Type: llmd.LoRAAffinityScorer})
		weight := loraAffinityWeight
		profile := &cfg.SchedulingProfiles[0]
		profile.Plugins = slices.Insert(profile.Plugins, 3, llmd.PluginUsed{PluginRef: llmd.LoRAAffinityScorer, Weight: &weight})
	}
	if flow != nil {
		cfg.FeatureGates = []string{llmd.FlowControlFeatureGate}
		cfg.FlowControl = flow
	}
	return cfg
}

// RenderPickerConfig renders a configuration as the ConfigMap holds it.
func RenderPickerConfig(cfg llmd.Config) string {
	data, err := yaml.Marshal(cfg)
	if err != nil {
		panic(err) // plain structs of strings and ints always marshal
	}
	return string(data)
}
