package main

import (
	"testing"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	k8slabels "k8s.io/apimachinery/pkg/labels"

	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// seriesLabels are the target labels Prometheus gives the series of d's pods
// as monitor scrapes them: namespace, and each podTargetLabel, renamed as
// the Prometheus Operator renames it.
func seriesLabels(d *appsv1.Deployment, monitor *monitoringv1.PodMonitor) map[string]string {
	out := map[string]string{"namespace": d.Namespace}
	for _, l := range monitor.Spec.PodTargetLabels {
		if v, ok := d.Spec.Template.Labels[l]; ok {
			out[constructs.TargetLabel(l)] = v
		}
	}
	return out
}

// monitorOf is the PodMonitor of dist/ that scrapes d's pods, or nil.
func monitorOf(t *testing.T, objects []any, d *appsv1.Deployment) *monitoringv1.PodMonitor {
	t.Helper()
	var found *monitoringv1.PodMonitor
	for _, m := range ofType[*monitoringv1.PodMonitor](objects) {
		sel, err := metav1.LabelSelectorAsSelector(&m.Spec.Selector)
		require.NoError(t, err)
		if m.Namespace == d.Namespace && sel.Matches(k8slabels.Set(d.Spec.Template.Labels)) {
			require.Nil(t, found, "Deployment %s is scraped by one PodMonitor", d.Name)
			found = m
		}
	}
	return found
}

// TestEveryScalerReadsTheSeriesOfItsOwnPods checks every ScaledObject of
// dist/: it scales a Deployment of dist/ that a PodMonitor scrapes, and each
// of its queries' selectors picks, among the Deployments of dist/ as their
// PodMonitors label their series, exactly that Deployment or the picker of
// its pool.
func TestEveryScalerReadsTheSeriesOfItsOwnPods(t *testing.T) {
	objects := decodeAll(t)
	scalers := ofType[*manifest.ScaledObject](objects)
	require.NotEmpty(t, scalers)
	series := map[string]map[string]string{} // Deployment → the labels of its series
	for _, d := range ofType[*appsv1.Deployment](objects) {
		if m := monitorOf(t, objects, d); m != nil {
			series[d.Name] = seriesLabels(d, m)
		}
	}
	pools := poolsOfDist(objects)
	for _, so := range scalers {
		target := findDeployment(objects, so.Namespace, so.Spec.ScaleTargetRef.Name)
		require.NotNil(t, target, "ScaledObject %s scales a Deployment of dist/", so.Name)
		assert.Equal(t, "Deployment", so.Spec.ScaleTargetRef.Kind)
		require.Contains(t, series, target.Name, "a PodMonitor scrapes the pods ScaledObject %s scales", so.Name)
		want := []string{target.Name}
		for _, pool := range pools {
			if k8slabels.SelectorFromSet(pool.Spec.Selector.MatchLabels).Matches(k8slabels.Set(target.Spec.Template.Labels)) {
				want = append(want, pool.Spec.EndpointPickerRef.Name) // the picker's Deployment is named like its Service
			}
		}
		for _, trigger := range so.Spec.Triggers {
			assert.Equal(t, "AverageValue", trigger.MetricType)
			assert.Equal(t, "false", trigger.Metadata["ignoreNullValues"], "an empty result is an error, not 0")
			expr, err := parser.NewParser(parser.Options{}).ParseExpr(trigger.Metadata["query"])
			require.NoError(t, err)
			for _, selector := range parser.ExtractSelectors(expr) {
				var selected []string
				for name, lbls := range series {
					if matchesTargetLabels(selector, lbls) {
						selected = append(selected, name)
					}
				}
				require.Len(t, selected, 1, "ScaledObject %s trigger %s: %v selects the series of exactly one Deployment, found %v", so.Name, trigger.Name, selector, selected)
				assert.Contains(t, want, selected[0], "ScaledObject %s trigger %s reads its own servers or its pool's picker", so.Name, trigger.Name)
			}
		}
	}
}

// matchesTargetLabels reports whether every matcher of a selector on a
// target label (namespace, a copied pod label) holds for lbls; matchers on
// the metric's name and its own labels are the metric's business.
func matchesTargetLabels(selector []*labels.Matcher, lbls map[string]string) bool {
	for _, m := range selector {
		if m.Name != "namespace" && !isTargetLabel(m.Name) {
			continue
		}
		if !m.Matches(lbls[m.Name]) {
			return false
		}
	}
	return true
}

func isTargetLabel(name string) bool {
	for _, l := range constructs.MonitorTargetLabels {
		if constructs.TargetLabel(l) == name {
			return true
		}
	}
	return false
}
