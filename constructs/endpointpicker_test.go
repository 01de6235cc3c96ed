package constructs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/internal/llmd"
)

func TestEndpointPickerGolden(t *testing.T) {
	tests := []struct {
		name   string
		picker EndpointPicker
	}{
		{"picker-defaults", EndpointPicker{}},
		{"picker-leader-elected", EndpointPicker{
			Replicas:    intPtr(2),
			Image:       "ghcr.io/llm-d/llm-d-router-endpoint-picker@sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
			Resources:   PickerResources{CPU: "2", Memory: "4096Mi"},
			FailureMode: FailOpen,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, chart := newChart()
			server, err := NewModelServer(chart, "server", gpuServer())
			require.NoError(t, err)
			pool, err := NewInferencePool(chart, "pool", InferencePoolProps{Server: server, EndpointPicker: tt.picker})
			require.NoError(t, err)
			assert.Equal(t, ServiceRef{Name: "chat-stable-epp", Namespace: testNamespace, Port: PickerExtProcPort}, pool.Picker,
				"the pool names its own picker's ext-proc Service")
			assertGolden(t, app, tt.name)
		})
	}
}

func TestPickerRulesGrantWhatThePickerReads(t *testing.T) {
	read := []string{"get", "list", "watch"}
	single := []PickerRule{
		{APIGroups: []string{""}, Resources: []string{"pods"}, Verbs: read},
		{APIGroups: []string{"inference.networking.k8s.io"}, Resources: []string{"inferencepools"}, ResourceNames: []string{"chat-stable"}, Verbs: read},
		{APIGroups: []string{"inference.networking.x-k8s.io", "llm-d.ai"}, Resources: []string{"inferenceobjectives", "inferencemodelrewrites"}, Verbs: read},
	}
	assert.Equal(t, single, PickerRules("chat-stable", false), "one replica reads its pods, its pool and the objectives")
	elected := append(single,
		PickerRule{APIGroups: []string{"coordination.k8s.io"}, Resources: []string{"leases"}, Verbs: []string{"get", "create", "update"}},
		PickerRule{APIGroups: []string{""}, Resources: []string{"events"}, Verbs: []string{"create", "patch"}},
	)
	assert.Equal(t, elected, PickerRules("chat-stable", true), "leader election adds its Lease and events, nothing else")
}

func TestPickerConfigRefersOnlyToDeclaredPlugins(t *testing.T) {
	var cfg llmd.Config
	require.NoError(t, yaml.UnmarshalStrict([]byte(RenderPickerConfig(PickerConfigFor(false, nil))), &cfg), "the ConfigMap holds exactly DefaultPickerConfig")
	assert.Equal(t, DefaultPickerConfig(), cfg)
	declared := map[string]bool{}
	for _, p := range cfg.Plugins {
		assert.False(t, declared[p.Name], "plugin %s is declared twice", p.Name)
		declared[p.Name] = true
	}
	require.NotEmpty(t, cfg.SchedulingProfiles)
	weights := map[string]int{}
	for _, profile := range cfg.SchedulingProfiles {
		for _, ref := range profile.Plugins {
			assert.True(t, declared[ref.PluginRef], "profile %s refers to undeclared plugin %s", profile.Name, ref.PluginRef)
			if ref.Weight != nil {
				weights[ref.PluginRef] = *ref.Weight
			}
		}
	}
	assert.Equal(t, map[string]int{"queue-scorer": 2, "kv-cache-utilization-scorer": 2, "prefix-cache-scorer": 3}, weights,
		"upstream's default weights")
}
