package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/ai-gateway/ai-gateway/internal/autoscale"
	"github.com/ai-gateway/ai-gateway/internal/crdsource"
	"github.com/ai-gateway/ai-gateway/internal/dataplane"
	"github.com/ai-gateway/ai-gateway/internal/kubetest"
)

const (
	scalingConfig = "testdata/scaling/platform.yaml"
	scalingNS     = "ai-services"
	instanceLabel = "app.kubernetes.io/instance"
)

// scalingTools are the binaries `make scaling-tools` builds into .cache/,
// at the versions tools/ pins.
type scalingTools struct {
	keda                   autoscale.KEDABinaries
	prometheus, promconfig string
}

func findScalingTools(t *testing.T) scalingTools {
	t.Helper()
	keda := pinnedVersion(t, filepath.Join("tools", "keda", "build.sh"), "KEDA_VERSION", `(?m)^KEDA_VERSION=(\S+)$`)
	prometheus := pinnedVersion(t, filepath.Join("tools", "prometheus", "go.mod"), "prometheus",
		`(?m)^\s*github\.com/prometheus/prometheus\s+(v\S+)`)
	operator := pinnedVersion(t, filepath.Join("tools", "promconfig", "go.mod"), "prometheus-operator",
		`(?m)^\s*github\.com/prometheus-operator/prometheus-operator\s+(v\S+)`)
	tools := scalingTools{
		keda: autoscale.KEDABinaries{
			Operator: cachePath(t, "keda", keda, "keda-operator"),
			Adapter:  cachePath(t, "keda", keda, "keda-adapter"),
		},
		prometheus: cachePath(t, "prometheus", prometheus, "prometheus"),
		promconfig: cachePath(t, "promconfig", operator, "promconfig"),
	}
	for _, path := range []string{tools.keda.Operator, tools.keda.Adapter, tools.prometheus, tools.promconfig} {
		require.FileExists(t, path, "build it with `make scaling-tools`")
	}
	return tools
}

// TestScalersTurn runs the autoscaling loop of the scaling platform's dist/
// with real controllers: kube-controller-manager (deployments, ReplicaSets,
// the HPA), KEDA's operator and metrics server (registered as
// external.metrics.k8s.io through the aggregation layer) and Prometheus,
// configured from dist/'s PodMonitors by the Prometheus Operator's own code.
// A stand-in kubelet gives each Pod an address, fake servers that report
// vLLM's (or the picker's) gauges with values the test sets, and a ready
// status. It checks that the chat Deployment follows its queue to what the
// HPA algorithm gives and back, that the pool model starts from zero on its
// picker's queue and goes back, and that a scaler whose query selects
// nothing fails with KEDA's reason. AI_GATEWAY_SKIP_SCALING=1 skips it for a
// quick local loop; never in CI.
func TestScalersTurn(t *testing.T) {
	skipLocallyIf(t, "AI_GATEWAY_SKIP_SCALING")
	tools := findScalingTools(t)
	addrs, err := dataplane.NewPodAddresses()
	if err != nil && os.Getenv("CI") != "true" {
		t.Skip("no pod addresses for the fake servers: " + err.Error())
	}
	require.NoError(t, err)
	t.Cleanup(addrs.Close)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	start := time.Now()
	cp := startControlPlane(t, ctx, 80)
	kubectl := func(args ...string) (string, error) { return cp.Kubectl(ctx, args...) }
	require.NoError(t, cp.StartControllers(ctx, kubetest.ControllerOptions{
		HPASyncPeriod: 2 * time.Second, DownscaleStabilization: 5 * time.Second,
	}))
	installCRDs(t, kubectl)
	scaledObjectCRD, err := crdsource.ScaledObjectCRD.Path()
	require.NoError(t, err)
	require.NoError(t, autoscale.StartKEDA(ctx, cp, tools.keda, filepath.Dir(scaledObjectCRD)))

	promAddr := fmt.Sprintf("127.0.0.1:%d", kubetest.FreePort())
	dist := synthScaling(t, "http://"+promAddr)
	files, err := filepath.Glob(filepath.Join(dist, "*.yaml"))
	require.NoError(t, err)
	require.NoError(t, autoscale.StartPrometheus(ctx, cp, autoscale.PrometheusOptions{
		Binary: tools.prometheus, Promconfig: tools.promconfig, Addr: promAddr,
		PodMonitors: files, Interval: time.Second,
	}))

	load := newFleetLoad()
	kubelet := autoscale.StartKubelet(cp, scalingNS, addrs, load.run)
	load.kubelet = kubelet
	t.Cleanup(kubelet.Stop)
	out, err := kubectl("apply", "-f", dist)
	require.NoError(t, err, out)

	s := &scalingRun{t: t, ctx: ctx, cp: cp, kubectl: kubectl, kubelet: kubelet, promAddr: promAddr}
	timeline := s.recordReplicas("chat-stable", "reasoning-stable")
	t.Logf("control plane, controllers, KEDA and Prometheus up and dist/ applied in %s", time.Since(start).Round(time.Second))
	t.Cleanup(func() {
		t.Log("replicas over time (spec.replicas as the HPA and KEDA set them):\n" + timeline.String())
	})

	t.Run("chat follows vLLM's queue", func(t *testing.T) {
		s.t = t
		const target, min, max = 5, 1, 4
		s.waitReplicas("chat-stable", min, time.Minute)
		loadSince := len(timeline.counts("chat-stable")) - 1
		s.waitSeries(`vllm:num_requests_waiting{namespace="ai-services",app_kubernetes_io_instance="chat-stable"}`, 0)
		s.waitHPAValue("chat-stable", 0)
		for _, waiting := range []float64{13, 40, 0} {
			load.setWaiting("chat-stable", waiting)
			want := hpaReplicas(waiting, target, min, max)
			s.waitReplicas("chat-stable", want, 90*time.Second)
			// The queue per replica, rounded up to a thousandth as the HPA does.
			s.waitHPAValue("chat-stable", math.Ceil(waiting*1000/float64(want))/1000)
		}
		assert.LessOrEqual(t, timeline.max("chat-stable"), max, "never above maxReplicas")
		assert.Equal(t, []int{1, 3, 4, 1}, timeline.counts("chat-stable")[loadSince:], "straight to each count, no overshoot")
	})

	t.Run("the pool starts from zero on its picker's queue", func(t *testing.T) {
		s.t = t
		s.waitReplicas("reasoning-stable", 0, time.Minute)
		s.waitSeries(`sum(up{namespace="ai-services",app_kubernetes_io_instance="reasoning-stable-epp"})`, 1)
		idleSince := len(timeline.counts("reasoning-stable")) - 1
		load.setQueued("reasoning-stable-epp", 1)
		s.waitReplicas("reasoning-stable", 1, time.Minute)
		load.setQueued("reasoning-stable-epp", 0)
		s.waitReplicas("reasoning-stable", 0, time.Minute)
		down := time.Now()
		// KEDA counts the cooldown from the last poll that found the queue
		// active, which can come before the test sees the scale-up (seen in
		// CI: 9.96 s from the test's own mark). Its status keeps that poll,
		// truncated to the second, so the true time is never earlier.
		lastActive := s.lastActiveTime("reasoning-stable")
		assert.GreaterOrEqual(t, down.Sub(lastActive), 10*time.Second,
			"it stays up for the cooldown after the last active poll (%s)", lastActive.Format(time.RFC3339))
		assert.Equal(t, []int{0, 1, 0}, timeline.counts("reasoning-stable")[idleSince:], "straight up and down again")
	})

	t.Run("a scaler that selects nothing fails with KEDA's reason", func(t *testing.T) {
		s.t = t
		broken := brokenScaledObject(t, dist)
		out, err := kubectl("apply", "-f", broken)
		require.NoError(t, err, out)
		load.setWaiting("chat-stable", 13)
		err = s.replicasWithin("chat-stable", hpaReplicas(13, 5, 1, 4), 20*time.Second)
		require.Error(t, err, "a scaler whose query selects nothing cannot scale")
		t.Logf("the failure a broken scaler gives:\n%v", err)
		assert.Contains(t, err.Error(), "the result is empty", "the message carries KEDA's reason")
	})
}

// synthScaling synthesizes the scaling platform with Prometheus at address.
func synthScaling(t *testing.T, address string) string {
	t.Helper()
	data, err := os.ReadFile(scalingConfig)
	require.NoError(t, err)
	config := filepath.Join(t.TempDir(), "platform.yaml")
	require.NoError(t, os.WriteFile(config, []byte(strings.ReplaceAll(string(data), "PROMETHEUS", address)), 0o644))
	out := filepath.Join(t.TempDir(), "dist")
	require.NoError(t, run([]string{"-config", config, "-out", out, "-topology", ""}))
	return out
}

// brokenScaledObject is the chat ScaledObject of dist/ with its label
// matcher changed to the model's name instead of the version's instance:
// a query that is valid PromQL and selects no series.
func brokenScaledObject(t *testing.T, dist string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dist, "20-model-chat.k8s.yaml"))
	require.NoError(t, err)
	var doc string
	for _, d := range regexp.MustCompile(`(?m)^---\n`).Split(string(data), -1) {
		if strings.Contains(d, "kind: ScaledObject") {
			doc = d
		}
	}
	require.NotEmpty(t, doc, "dist/ has a chat ScaledObject")
	good := `app_kubernetes_io_instance="chat-stable"`
	require.Contains(t, doc, good)
	file := filepath.Join(t.TempDir(), "broken.yaml")
	require.NoError(t, os.WriteFile(file, []byte(strings.ReplaceAll(doc, good, `app_kubernetes_io_instance="chat"`)), 0o644))
	return file
}

// hpaReplicas is what the HPA algorithm gives for an AverageValue target on
// an external metric: ceil(value / target), within min and max.
func hpaReplicas(value, target float64, min, max int) int {
	return int(math.Min(float64(max), math.Max(float64(min), math.Ceil(value/target))))
}

// fleetLoad is what the fake pods report: the total a version's servers
// have waiting, and a picker's queue. As on a real fleet where one replica
// holds a queue, the oldest pod of a version reports the total and the
// others 0, so the sum (which the scalers read) does not depend on how
// many pods there are.
type fleetLoad struct {
	kubelet *autoscale.Kubelet
	mu      sync.Mutex
	waiting map[string]float64
	queued  map[string]*dataplane.PickerLoad
}

func newFleetLoad() *fleetLoad {
	return &fleetLoad{waiting: map[string]float64{}, queued: map[string]*dataplane.PickerLoad{}}
}

func (l *fleetLoad) setWaiting(instance string, n float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.waiting[instance] = n
}

// setQueued sets a picker's queue; from then on its gauges have a series.
func (l *fleetLoad) setQueued(instance string, n float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.queued[instance] = &dataplane.PickerLoad{Queued: n}
}

// run starts a pod's servers: a picker's metrics port, or a vLLM server's
// API port, which serves its metrics too.
func (l *fleetLoad) run(pod autoscale.Pod) (io.Closer, error) {
	instance := pod.Labels[instanceLabel]
	model := pod.Labels["app.kubernetes.io/name"]
	addr := func(port string) string { return net.JoinHostPort(pod.IP.String(), fmt.Sprint(pod.Ports[port])) }
	if pod.Labels["app.kubernetes.io/component"] == "endpoint-picker" {
		flow := dataplane.PickerFlow{
			Pool: strings.TrimSuffix(instance, "-epp"), Model: model, Target: model, FairnessID: "default",
		}
		return dataplane.StartMetricsServer(addr("metrics"), func() []dataplane.Gauge {
			l.mu.Lock()
			defer l.mu.Unlock()
			return dataplane.PickerGauges(flow, l.queued[instance])
		})
	}
	server, err := dataplane.StartModelServerAt(addr("http"), pod.Name)
	if err != nil {
		return nil, err
	}
	server.ServeMetrics(func() []dataplane.Gauge {
		var waiting float64
		if pods := l.kubelet.Pods(instanceLabel, instance); len(pods) > 0 && pods[0].Name == pod.Name {
			l.mu.Lock()
			waiting = l.waiting[instance]
			l.mu.Unlock()
		}
		return dataplane.VLLMGauges(model, dataplane.VLLMLoad{Waiting: waiting})
	})
	return closerFunc(func() error { server.Close(); return nil }), nil
}

type closerFunc func() error

func (f closerFunc) Close() error { return f() }

// scalingRun holds what the scaling test's steps share.
type scalingRun struct {
	t        *testing.T
	ctx      context.Context
	cp       *kubetest.ControlPlane
	kubectl  func(...string) (string, error)
	kubelet  *autoscale.Kubelet
	promAddr string
	// timeline records every count replicas reads; reads holds a read and
	// its record together, so that the timeline keeps their order.
	timeline *replicaTimeline
	reads    sync.Mutex
}

// replicas is a Deployment's spec.replicas, recorded in the timeline.
func (s *scalingRun) replicas(name string) (int, error) {
	s.reads.Lock()
	defer s.reads.Unlock()
	out, err := s.kubectl("get", "deployment", "-n", scalingNS, name, "-o", "jsonpath={.spec.replicas}")
	if err != nil {
		return 0, fmt.Errorf("%v: %s", err, out)
	}
	var n int
	if _, err = fmt.Sscan(out, &n); err != nil {
		return 0, err
	}
	s.timeline.observe(name, n)
	return n, nil
}

// waitReplicas fails the test unless name reaches want replicas in time.
func (s *scalingRun) waitReplicas(name string, want int, timeout time.Duration) {
	s.t.Helper()
	began := time.Now()
	require.NoError(s.t, s.replicasWithin(name, want, timeout))
	s.t.Logf("%s: %d replicas after %s", name, want, time.Since(began).Round(100*time.Millisecond))
}

// replicasWithin waits for name to have want replicas; its error says why
// not, in the HPA's and KEDA's words.
func (s *scalingRun) replicasWithin(name string, want int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		got, err := s.replicas(name)
		if err == nil && got == want {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s has %d replicas, not %d, after %s (%v)\n%s", name, got, want, timeout, err, s.why(name))
		}
		select {
		case <-s.ctx.Done():
			return s.ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// why gathers what explains a Deployment's replica count: its HPA's
// conditions and metrics, its ScaledObject's conditions, the events of
// both, and the stand-in kubelet's last error.
func (s *scalingRun) why(name string) string {
	var b strings.Builder
	conditions := func(kind string) {
		out, err := s.kubectl("get", kind, "-n", scalingNS, name, "-o", "json")
		if err != nil {
			fmt.Fprintf(&b, "%s %s: %v: %s\n", kind, name, err, out)
			return
		}
		var obj struct {
			Status struct {
				Conditions     []struct{ Type, Status, Reason, Message string }
				CurrentMetrics []struct {
					External struct {
						Metric  struct{ Name string }
						Current struct{ AverageValue, Value string }
					}
				}
			}
		}
		_ = json.Unmarshal([]byte(out), &obj)
		for _, c := range obj.Status.Conditions {
			fmt.Fprintf(&b, "%s %s: %s=%s %s: %s\n", kind, name, c.Type, c.Status, c.Reason, c.Message)
		}
		for _, m := range obj.Status.CurrentMetrics {
			fmt.Fprintf(&b, "%s %s: metric %s averageValue %s\n", kind, name, m.External.Metric.Name, m.External.Current.AverageValue)
		}
	}
	conditions("horizontalpodautoscaler")
	conditions("scaledobject")
	b.WriteString(s.events(name))
	if err := s.kubelet.Err(); err != nil {
		fmt.Fprintf(&b, "stand-in kubelet: %v\n", err)
	}
	return b.String()
}

// lastActiveTime is the ScaledObject's status.lastActiveTime: the last
// poll at which KEDA found one of its triggers active.
func (s *scalingRun) lastActiveTime(name string) time.Time {
	s.t.Helper()
	out, err := s.kubectl("get", "scaledobject", "-n", scalingNS, name, "-o", "jsonpath={.status.lastActiveTime}")
	require.NoError(s.t, err, out)
	at, err := time.Parse(time.RFC3339, strings.TrimSpace(out))
	require.NoError(s.t, err, "scaledobject %s: status.lastActiveTime %q", name, out)
	return at
}

// waitHPAValue waits until the HPA shows want as its one metric's value
// per replica (the HPA's status, not <unknown>), and fails the test
// otherwise.
func (s *scalingRun) waitHPAValue(name string, want float64) {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		got, err := s.hpaValue(name)
		if err == nil && math.Abs(got-want) < 0.01 {
			return
		}
		if time.Now().After(deadline) {
			require.Failf(s.t, "the HPA does not show the metric", "%s: want %v, got %v (%v)\n%s", name, want, got, err, s.why(name))
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// events describes the events about the objects named name (the
// Deployment, its HPA and ScaledObject), one line per kind and reason with
// the latest message, in the order each reason was first seen.
func (s *scalingRun) events(name string) string {
	out, err := s.kubectl("get", "events", "-n", scalingNS, "--field-selector", "involvedObject.name="+name, "-o", "json")
	if err != nil {
		return fmt.Sprintf("events: %v: %s\n", err, out)
	}
	var list struct {
		Items []struct {
			InvolvedObject  struct{ Kind string }
			Reason, Message string
			Count           int
		}
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		return fmt.Sprintf("events: %v\n", err)
	}
	var keys []string
	latest, counts := map[string]string{}, map[string]int{}
	for _, e := range list.Items {
		key := e.InvolvedObject.Kind + " " + e.Reason
		if _, ok := latest[key]; !ok {
			keys = append(keys, key)
		}
		latest[key] = e.Message
		counts[key] += max(e.Count, 1)
	}
	var b strings.Builder
	for _, key := range keys {
		fmt.Fprintf(&b, "event %s (%d): %s\n", key, counts[key], latest[key])
	}
	return b.String()
}

// hpaValue is the value per replica the HPA shows for its one metric.
func (s *scalingRun) hpaValue(name string) (float64, error) {
	out, err := s.kubectl("get", "horizontalpodautoscaler", "-n", scalingNS, name, "-o",
		"jsonpath={.status.currentMetrics[0].external.current.averageValue}")
	if err != nil {
		return 0, fmt.Errorf("%v: %s", err, out)
	}
	if out == "" {
		return 0, errors.New("no value")
	}
	q, err := resource.ParseQuantity(out)
	if err != nil {
		return 0, err
	}
	return q.AsApproximateFloat64(), nil
}

// waitSeries waits until Prometheus has query's one series with value:
// discovery found the pods as the PodMonitors select them.
func (s *scalingRun) waitSeries(query string, value float64) {
	s.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		got, found, err := autoscale.Query(s.ctx, s.promAddr, query)
		if err == nil && found && got == value {
			return
		}
		if time.Now().After(deadline) {
			targets, terr := autoscale.Targets(s.ctx, s.promAddr)
			pods, _ := s.kubectl("get", "pods", "-n", scalingNS, "-o", "wide")
			require.Failf(s.t, "Prometheus never had the series", "%s: got %v (found %v, %v)\ntargets (%v):\n%spods:\n%s",
				query, got, found, err, terr, targets, pods)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// recordReplicas polls the Deployments' replicas every second until the
// test ends, so that the timeline keeps each change with the time since it
// began, also while no step is waiting for one.
func (s *scalingRun) recordReplicas(names ...string) *replicaTimeline {
	tl := &replicaTimeline{began: time.Now(), last: map[string]int{}}
	s.timeline = tl
	ctx, stop := context.WithCancel(s.ctx)
	done := make(chan struct{})
	s.t.Cleanup(func() { stop(); <-done })
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			for _, name := range names {
				_, _ = s.replicas(name)
			}
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}()
	return tl
}

// replicaTimeline is the replica counts seen over time.
type replicaTimeline struct {
	mu      sync.Mutex
	began   time.Time
	last    map[string]int
	changes []string
	seen    map[string][]int
	highest map[string]int
}

func (tl *replicaTimeline) observe(name string, n int) {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	if tl.highest == nil {
		tl.highest, tl.seen = map[string]int{}, map[string][]int{}
	}
	tl.highest[name] = max(tl.highest[name], n)
	if last, ok := tl.last[name]; ok && last == n {
		return
	}
	tl.last[name] = n
	tl.seen[name] = append(tl.seen[name], n)
	tl.changes = append(tl.changes, fmt.Sprintf("%6.1fs  %-17s %d", time.Since(tl.began).Seconds(), name, n))
}

// counts are the replica counts name went through, in order.
func (tl *replicaTimeline) counts(name string) []int {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	return append([]int(nil), tl.seen[name]...)
}

func (tl *replicaTimeline) max(name string) int {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	return tl.highest[name]
}

func (tl *replicaTimeline) String() string {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	return strings.Join(tl.changes, "\n")
}
