package constructs

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/implementations"
	"github.com/ai-gateway/ai-gateway/internal/llmd"
)

// adapterServer is gpuServer serving two LoRA adapters under a served name.
func adapterServer(version string) ModelServerProps {
	props := gpuServer()
	props.Version = version
	props.Args = []string{"Qwen/Qwen2.5-7B-Instruct", "--served-model-name", "chat"}
	props.LoRA = &LoRA{
		Adapters:    []LoRAAdapter{{Name: "chat-sql", Source: "acme/qwen-sql-lora"}, {Name: "chat-legal", Source: "/cache/adapters/legal"}},
		MaxRank:     intPtr(32),
		MaxAdapters: intPtr(2),
	}
	return props
}

// poolsProps is what the pools of the tests below share.
func poolsProps() InferencePoolProps {
	return InferencePoolProps{
		EndpointPicker: EndpointPicker{FlowControl: &FlowControl{MaxRequests: intPtr(2000), MaxBytes: "2048Mi", NoEndpointRequestTTL: duration(20 * time.Minute)}},
		Objectives:     []Objective{{Name: "interactive", Priority: intPtr(10)}, {Name: "batch", Priority: intPtr(-1)}, {Name: "standard"}},
		Rewrites: []ModelRewrite{
			{Model: "chat-legal-canary", Targets: []RewriteTarget{{Model: "chat-legal", Weight: intPtr(9)}, {Model: "chat-sql", Weight: intPtr(1)}}},
			{Model: "gpt-4o", Targets: []RewriteTarget{{Model: "chat"}}},
		},
	}
}

func TestPoolsThatServeManyGolden(t *testing.T) {
	tests := []struct {
		name     string
		versions []string
	}{
		{"pool-objectives-flow-control-lora", []string{"stable"}},
		{"pool-objectives-between-versions", []string{"stable", "canary"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, chart := newChart()
			gw := testGateway(t, chart, AIGatewayProps{Name: "ai-gateway", ClassName: "eg"})
			var versions []ModelVersion
			var aliases []string
			for _, v := range tt.versions {
				server, err := NewModelServer(chart, "server-"+v, adapterServer(v))
				require.NoError(t, err)
				props := poolsProps()
				props.Server = server
				pool, err := NewInferencePool(chart, "pool-"+v, props)
				require.NoError(t, err)
				versions = append(versions, ModelVersion{Pool: pool})
				aliases = pool.Aliases()
			}
			_, err := NewModelRoute(chart, "route", ModelRouteProps{
				Name: "chat", Gateway: gw, Versions: versions, Aliases: aliases, DefaultObjective: "standard",
				Matches: []RouteMatch{{PathPrefix: "/v1", Header: &HeaderMatch{Name: "x-model", Value: "chat"}}},
			})
			require.NoError(t, err)
			assertGolden(t, app, tt.name)
		})
	}
}

func TestPoolAliasesAreItsAdaptersThenItsRewrittenModels(t *testing.T) {
	_, chart := newChart()
	server, err := NewModelServer(chart, "server", adapterServer("stable"))
	require.NoError(t, err)
	props := poolsProps()
	props.Server = server
	pool, err := PlanInferencePool(props)
	require.NoError(t, err)
	assert.Equal(t, []string{"chat-sql", "chat-legal", "chat-legal-canary", "gpt-4o"}, pool.Aliases())
	assert.Equal(t, map[string]string{"interactive": "chat-stable-interactive", "batch": "chat-stable-batch", "standard": "chat-stable-standard"}, pool.ObjectiveNames())
}

func TestPickerConfigOfAPoolThatServesMany(t *testing.T) {
	flow := &llmd.FlowControl{DefaultRequestTTL: "60s", NoEndpointRequestTTL: "1200s", PriorityBands: []llmd.PriorityBand{{Priority: 10}, {Priority: 0}, {Priority: -1}}}
	cfg := PickerConfigFor(true, flow)
	var read llmd.Config
	require.NoError(t, yaml.UnmarshalStrict([]byte(RenderPickerConfig(cfg)), &read))
	assert.Equal(t, cfg, read)
	assert.Equal(t, []string{llmd.FlowControlFeatureGate}, cfg.FeatureGates, "the gate without which the picker ignores flowControl")
	assert.Contains(t, cfg.Plugins, llmd.Plugin{Name: llmd.LoRAAffinityScorer, Type: llmd.LoRAAffinityScorer})
	assert.Equal(t, llmd.MaxScorePicker, cfg.SchedulingProfiles[0].Plugins[len(cfg.SchedulingProfiles[0].Plugins)-1].PluginRef, "the picker comes last, after every scorer")

	plain := PickerConfigFor(false, nil)
	assert.Equal(t, DefaultPickerConfig(), plain, "a pool that uses none of it gets the default profile")
	assert.NotContains(t, RenderPickerConfig(plain), "lora")
	assert.NotContains(t, RenderPickerConfig(plain), "featureGates")
}

func TestPoolsThatServeManyReject(t *testing.T) {
	tests := []struct {
		name   string
		change func(*InferencePoolProps)
		want   string
	}{
		{"a priority beyond int32", func(p *InferencePoolProps) { p.Objectives[0].Priority = intPtr(1 << 31) },
			"objectives[0].priority: 2147483648 must be between -2147483648 and 2147483647 (an int32)"},
		{"an objective listed twice", func(p *InferencePoolProps) { p.Objectives[2].Name = "batch" }, `objectives[2].name: "batch" is listed twice (objectives[1])`},
		{"an objective that is no DNS label", func(p *InferencePoolProps) { p.Objectives[0].Name = "Interactive" }, `objectives[0].name: "Interactive" must be a DNS label`},
		{"sixteen objectives", func(p *InferencePoolProps) {
			p.Objectives = nil
			for i := range 16 {
				p.Objectives = append(p.Objectives, Objective{Name: strings.Repeat("o", i+1)})
			}
		}, "objectives: has 16 entries; a model takes at most 15"},
		{"rewrite weights adding up to 0", func(p *InferencePoolProps) {
			p.Rewrites[0].Targets[0].Weight, p.Rewrites[0].Targets[1].Weight = intPtr(0), intPtr(0)
		}, "rewrites[0].targets: weights add up to 0, so requests for chat-legal-canary would find no model"},
		{"a rewrite weight above 1e6", func(p *InferencePoolProps) { p.Rewrites[0].Targets[0].Weight = intPtr(1_000_001) },
			"rewrites[0].targets[0].weight: 1000001 must be between 0 and 1000000"},
		{"a rewrite without targets", func(p *InferencePoolProps) { p.Rewrites[1].Targets = nil }, "rewrites[1].targets: is required"},
		{"a rewrite of a model to itself", func(p *InferencePoolProps) { p.Rewrites[1].Targets[0].Model = "gpt-4o" }, `rewrites[1].targets[0].model: "gpt-4o" is the model rewritten`},
		{"a model rewritten twice", func(p *InferencePoolProps) { p.Rewrites[1].Model = "chat-legal-canary" }, `rewrites[1].model: "chat-legal-canary" is rewritten twice (rewrites[0])`},
		{"a rewrite to a model the servers do not serve", func(p *InferencePoolProps) { p.Rewrites[1].Targets[0].Model = "gpt-4" },
			`rewrites[1].targets[0].model: "gpt-4" is not a model the pool's servers answer to (chat, chat-sql, chat-legal: --served-model-name and the adapters)`},
		{"a model name with a space", func(p *InferencePoolProps) { p.Rewrites[1].Model = "gpt 4o" }, `rewrites[1].model: "gpt 4o" must be a model name`},
		{"flow control without a queue limit worth writing", func(p *InferencePoolProps) { p.EndpointPicker.FlowControl.MaxRequests = intPtr(0) },
			"endpointPicker.flowControl.maxRequests: 0 must be at least 1 (leave it out for no limit)"},
		{"flow control with a negative TTL", func(p *InferencePoolProps) { p.EndpointPicker.FlowControl.RequestTTL = duration(-time.Second) },
			`endpointPicker.flowControl.requestTTL: "-1s" must not be negative`},
		{"flow control with bytes that are no quantity", func(p *InferencePoolProps) { p.EndpointPicker.FlowControl.MaxBytes = "2GB" },
			`endpointPicker.flowControl.maxBytes: "2GB" is not a quantity`},
		{"flow control on a picker you run", func(p *InferencePoolProps) { p.EndpointPicker.Service, p.EndpointPicker.Port = "my-epp", intPtr(9002) },
			"endpointPicker.flowControl: configures the platform's own picker; with service the picker is yours"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			server, err := NewModelServer(chart, "server", adapterServer("stable"))
			require.NoError(t, err)
			props := poolsProps()
			props.Server = server
			tt.change(&props)
			_, err = PlanInferencePool(props)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestLoRARejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*ModelServerProps)
		want   string
	}{
		{"a rank vLLM does not take", func(p *ModelServerProps) { p.LoRA.MaxRank = intPtr(24) }, "lora.maxRank: 24 must be one of vLLM's ranks: 1, 8, 16, 32, 64, 128, 256, 320, 512"},
		{"no adapters", func(p *ModelServerProps) { p.LoRA.Adapters = nil }, "lora.adapters: is required"},
		{"an adapter listed twice", func(p *ModelServerProps) { p.LoRA.Adapters[1].Name = "chat-sql" }, `lora.adapters[1].name: "chat-sql" is listed twice (adapters[0])`},
		{"an adapter outside the cache", func(p *ModelServerProps) { p.LoRA.Adapters[1].Source = "/models/legal" }, `lora.adapters[1].source: "/models/legal" must be a path in the weights cache, /cache/...`},
		{"an adapter from a bare name", func(p *ModelServerProps) { p.LoRA.Adapters[0].Source = "qwen-sql-lora" }, `lora.adapters[0].source: "qwen-sql-lora" must be a Hugging Face repository (org/name)`},
		{"fewer adapters in CPU than on the GPU", func(p *ModelServerProps) { p.LoRA.MaxCPUAdapters = intPtr(1) }, "lora.maxCPUAdapters: 1 must be at least maxAdapters (2)"},
		{"no adapters at once", func(p *ModelServerProps) { p.LoRA.MaxAdapters = intPtr(0) }, "lora.maxAdapters: 0 must be at least 1"},
		{"a LoRA flag in args too", func(p *ModelServerProps) { p.Args = append(p.Args, "--max-loras=4") }, `args[3]: "--max-loras=4" is written by lora; set it there`},
		{"adapters on a gRPC server", func(p *ModelServerProps) { p.Protocol = ProtocolGRPC }, "lora: needs protocol http"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			props := adapterServer("stable")
			tt.change(&props)
			_, err := PlanModelServer(testNamespace, props)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestRoutesOfPoolsThatServeManyReject(t *testing.T) {
	tests := []struct {
		name           string
		versions       int
		implementation string
		change         func(*ModelRouteProps)
		want           string
	}{
		{"a default objective the pools lack", 1, "", func(p *ModelRouteProps) { p.DefaultObjective = "urgent" },
			`defaultObjective: "urgent" is not one of the model's objectives (interactive, batch, standard)`},
		{"more matches than a rule holds", 1, "", func(p *ModelRouteProps) {
			for i := range 64 {
				p.Aliases = append(p.Aliases, strings.Repeat("a", i+1))
			}
		}, "matches: and the 64 other names of the model (adapters, rewritten models) make 65 matches; a rule holds at most 64"},
		{"objectives on two versions where backends cannot each get a header", 2, "gke", func(*ModelRouteProps) {},
			"objectives: gke-gateway 1.36.2-gke.2154000 does not pass HTTPRouteBackendRequestHeaderModification"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			gwProps := AIGatewayProps{Name: "ai-gateway", ClassName: "eg"}
			if tt.implementation != "" {
				impl, err := implementations.Lookup(tt.implementation, "")
				require.NoError(t, err)
				gwProps.Implementation = &impl
			}
			var versions []ModelVersion
			for _, v := range []string{"stable", "canary"}[:tt.versions] {
				server, err := PlanModelServer(testNamespace, adapterServer(v))
				require.NoError(t, err)
				props := poolsProps()
				props.Server = server
				pool, err := PlanInferencePool(props)
				require.NoError(t, err)
				versions = append(versions, ModelVersion{Pool: pool})
			}
			props := ModelRouteProps{Name: "chat", Gateway: testGateway(t, chart, gwProps), Versions: versions,
				Matches: []RouteMatch{{PathPrefix: "/v1", Header: &HeaderMatch{Name: "x-model", Value: "chat"}}}}
			tt.change(&props)
			_, err := PlanModelRoute(testNamespace, props)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
