package constructs

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testMonitoring is a kube-prometheus-stack Prometheus in namespace monitoring.
func testMonitoring() *Monitoring {
	return &Monitoring{
		Prometheus: Prometheus{
			Address:         "http://prometheus-operated.monitoring.svc:9090",
			NamespaceLabels: map[string]string{"kubernetes.io/metadata.name": "monitoring"},
			PodLabels:       map[string]string{"app.kubernetes.io/name": "prometheus"},
		},
		PodMonitorLabels: map[string]string{"release": "kube-prometheus-stack"},
	}
}

// scaled is the props of a server a Scaler owns, with autoscaling a.
func scaled(a Autoscaling) ModelServerProps {
	props := gpuServer()
	props.Autoscaling, props.ExternalScaler, props.Monitoring = &a, true, testMonitoring()
	return props
}

func TestScalerGolden(t *testing.T) {
	tests := []struct {
		name        string
		autoscaling Autoscaling
		pool        *InferencePoolProps
	}{
		{"scaler-vllm-queue", Autoscaling{
			MinReplicas: intPtr(2), MaxReplicas: intPtr(8),
			Metric:                 &Signal{Name: "vllm:num_requests_waiting", AverageValue: "5"},
			ScaleDownStabilization: duration(10 * time.Minute),
		}, nil},
		{"scaler-query", Autoscaling{
			MaxReplicas: intPtr(4),
			Metric:      &Signal{Query: `sum(rate(vllm:request_success_total{namespace="ai-services"}[1m]))`, AverageValue: "2.5"},
		}, nil},
		{"scaler-pool-from-zero", Autoscaling{MinReplicas: intPtr(0), MaxReplicas: intPtr(4), Cooldown: duration(10 * time.Minute)},
			&InferencePoolProps{EndpointPicker: EndpointPicker{FlowControl: &FlowControl{NoEndpointRequestTTL: duration(20 * time.Minute)}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, chart := newChart()
			server, err := NewModelServer(chart, "server", scaled(tt.autoscaling))
			require.NoError(t, err)
			props := ScalerProps{Server: server, Monitoring: testMonitoring(), Autoscaling: tt.autoscaling}
			if tt.pool != nil {
				poolProps := *tt.pool
				poolProps.Server = server
				pool, err := NewInferencePool(chart, "pool", poolProps)
				require.NoError(t, err)
				props.Pool = pool
			}
			_, err = NewScaler(chart, "scaler", props)
			require.NoError(t, err)
			assertGolden(t, app, tt.name)
		})
	}
}

func TestScalerQueriesSelectTheVersionAsTheMonitorsLabelIt(t *testing.T) {
	server, err := PlanModelServer(testNamespace, scaled(Autoscaling{}))
	require.NoError(t, err)
	s, err := PlanScaler(ScalerProps{Server: server, Monitoring: testMonitoring(), Autoscaling: Autoscaling{Metric: &Signal{Name: "vllm:num_requests_waiting", AverageValue: "5"}}})
	require.NoError(t, err)
	require.Len(t, s.triggers, 1)
	assert.Equal(t, `sum(vllm:num_requests_waiting{namespace="ai-services",app_kubernetes_io_instance="chat-stable"})`, s.triggers[0].query)
	assert.Equal(t, "vllm-num-requests-waiting", s.triggers[0].name)
	assert.Contains(t, MonitorTargetLabels, instanceLabel, "the PodMonitors copy the label the queries select on")

	pool, err := PlanInferencePool(InferencePoolProps{Server: server, EndpointPicker: EndpointPicker{FlowControl: &FlowControl{}}})
	require.NoError(t, err)
	s, err = PlanScaler(ScalerProps{Server: server, Pool: pool, Monitoring: testMonitoring()})
	require.NoError(t, err)
	picker := `namespace="ai-services",app_kubernetes_io_instance="chat-stable-epp"`
	assert.Equal(t, []scaleTrigger{
		{"queued", "sum(llm_d_epp_flow_control_queue_size{" + picker + "}) or 0 * sum(up{" + picker + "})", "1"},
		{"running", "sum(llm_d_epp_request_running{" + picker + "}) or 0 * sum(up{" + picker + "})", "16"},
	}, s.triggers, "a pool scales on its picker's queue and running requests, llm-d's per-replica targets")
	for _, tr := range s.triggers {
		assert.Nil(t, checkQuery("query", tr.query), "the scaler's own queries are PromQL of one series")
	}
}

func TestTargetLabelIsThePrometheusOperatorsName(t *testing.T) {
	assert.Equal(t, "app_kubernetes_io_instance", TargetLabel("app.kubernetes.io/instance"))
	assert.Equal(t, "example_com_tier_x", TargetLabel("example.com/tier-x"))
}

func TestScalerRejects(t *testing.T) {
	flow := &FlowControl{NoEndpointRequestTTL: duration(20 * time.Minute)}
	tests := []struct {
		name  string
		a     Autoscaling
		flow  *FlowControl
		pool  bool
		noMon bool
		want  string
	}{
		{"min above max", Autoscaling{MinReplicas: intPtr(5), MaxReplicas: intPtr(2), Metric: &Signal{Name: "m", AverageValue: "5"}}, nil, false, false, "autoscaling.minReplicas: 5 is above maxReplicas 2"},
		{"zero replicas behind a Service", Autoscaling{MinReplicas: intPtr(0), Metric: &Signal{Name: "m", AverageValue: "5"}}, nil, false, false,
			"autoscaling.minReplicas: 0 needs backend: inferencePool with endpointPicker.flowControl: behind a Service nothing holds the first request while a replica starts, so it would fail"},
		{"zero replicas of a pool without flow control", Autoscaling{MinReplicas: intPtr(0)}, nil, true, false,
			"autoscaling.minReplicas: 0 needs endpointPicker.flowControl"},
		{"a TTL shorter than the startup budget", Autoscaling{MinReplicas: intPtr(0)}, &FlowControl{}, true, false,
			"autoscaling.minReplicas: 0 needs endpointPicker.flowControl.noEndpointRequestTTL above the server's startup budget 15m0s (server.probes.startupTimeout): the picker holds the first request 1m0s, and would reject it before a replica could be ready"},
		{"zero replicas on a server metric", Autoscaling{MinReplicas: intPtr(0), Metric: &Signal{Name: "vllm:num_requests_waiting", AverageValue: "5"}}, flow, true, false,
			"autoscaling.metric: cannot scale from zero: with no server running it has no series"},
		{"a query that is not PromQL", Autoscaling{Metric: &Signal{Query: "sum(vllm:num_requests_waiting", AverageValue: "5"}}, nil, false, false,
			`autoscaling.metric.query: "sum(vllm:num_requests_waiting" is not PromQL: `},
		{"a query of many series", Autoscaling{Metric: &Signal{Query: "vllm:num_requests_waiting", AverageValue: "5"}}, nil, false, false,
			"may return more than one series, which KEDA refuses: aggregate it without by (e.g. sum(...))"},
		{"a query grouped by pod", Autoscaling{Metric: &Signal{Query: "sum by (pod) (vllm:num_requests_waiting)", AverageValue: "5"}}, nil, false, false,
			"may return more than one series"},
		{"a range vector", Autoscaling{Metric: &Signal{Query: "vllm:num_requests_waiting[5m]", AverageValue: "5"}}, nil, false, false,
			"is a matrix; KEDA takes an instant vector of one series, or a scalar"},
		{"a target KEDA cannot read", Autoscaling{Metric: &Signal{Name: "m", AverageValue: "5000m"}}, nil, false, false,
			`autoscaling.metric.averageValue: "5000m" must be a decimal number above 0 (KEDA reads the target as a float)`},
		{"a name and a query", Autoscaling{Metric: &Signal{Name: "m", Query: "sum(m)", AverageValue: "5"}}, nil, false, false, "autoscaling.metric.query: and name exclude each other"},
		{"a name that is no metric", Autoscaling{Metric: &Signal{Name: "vllm/waiting", AverageValue: "5"}}, nil, false, false, `autoscaling.metric.name: "vllm/waiting" must be a Prometheus metric name`},
		{"no signal behind a Service", Autoscaling{}, nil, false, false, "autoscaling.metric: is required (the signal to scale on"},
		{"a CPU target beside a signal", Autoscaling{CPUUtilization: intPtr(70), Metric: &Signal{Name: "m", AverageValue: "5"}}, nil, false, false, "autoscaling.cpuUtilization: and a scaler's signal exclude each other"},
		{"no Prometheus", Autoscaling{Metric: &Signal{Name: "m", AverageValue: "5"}}, nil, false, true, "autoscaling.metric: is read from Prometheus by a KEDA scaler, which needs the platform's monitoring block (monitoring.prometheus.address)"},
		{"picker targets of zero", Autoscaling{PickerSignals: &PickerSignals{Running: "0"}}, flow, true, false, `autoscaling.pickerSignals.running: "0" must be a decimal number above 0`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			server, err := PlanModelServer(testNamespace, scaled(tt.a))
			require.NoError(t, err)
			props := ScalerProps{Server: server, Monitoring: testMonitoring(), Autoscaling: tt.a}
			if tt.noMon {
				props.Monitoring = nil
			}
			if tt.pool {
				pool, err := PlanInferencePool(InferencePoolProps{Server: server, EndpointPicker: EndpointPicker{FlowControl: tt.flow}})
				require.NoError(t, err)
				props.Pool = pool
			}
			_, err = PlanScaler(props)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Equal(t, 1, strings.Count(err.Error(), tt.want), "reported once")
		})
	}
}
