package dataplane

import (
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parse reads gauges back with Prometheus' own text parser, as a scrape does.
func parse(t *testing.T, gauges ...Gauge) map[string]*dto.MetricFamily {
	t.Helper()
	var b strings.Builder
	WriteGauges(&b, gauges...)
	return parseText(t, b.String())
}

func parseText(t *testing.T, text string) map[string]*dto.MetricFamily {
	t.Helper()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(strings.NewReader(text))
	require.NoError(t, err, text)
	return families
}

func labels(m *dto.Metric) map[string]string {
	out := map[string]string{}
	for _, l := range m.GetLabel() {
		out[l.GetName()] = l.GetValue()
	}
	return out
}

func TestVLLMGaugesAreWhatVLLMExposes(t *testing.T) {
	families := parse(t, VLLMGauges("chat", VLLMLoad{Waiting: 13, Running: 2})...)
	for name, want := range map[string]float64{"vllm:num_requests_waiting": 13, "vllm:num_requests_running": 2} {
		f := families[name]
		require.NotNil(t, f, name)
		assert.Equal(t, dto.MetricType_GAUGE, f.GetType(), name)
		require.Len(t, f.GetMetric(), 1, name)
		assert.Equal(t, want, f.GetMetric()[0].GetGauge().GetValue(), name)
		assert.Equal(t, map[string]string{"model_name": "chat", "engine": "0"}, labels(f.GetMetric()[0]), name)
	}
}

func TestPickerGaugesHaveTheLabelsOfLLMDRouter(t *testing.T) {
	flow := PickerFlow{Pool: "reasoning-stable", Model: "qwq", Target: "reasoning", Priority: 10, FairnessID: "default"}
	tests := []struct {
		name   string
		load   *PickerLoad
		series int
	}{
		{"no series before a request gives them labels", nil, 0},
		{"one series per flow after one", &PickerLoad{Queued: 1, Running: 3}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			families := parse(t, PickerGauges(flow, tt.load)...)
			queue, running := families["llm_d_epp_flow_control_queue_size"], families["llm_d_epp_request_running"]
			if tt.series == 0 {
				// The parser keeps no family without samples, as Prometheus stores none.
				assert.Nil(t, queue)
				assert.Nil(t, running)
				return
			}
			require.Len(t, queue.GetMetric(), 1)
			require.Len(t, running.GetMetric(), 1)
			assert.Equal(t, map[string]string{
				"fairness_id": "default", "priority": "10", "inference_pool": "reasoning-stable",
				"model_name": "qwq", "target_model_name": "reasoning",
			}, labels(queue.GetMetric()[0]))
			assert.Equal(t, map[string]string{
				"model_name": "qwq", "target_model_name": "reasoning", "fairness_id": "default", "priority": "10",
			}, labels(running.GetMetric()[0]))
			assert.Equal(t, 1.0, queue.GetMetric()[0].GetGauge().GetValue())
			assert.Equal(t, 3.0, running.GetMetric()[0].GetGauge().GetValue())
		})
	}
}
