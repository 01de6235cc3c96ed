package topology

import (
	"fmt"
	"strings"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	appsv1 "k8s.io/api/apps/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"

	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// scalerText describes a KEDA scaler: its bounds and its triggers, each with
// its target per replica: "KEDA 0–4 on queued 1, running 16 per replica".
func scalerText(s *manifest.ScaledObject) string {
	minimum, maximum := int32(0), int32(100) // KEDA's defaults
	if s.Spec.MinReplicaCount != nil {
		minimum = *s.Spec.MinReplicaCount
	}
	if s.Spec.MaxReplicaCount != nil {
		maximum = *s.Spec.MaxReplicaCount
	}
	var triggers []string
	for _, t := range s.Spec.Triggers {
		name := t.Name
		if name == "" {
			name = t.Type
		}
		triggers = append(triggers, name+" "+t.Metadata["threshold"])
	}
	return fmt.Sprintf("KEDA %d–%d on %s per replica", minimum, maximum, strings.Join(triggers, ", "))
}

// monitorOf is the PodMonitor that scrapes dep's pods, or nil.
func (p *platform) monitorOf(dep *appsv1.Deployment) *monitoringv1.PodMonitor {
	for _, m := range p.monitors {
		if m.Namespace != dep.Namespace {
			continue
		}
		sel, err := metav1.LabelSelectorAsSelector(&m.Spec.Selector)
		if err == nil && !sel.Empty() && sel.Matches(labels.Set(dep.Spec.Template.Labels)) {
			return m
		}
	}
	return nil
}

// monitorText describes a PodMonitor: "scraped every 15s (port http)".
func monitorText(m *monitoringv1.PodMonitor) string {
	var parts []string
	for _, e := range m.Spec.PodMetricsEndpoints {
		text := "scraped"
		if e.Interval != "" {
			text += " every " + string(e.Interval)
		}
		if e.Port != nil {
			text += " (port " + *e.Port + ")"
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, ", ")
}
