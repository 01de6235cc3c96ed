package dataplane

import (
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Gauge is one gauge family of a fake server's /metrics: its name and help
// as the real server gives them, and its series.
type Gauge struct {
	Name, Help string
	Series     []Series
}

// Series is one series of a gauge.
type Series struct {
	Labels map[string]string
	Value  float64
}

// WriteGauges writes gauges in the Prometheus text format (version 0.0.4).
func WriteGauges(w io.Writer, gauges ...Gauge) {
	for _, g := range gauges {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n", g.Name, g.Help, g.Name)
		for _, s := range g.Series {
			fmt.Fprintf(w, "%s%s %s\n", g.Name, labelSet(s.Labels), strconv.FormatFloat(s.Value, 'g', -1, 64))
		}
	}
}

func labelSet(labels map[string]string) string {
	if len(labels) == 0 {
		return ""
	}
	pairs := make([]string, 0, len(labels))
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		pairs = append(pairs, fmt.Sprintf("%s=%q", k, labels[k]))
	}
	return "{" + strings.Join(pairs, ",") + "}"
}

// VLLMLoad is what a vLLM server's scheduler reports: requests waiting for
// a slot in a batch, and requests in one.
type VLLMLoad struct {
	Waiting, Running float64
}

// VLLMGauges are the scheduler gauges vLLM (v1 engine, vllm/v1/metrics/
// loggers.py) exposes for a served model, one series per engine, labelled
// model_name (the --served-model-name) and engine (the engine's index).
func VLLMGauges(model string, load VLLMLoad) []Gauge {
	labels := map[string]string{"model_name": model, "engine": "0"}
	return []Gauge{
		{Name: "vllm:num_requests_running", Help: "Number of requests in model execution batches.",
			Series: []Series{{Labels: labels, Value: load.Running}}},
		{Name: "vllm:num_requests_waiting", Help: "Number of requests waiting to be processed.",
			Series: []Series{{Labels: labels, Value: load.Waiting}}},
	}
}

// PickerLoad is what an llm-d-router endpoint picker reports for one
// objective: requests its flow control holds, and requests running on the
// pool.
type PickerLoad struct {
	Queued, Running float64
}

// PickerFlow names the flow a picker's series are labelled with.
type PickerFlow struct {
	// Pool is the InferencePool's name.
	Pool string
	// Model is the model clients asked for; Target the one sent to the
	// servers (after rewrites).
	Model, Target string
	// Priority of the request's objective; FairnessID its fairness key.
	Priority   int
	FairnessID string
}

// PickerGauges are the gauges of llm-d-router v0.10.0's picker
// (pkg/epp/metrics, subsystem llm_d_epp) the scalers read, with the labels
// it gives them. Like the real picker's, they have no series until a
// request gives them labels: an idle picker that never saw one has none.
func PickerGauges(flow PickerFlow, load *PickerLoad) []Gauge {
	queue := Gauge{Name: "llm_d_epp_flow_control_queue_size", Help: "[ALPHA] Current number of requests actively held in the Flow Control queue."}
	running := Gauge{Name: "llm_d_epp_request_running", Help: "[ALPHA] Current number of active running requests."}
	if load != nil {
		priority := strconv.Itoa(flow.Priority)
		queue.Series = []Series{{Value: load.Queued, Labels: map[string]string{
			"fairness_id": flow.FairnessID, "priority": priority, "inference_pool": flow.Pool,
			"model_name": flow.Model, "target_model_name": flow.Target,
		}}}
		running.Series = []Series{{Value: load.Running, Labels: map[string]string{
			"model_name": flow.Model, "target_model_name": flow.Target,
			"fairness_id": flow.FairnessID, "priority": priority,
		}}}
	}
	return []Gauge{queue, running}
}

// MetricsServer serves only /metrics, from a function the test changes:
// a picker's metrics port. gauges is called once per scrape, concurrently.
type MetricsServer struct {
	// Addr is where it listens.
	Addr string
	srv  *http.Server
	read func() []Gauge
}

// StartMetricsServer listens on addr (ip:port) and serves gauges() on /metrics.
func StartMetricsServer(addr string, gauges func() []Gauge) (*MetricsServer, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := &MetricsServer{Addr: l.Addr().String(), read: gauges}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", s.metrics)
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.srv.Serve(l) }()
	return s, nil
}

func (s *MetricsServer) metrics(w http.ResponseWriter, _ *http.Request) {
	serveGauges(w, s.read())
}

func serveGauges(w http.ResponseWriter, gauges []Gauge) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	WriteGauges(w, gauges...)
}

// Close stops the server.
func (s *MetricsServer) Close() error { return s.srv.Close() }
