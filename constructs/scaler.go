package constructs

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/prometheus/prometheus/promql/parser"

	"github.com/ai-gateway/ai-gateway/field"
	keda "github.com/ai-gateway/ai-gateway/imports/kedash"
	"github.com/ai-gateway/ai-gateway/internal/gwduration"
)

// Defaults of a Scaler: llm-d's KEDA guides (guides/workload-autoscaling/
// keda-epp: pollingInterval 15, thresholds 1 queued and 16 running per
// replica) and KEDA's own cooldown.
const (
	DefaultPollingInterval   = 15 * time.Second
	DefaultCooldown          = 300 * time.Second
	DefaultQueuedPerReplica  = "1"
	DefaultRunningPerReplica = "16"
	// scalerFailures is how many failed polls in a row make KEDA hold the
	// fallback replicas rather than act on no data.
	scalerFailures = 3
)

// The endpoint picker's metrics the pool scalers read (llm-d-router
// v0.10.0, pkg/epp/metrics: subsystem llm_d_epp).
const (
	pickerQueueMetric   = "llm_d_epp_flow_control_queue_size"
	pickerRunningMetric = "llm_d_epp_request_running"
)

// PickerSignals are the per-replica targets of a pool's scaling on its
// endpoint picker: the requests flow control holds, and those running.
type PickerSignals struct {
	// Queued requests per replica, a number above 0. Default: 1.
	Queued string
	// Running requests per replica, a number above 0. Default: 16.
	Running string
}

// ScalerProps describes the KEDA scaler of one version's servers.
type ScalerProps struct {
	// Server whose Deployment is scaled; it writes no autoscaler of its own
	// (its ExternalScaler). Required.
	Server *ModelServer
	// Pool the server's pods form. Without Metric the scaler reads its
	// picker's signals; with flow control it may scale to zero. Default: none.
	Pool *InferencePool
	// Monitoring names the Prometheus the queries go to, and labels the
	// series they select. Required.
	Monitoring *Monitoring
	// Autoscaling: the bounds, the signal (Metric, or the pool's
	// PickerSignals), the timings. Required.
	Autoscaling Autoscaling
	// RequestTimeout of the route to the servers: a request that waits for
	// the first replica must not time out first. Default: none (no limit).
	RequestTimeout *time.Duration
}

// Scaler is a keda.sh/v1alpha1 ScaledObject: KEDA polls Prometheus and
// drives the HorizontalPodAutoscaler it owns (named MODEL-VERSION, as the
// platform's own would be), and scales between 0 and 1 itself.
type Scaler struct {
	// Name of the ScaledObject and of its HPA: the server's name.
	Name     string
	props    ScalerProps
	triggers []scaleTrigger
}

// scaleTrigger is one Prometheus trigger: a query of one series and the
// value per replica it aims for.
type scaleTrigger struct {
	name, query, perReplica string
}

// NewScaler validates props and adds the ScaledObject to scope.
func NewScaler(scope constructs.Construct, id string, props ScalerProps) (*Scaler, error) {
	s, err := PlanScaler(props)
	return added(scope, id, s, err)
}

// PlanScaler applies defaults to props and validates them.
func PlanScaler(props ScalerProps) (*Scaler, error) {
	props.Autoscaling = props.Autoscaling.scalerDefaults(props.Pool != nil && props.Autoscaling.Metric == nil)
	if err := props.validate(); err != nil {
		return nil, err
	}
	s := &Scaler{Name: props.Server.Name, props: props}
	s.triggers = s.buildTriggers()
	return s, nil
}

// Objects are the ScaledObject (KEDA writes the HPA of the same name).
func (s *Scaler) Objects() []ObjectID {
	return []ObjectID{{"ScaledObject", s.props.Server.Service.Namespace, s.Name}}
}

// scalerKey is the key of autoscaling that asks for a Scaler.
func (a Autoscaling) scalerKey() field.Path {
	path := field.Path("autoscaling")
	switch {
	case a.Metric != nil:
		return path.Child("metric")
	case a.PickerSignals != nil:
		return path.Child("pickerSignals")
	case a.MinReplicas != nil && *a.MinReplicas == 0:
		return path.Child("minReplicas")
	case a.PollingInterval != nil:
		return path.Child("pollingInterval")
	case a.Cooldown != nil:
		return path.Child("cooldown")
	}
	return path
}

func (a Autoscaling) scalerDefaults(pickerSignals bool) Autoscaling {
	a.MinReplicas = intOrDefault(a.MinReplicas, DefaultMinReplicas)
	a.MaxReplicas = intOrDefault(a.MaxReplicas, DefaultMaxReplicas)
	a.ScaleDownStabilization = durationOrDefault(a.ScaleDownStabilization, DefaultScaleDownStabilization)
	a.PollingInterval = durationOrDefault(a.PollingInterval, DefaultPollingInterval)
	a.Cooldown = durationOrDefault(a.Cooldown, DefaultCooldown)
	if pickerSignals {
		signals := PickerSignals{}
		if a.PickerSignals != nil {
			signals = *a.PickerSignals
		}
		signals.Queued = orDefault(signals.Queued, DefaultQueuedPerReplica)
		signals.Running = orDefault(signals.Running, DefaultRunningPerReplica)
		a.PickerSignals = &signals
	}
	return a
}

func (p ScalerProps) validate() error {
	var errs field.List
	if p.Server == nil {
		errs.Add(field.Required("server", "the ModelServer whose Deployment is scaled"))
		return errs.Err()
	}
	a := p.Autoscaling
	if p.Monitoring == nil {
		errs.Add(field.Errorf(a.scalerKey(), "is read from Prometheus by a KEDA scaler, which needs the platform's monitoring block (monitoring.prometheus.address)"))
	}
	path := field.Path("autoscaling")
	minimum, maximum := *a.MinReplicas, *a.MaxReplicas
	if maximum < 1 {
		errs.Add(field.Invalid(path.Child("maxReplicas"), maximum, "must be at least 1"))
	} else if minimum > maximum {
		errs.Add(field.Invalid(path.Child("minReplicas"), minimum, fmt.Sprintf("is above maxReplicas %d", maximum)))
	}
	if minimum < 0 {
		errs.Add(field.Invalid(path.Child("minReplicas"), minimum, "must be at least 0"))
	} else if minimum == 0 {
		errs = append(errs, p.validateScaleToZero()...)
	}
	if a.CPUUtilization != nil {
		errs.Add(field.Errorf(path.Child("cpuUtilization"), "and a scaler's signal exclude each other: scale on one signal"))
	}
	switch {
	case a.Metric != nil:
		// Without monitoring, the error above says what is missing.
		errs = append(errs, a.Metric.validate(path.Child("metric"), p.Monitoring == nil || p.Server.monitored())...)
		if a.PickerSignals != nil {
			errs.Add(field.Errorf(path.Child("pickerSignals"), "and metric exclude each other: scale on one signal"))
		}
	case p.Pool == nil:
		errs.Add(field.Required(path.Child("metric"), "the signal to scale on: a metric of the servers, or a query"))
	case p.Pool.props.EndpointPicker.external():
		errs.Add(field.Required(path.Child("metric"), "the signal to scale on: the pool's picker is yours, and the platform scrapes only its own"))
	default:
		errs.Add(checkPerReplica(path.Child("pickerSignals.queued"), a.PickerSignals.Queued))
		errs.Add(checkPerReplica(path.Child("pickerSignals.running"), a.PickerSignals.Running))
	}
	errs.Add(checkWholeSeconds(path.Child("scaleDownStabilization"), *a.ScaleDownStabilization, 0))
	if *a.ScaleDownStabilization > time.Hour {
		errs.Add(field.Invalid(path.Child("scaleDownStabilization"), a.ScaleDownStabilization.String(), "must be at most 1h"))
	}
	errs.Add(checkWholeSeconds(path.Child("pollingInterval"), *a.PollingInterval, time.Second))
	errs.Add(checkWholeSeconds(path.Child("cooldown"), *a.Cooldown, 0))
	return errs.Err()
}

// validateScaleToZero allows 0 replicas only where something holds the first
// request while KEDA starts a replica and the replica loads its model: the
// pool's picker, with flow control, for longer than the server may take.
func (p ScalerProps) validateScaleToZero() field.List {
	var errs field.List
	path := field.Path("autoscaling.minReplicas")
	var flow *FlowControl
	if p.Pool != nil {
		flow = p.Pool.props.EndpointPicker.FlowControl
	}
	switch {
	case p.Pool == nil:
		errs.Add(field.Invalid(path, 0, "needs backend: inferencePool with endpointPicker.flowControl: behind a Service nothing holds the first request while a replica starts, so it would fail"))
	case flow == nil:
		errs.Add(field.Invalid(path, 0, "needs endpointPicker.flowControl: without it the pool's picker rejects a request that finds no replica, instead of holding it while one starts"))
	case p.Autoscaling.Metric != nil:
		errs.Add(field.Errorf("autoscaling.metric", "cannot scale from zero: with no server running it has no series; leave it out to scale on the picker's queue, which holds the first request"))
	default:
		startup := *p.Server.props.Probes.StartupTimeout
		if ttl := *flow.NoEndpointRequestTTL; ttl != 0 && ttl <= startup {
			errs.Add(field.Invalid(path, 0, fmt.Sprintf(
				"needs endpointPicker.flowControl.noEndpointRequestTTL above the server's startup budget %s (server.probes.startupTimeout): the picker holds the first request %s, and would reject it before a replica could be ready",
				startup, ttl)))
		}
		if t := p.RequestTimeout; t != nil && !gwduration.TimeoutOff(*t) && *t <= startup {
			errs.Add(field.Invalid(path, 0, fmt.Sprintf(
				"needs timeouts.request above the server's startup budget %s (server.probes.startupTimeout): the gateway would give up on the first request after %s, while a replica starts",
				startup, t)))
		}
	}
	return errs
}

// promql parses queries as Prometheus v3 does by default: stable functions,
// no experimental syntax.
var promql = parser.NewParser(parser.Options{})

// metricNamePattern is a Prometheus metric name.
var metricNamePattern = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`)

// validate checks a scaler's signal: a metric name or a query of one series,
// and its target per replica; a metric name needs the servers scraped.
func (m *Signal) validate(path field.Path, scraped bool) field.List {
	var errs field.List
	switch {
	case m.Name != "" && m.Query != "":
		errs.Add(field.Errorf(path.Child("query"), "and name exclude each other: a query says what it selects itself"))
	case m.Name == "" && m.Query == "":
		errs.Add(field.Required(path.Child("name"), "or query: the signal to scale on"))
	case m.Name != "" && !metricNamePattern.MatchString(m.Name):
		errs.Add(field.Invalid(path.Child("name"), m.Name, "must be a Prometheus metric name such as vllm:num_requests_waiting"))
	case m.Name != "" && !scraped:
		errs.Add(field.Errorf(path.Child("name"), "needs metrics of the servers, and a gRPC server's are not scraped: set server.metricsPort (Triton serves them on 8002)"))
	case m.Query != "":
		errs.Add(checkQuery(path.Child("query"), m.Query))
	}
	errs.Add(checkPerReplica(path.Child("averageValue"), m.AverageValue))
	return errs
}

// checkQuery parses a query with Prometheus' own parser and requires one
// series, as KEDA does (more than one is an error on every poll).
func checkQuery(path field.Path, query string) *field.Error {
	expr, err := promql.ParseExpr(query)
	if err != nil {
		return field.Invalid(path, query, "is not PromQL: "+err.Error())
	}
	if expr.Type() != parser.ValueTypeScalar && expr.Type() != parser.ValueTypeVector {
		return field.Invalid(path, query, fmt.Sprintf("is a %s; KEDA takes an instant vector of one series, or a scalar", expr.Type()))
	}
	if !oneSeries(expr) {
		return field.Invalid(path, query, "may return more than one series, which KEDA refuses: aggregate it without by (e.g. sum(...))")
	}
	return nil
}

// oneSeries reports whether expr returns at most one series: a scalar, an
// aggregation without grouping, or an operation on such.
func oneSeries(expr parser.Expr) bool {
	switch e := expr.(type) {
	case *parser.NumberLiteral:
		return true
	case *parser.ParenExpr:
		return oneSeries(e.Expr)
	case *parser.UnaryExpr:
		return oneSeries(e.Expr)
	case *parser.AggregateExpr:
		return len(e.Grouping) == 0 && !e.Without && e.Op != parser.TOPK && e.Op != parser.BOTTOMK && e.Op != parser.COUNT_VALUES
	case *parser.BinaryExpr:
		return oneSeries(e.LHS) && oneSeries(e.RHS)
	case *parser.Call:
		if e.Type() == parser.ValueTypeScalar {
			return true
		}
		for _, arg := range e.Args {
			if arg.Type() == parser.ValueTypeVector && !oneSeries(arg) {
				return false
			}
		}
		return len(e.Args) > 0
	}
	return false
}

// checkPerReplica accepts a target per replica as KEDA reads it: a decimal
// number above 0 ("5", "0.7"; KEDA parses it as a float, so "5000m" is not one).
func checkPerReplica(path field.Path, value string) *field.Error {
	if value == "" {
		return field.Required(path, "")
	}
	n, err := strconv.ParseFloat(value, 64)
	if err != nil || n <= 0 || strings.ContainsAny(value, "eE") {
		return field.Invalid(path, value, "must be a decimal number above 0 (KEDA reads the target as a float), e.g. 5 or 0.5")
	}
	return nil
}

// selector is PromQL's label matchers of the series of the pods of
// instance, as the PodMonitors label them.
func (s *Scaler) selector(instance string) string {
	return fmt.Sprintf("namespace=%s,%s=%s", strconv.Quote(s.props.Server.Service.Namespace), TargetLabel(instanceLabel), strconv.Quote(instance))
}

// buildTriggers turns the signal into Prometheus triggers.
func (s *Scaler) buildTriggers() []scaleTrigger {
	a := s.props.Autoscaling
	if m := a.Metric; m != nil {
		if m.Query != "" {
			return []scaleTrigger{{"query", m.Query, m.AverageValue}}
		}
		return []scaleTrigger{{triggerName(m.Name), fmt.Sprintf("sum(%s{%s})", m.Name, s.selector(s.Name)), m.AverageValue}}
	}
	// The picker's gauges have no series until a request sets their labels,
	// so an empty sum is 0 while the picker is scraped (its up series is
	// there), and an error when it is not: a broken selector is never read
	// as an idle pool.
	picker := s.selector(pickerName(s.props.Pool.Name))
	pickerSum := func(metric string) string {
		return fmt.Sprintf("sum(%s{%s}) or 0 * sum(up{%s})", metric, picker, picker)
	}
	var triggers []scaleTrigger
	if s.props.Pool.props.EndpointPicker.FlowControl != nil {
		// Without flow control the picker holds nothing: the queue stays empty.
		triggers = append(triggers, scaleTrigger{"queued", pickerSum(pickerQueueMetric), a.PickerSignals.Queued})
	}
	return append(triggers, scaleTrigger{"running", pickerSum(pickerRunningMetric), a.PickerSignals.Running})
}

// triggerName names a metric's trigger: vllm:num_requests_waiting gives
// vllm-num-requests-waiting.
func triggerName(metric string) string {
	return strings.Trim(unsafeLabelChar.ReplaceAllString(strings.ReplaceAll(metric, "_", "-"), "-"), "-")
}

// Add adds the ScaledObject to scope. It takes over an HPA of its name that
// an earlier release of the platform wrote for the same Deployment
// (transfer-hpa-ownership), so switching a model to KEDA needs no deletion.
func (s *Scaler) Add(scope constructs.Construct, id string) {
	a := s.props.Autoscaling
	triggers := make([]*keda.ScaledObjectSpecTriggers, len(s.triggers))
	for i, t := range s.triggers {
		triggers[i] = &keda.ScaledObjectSpecTriggers{
			Type:       jsii.String("prometheus"),
			Name:       jsii.String(t.name),
			MetricType: jsii.String("AverageValue"),
			Metadata: &map[string]*string{
				"serverAddress": jsii.String(s.props.Monitoring.Prometheus.Address),
				"query":         jsii.String(t.query),
				"threshold":     jsii.String(t.perReplica),
				// An empty result is an error, not 0: a query that selects
				// nothing must not scale the servers down silently.
				"ignoreNullValues": jsii.String("false"),
			},
		}
	}
	name := jsii.String(s.Name)
	keda.NewScaledObject(scope, jsii.String(id), &keda.ScaledObjectProps{
		Metadata: &cdk8s.ApiObjectMetadata{
			Name:        name,
			Labels:      modelLabels(s.props.Server.props.Model),
			Annotations: &map[string]*string{"scaledobject.keda.sh/transfer-hpa-ownership": jsii.String("true")},
		},
		Spec: &keda.ScaledObjectSpec{
			ScaleTargetRef:  &keda.ScaledObjectSpecScaleTargetRef{ApiVersion: jsii.String("apps/v1"), Kind: jsii.String("Deployment"), Name: name},
			MinReplicaCount: jsii.Number(*a.MinReplicas),
			MaxReplicaCount: jsii.Number(*a.MaxReplicas),
			PollingInterval: jsii.Number(seconds(*a.PollingInterval)),
			CooldownPeriod:  jsii.Number(seconds(*a.Cooldown)),
			// With Prometheus unreachable, KEDA keeps at least one replica,
			// or the minimum, rather than acting on no data.
			Fallback: &keda.ScaledObjectSpecFallback{
				FailureThreshold: jsii.Number(scalerFailures),
				Replicas:         jsii.Number(max(1, *a.MinReplicas)),
				Behavior:         keda.ScaledObjectSpecFallbackBehavior_STATIC,
			},
			Advanced: &keda.ScaledObjectSpecAdvanced{
				HorizontalPodAutoscalerConfig: &keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig{
					Name: name,
					Behavior: &keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior{
						ScaleDown: &keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown{
							StabilizationWindowSeconds: jsii.Number(seconds(*a.ScaleDownStabilization)),
						},
					},
				},
			},
			Triggers: &triggers,
		},
	})
}

// ScaledOnSignals reports whether a version scales with a Scaler (KEDA)
// rather than a HorizontalPodAutoscaler of its server's own: when its
// autoscaling names what only a Scaler does (a metric, picker targets, a
// polling interval, a cooldown, zero replicas), or when its pool has a
// picker of the platform's that the monitoring's Prometheus scrapes and it
// names no CPU target: it then scales on that picker's signals. a nil is
// the default autoscaling.
func ScaledOnSignals(a *Autoscaling, ownPicker, monitored bool) bool {
	if a == nil {
		return ownPicker && monitored
	}
	if a.Metric != nil || a.PickerSignals != nil || a.PollingInterval != nil || a.Cooldown != nil || a.MinReplicas != nil && *a.MinReplicas == 0 {
		return true
	}
	return ownPicker && monitored && a.CPUUtilization == nil
}
