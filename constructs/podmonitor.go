package constructs

import (
	"net/url"
	"regexp"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"

	"github.com/ai-gateway/ai-gateway/field"
	monitoring "github.com/ai-gateway/ai-gateway/imports/monitoringcoreoscom"
	"github.com/ai-gateway/ai-gateway/internal/gwduration"
)

// DefaultScrapeInterval is how often Prometheus scrapes the platform's pods:
// as often as the scalers poll, so each poll sees a new value.
const DefaultScrapeInterval = 15 * time.Second

// metricsPath is where vLLM and the endpoint picker serve their metrics.
const metricsPath = "/metrics"

// MonitorTargetLabels are the pod labels every PodMonitor copies onto the
// series it scrapes (podTargetLabels), so each carries the model, the
// version, the instance (MODEL-VERSION, or the picker's POOL-epp) and the
// component it came from; the scalers' queries select on them.
var MonitorTargetLabels = []string{ModelLabel, instanceLabel, versionLabel, componentLabel}

// unsafeLabelChar is what the Prometheus Operator replaces by _ in a pod
// label it copies (pkg/prometheus/promcfg.go: sanitizeLabelName).
var unsafeLabelChar = regexp.MustCompile(`[^a-zA-Z0-9_]`)

// TargetLabel is the name of the Prometheus label that a PodMonitor's
// podTargetLabels gives a pod label: app.kubernetes.io/instance becomes
// app_kubernetes_io_instance.
func TargetLabel(podLabel string) string { return unsafeLabelChar.ReplaceAllString(podLabel, "_") }

// Monitoring says which Prometheus scrapes the platform's servers and
// pickers (one PodMonitor each), and where the scalers read their signals.
type Monitoring struct {
	// Prometheus that scrapes the pods and answers the scalers. Required.
	Prometheus Prometheus
	// PodMonitorLabels label every PodMonitor, for the Prometheus'
	// podMonitorSelector (kube-prometheus-stack selects release: NAME).
	// Default: none.
	PodMonitorLabels map[string]string
	// Interval between scrapes, at least 1s. Default: 15s.
	Interval *time.Duration
}

// Prometheus is the Prometheus server of the platform.
type Prometheus struct {
	// Address of its HTTP API, for the scalers, e.g.
	// http://prometheus-operated.monitoring.svc:9090. Required.
	Address string
	// NamespaceLabels and PodLabels select its pods, which the
	// NetworkPolicies admit to the metrics ports; at least one is required.
	NamespaceLabels, PodLabels map[string]string
}

func (m *Monitoring) withDefaults() *Monitoring {
	if m == nil {
		return nil
	}
	out := *m
	out.Interval = durationOrDefault(m.Interval, DefaultScrapeInterval)
	return &out
}

// validate checks the monitoring block; its keys sit under "monitoring".
func (m *Monitoring) validate() field.List {
	if m == nil {
		return nil
	}
	var errs field.List
	path := field.Path("monitoring")
	errs.Add(checkPrometheusAddress(path.Child("prometheus.address"), m.Prometheus.Address))
	if len(m.Prometheus.NamespaceLabels) == 0 && len(m.Prometheus.PodLabels) == 0 {
		errs.Add(field.Required(path.Child("prometheus.namespaceLabels"), "or prometheus.podLabels: the Prometheus pods the NetworkPolicies admit to the metrics ports"))
	}
	errs = append(errs, checkLabels(path.Child("prometheus.namespaceLabels"), m.Prometheus.NamespaceLabels)...)
	errs = append(errs, checkLabels(path.Child("prometheus.podLabels"), m.Prometheus.PodLabels)...)
	errs = append(errs, checkLabels(path.Child("podMonitorLabels"), m.PodMonitorLabels)...)
	errs.Add(checkWholeSeconds(path.Child("interval"), *m.Interval, time.Second))
	return errs
}

// scraper is the Prometheus as a peer of the NetworkPolicies.
func (m *Monitoring) scraper() TrafficPeer {
	return TrafficPeer{NamespaceLabels: m.Prometheus.NamespaceLabels, PodLabels: m.Prometheus.PodLabels}
}

// checkPrometheusAddress accepts the URL of a Prometheus HTTP API.
func checkPrometheusAddress(path field.Path, address string) *field.Error {
	if address == "" {
		return field.Required(path, "the URL of Prometheus' HTTP API, e.g. http://prometheus-operated.monitoring.svc:9090")
	}
	u, err := url.Parse(address)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return field.Invalid(path, address, "must be the http:// or https:// URL of Prometheus' HTTP API, with neither query nor credentials, e.g. http://prometheus-operated.monitoring.svc:9090")
	}
	return nil
}

// PodMonitorProps says which pods Prometheus scrapes, and where.
type PodMonitorProps struct {
	// Name of the PodMonitor: the name of what it scrapes. Required.
	Name string
	// Model the pods serve; labels the PodMonitor. Required.
	Model string
	// Selector of the pods. Required.
	Selector map[string]string
	// Port is the name of the container port that serves the metrics. Required.
	Port string
	// Monitoring says how often, and labels the PodMonitor. Required.
	Monitoring *Monitoring
}

// addPodMonitor adds a monitoring.coreos.com/v1 PodMonitor: the pods'
// metrics at Port /metrics, over HTTP, every Interval, with the
// MonitorTargetLabels copied onto every series. It stays in its own
// namespace, as PodMonitors do by default.
func addPodMonitor(scope constructs.Construct, id string, props PodMonitorProps) {
	labels := map[string]string{}
	for k, v := range props.Monitoring.PodMonitorLabels {
		labels[k] = v
	}
	labels[ModelLabel] = props.Model
	interval, _ := gwduration.Format(*props.Monitoring.Interval)
	monitoring.NewPodMonitor(scope, jsii.String(id), &monitoring.PodMonitorProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(props.Name), Labels: stringMap(labels)},
		Spec: &monitoring.PodMonitorSpec{
			Selector:        &monitoring.PodMonitorSpecSelector{MatchLabels: stringMap(props.Selector)},
			PodTargetLabels: jsii.Strings(MonitorTargetLabels...),
			PodMetricsEndpoints: &[]*monitoring.PodMonitorSpecPodMetricsEndpoints{{
				Port:     jsii.String(props.Port),
				Path:     jsii.String(metricsPath),
				Scheme:   monitoring.PodMonitorSpecPodMetricsEndpointsScheme_HTTP,
				Interval: jsii.String(interval),
			}},
		},
	})
}

// scrapeRules admit the monitoring's Prometheus to ports; none without
// monitoring.
func (m *Monitoring) scrapeRules(ports ...int) []*k8s.NetworkPolicyIngressRule {
	if m == nil {
		return nil
	}
	return admitPeers([]TrafficPeer{m.scraper()}, ports...)
}
