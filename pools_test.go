package main

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/labels"
	gwv1 "sigs.k8s.io/gateway-api/apis/v1"
	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/internal/llmd"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// poolsOfDist indexes the InferencePools of dist/ by namespace/name.
func poolsOfDist(objects []any) map[string]*manifest.InferencePool {
	out := map[string]*manifest.InferencePool{}
	for _, p := range ofType[*manifest.InferencePool](objects) {
		out[p.Namespace+"/"+p.Name] = p
	}
	return out
}

// poolServer is the one Deployment whose pods pool selects.
func poolServer(t *testing.T, objects []any, pool *manifest.InferencePool) *appsv1.Deployment {
	t.Helper()
	var found []*appsv1.Deployment
	for _, d := range ofType[*appsv1.Deployment](objects) {
		if d.Namespace == pool.Namespace && labels.SelectorFromSet(pool.Spec.Selector.MatchLabels).Matches(labels.Set(d.Spec.Template.Labels)) {
			found = append(found, d)
		}
	}
	require.Len(t, found, 1, "InferencePool %s selects the pods of exactly one Deployment", pool.Name)
	return found[0]
}

// servedModels are the names a vLLM server's args serve: those after
// --served-model-name, and the adapters of --lora-modules.
func servedModels(args []string) []string {
	var names []string
	for _, flag := range []string{"--served-model-name", "--lora-modules"} {
		i := slices.Index(args, flag)
		if i < 0 {
			continue
		}
		for _, a := range args[i+1:] {
			if strings.HasPrefix(a, "-") {
				break
			}
			name, _, _ := strings.Cut(a, "=")
			names = append(names, name)
		}
	}
	return names
}

// TestObjectivesRewritesAndAdaptersBelongToPoolsOfDist follows every
// reference of llm-d-router's objects and of the routes' objective headers
// to a pool of dist/ and the servers behind it.
func TestObjectivesRewritesAndAdaptersBelongToPoolsOfDist(t *testing.T) {
	objects := decodeAll(t)
	pools := poolsOfDist(objects)
	objectives := map[string]*manifest.InferenceObjective{}
	for _, o := range ofType[*manifest.InferenceObjective](objects) {
		ref := o.Spec.PoolRef
		assert.Equal(t, []string{"inference.networking.k8s.io", "InferencePool"}, []string{ref.Group, ref.Kind}, "InferenceObjective %s names its pool by group and kind", o.Name)
		assert.Contains(t, pools, o.Namespace+"/"+ref.Name, "InferenceObjective %s refers to a pool of dist/", o.Name)
		objectives[o.Namespace+"/"+o.Name] = o
	}
	require.NotEmpty(t, objectives, "the default platform has objectives")

	rewrites := ofType[*manifest.InferenceModelRewrite](objects)
	for _, rw := range rewrites {
		pool := pools[rw.Namespace+"/"+rw.Spec.PoolRef.Name]
		require.NotNil(t, pool, "InferenceModelRewrite %s refers to a pool of dist/", rw.Name)
		served := servedModels(poolServer(t, objects, pool).Spec.Template.Spec.Containers[0].Args)
		for _, rule := range rw.Spec.Rules {
			for _, target := range rule.Targets {
				assert.Contains(t, served, target.ModelRewrite, "InferenceModelRewrite %s sends requests to a model its pool's servers serve", rw.Name)
			}
		}
	}

	routed := map[string][]string{} // pool → the model names its routes' matches accept
	for _, r := range ofType[*gwv1.HTTPRoute](objects) {
		for _, rule := range r.Spec.Rules {
			for _, b := range rule.BackendRefs {
				if b.Kind == nil || *b.Kind != "InferencePool" {
					continue
				}
				key := r.Namespace + "/" + string(b.Name)
				require.Contains(t, pools, key, "HTTPRoute %s targets a pool of dist/", r.Name)
				for _, m := range rule.Matches {
					for _, h := range m.Headers {
						routed[key] = append(routed[key], h.Value)
					}
				}
				for _, named := range objectivesSet(rule, b) {
					o := objectives[r.Namespace+"/"+named]
					if assert.NotNil(t, o, "HTTPRoute %s names InferenceObjective %s, which dist/ does not define", r.Name, named) {
						assert.Equal(t, string(b.Name), o.Spec.PoolRef.Name, "HTTPRoute %s names, on its way to pool %s, an objective of that pool", r.Name, b.Name)
					}
				}
			}
		}
	}
	adapters := 0
	for key, pool := range pools {
		for _, name := range servedModels(poolServer(t, objects, pool).Spec.Template.Spec.Containers[0].Args) {
			adapters++
			assert.Contains(t, routed[key], name, "the route to pool %s accepts %s, a model its servers serve", pool.Name, name)
		}
	}
	assert.Positive(t, adapters)
}

// objectivesSet are the InferenceObjectives a rule names on its way to
// backend b: set by the rule's or the backend's header modifier.
func objectivesSet(rule gwv1.HTTPRouteRule, b gwv1.HTTPBackendRef) []string {
	var names []string
	add := func(f *gwv1.HTTPHeaderFilter) {
		if f == nil {
			return
		}
		for _, h := range f.Set {
			if strings.EqualFold(string(h.Name), llmd.ObjectiveHeader) {
				names = append(names, h.Value)
			}
		}
	}
	for _, f := range rule.Filters {
		add(f.RequestHeaderModifier)
	}
	for _, f := range b.Filters {
		add(f.RequestHeaderModifier)
	}
	return names
}

// TestPickerConfigsDeclareWhatTheyUse reads every picker's configuration:
// each plugin a profile names is declared, and the LoRA-affinity scorer is
// there exactly when the pool's servers serve adapters.
func TestPickerConfigsDeclareWhatTheyUse(t *testing.T) {
	objects := decodeAll(t)
	pools := poolsOfDist(objects)
	checked := 0
	for _, d := range ofType[*appsv1.Deployment](objects) {
		if d.Spec.Template.Labels["app.kubernetes.io/component"] != "endpoint-picker" {
			continue
		}
		pool := pools[d.Namespace+"/"+argAfter(d.Spec.Template.Spec.Containers[0].Args, "--pool-name")]
		require.NotNil(t, pool, "picker %s serves a pool of dist/", d.Name)
		cfg := pickerConfig(t, objects, d)
		assert.Equal(t, llmd.ConfigAPIVersion, cfg.APIVersion)
		declared := map[string]string{}
		for _, p := range cfg.Plugins {
			declared[p.Name] = p.Type
		}
		for _, profile := range cfg.SchedulingProfiles {
			for _, ref := range profile.Plugins {
				assert.Contains(t, declared, ref.PluginRef, "picker %s: profile %s names an undeclared plugin", d.Name, profile.Name)
			}
		}
		serves := slices.Contains(poolServer(t, objects, pool).Spec.Template.Spec.Containers[0].Args, "--enable-lora")
		assert.Equal(t, serves, slices.Contains(slices.Collect(maps.Values(declared)), llmd.LoRAAffinityScorer),
			"picker %s has the LoRA-affinity scorer exactly when its pool's servers serve adapters", d.Name)
		assert.Equal(t, cfg.FlowControl != nil, slices.Contains(cfg.FeatureGates, llmd.FlowControlFeatureGate),
			"picker %s: a flowControl block comes with its feature gate", d.Name)
		checked++
	}
	assert.Positive(t, checked)
}

// pickerConfig is the configuration file of the ConfigMap picker d mounts.
func pickerConfig(t *testing.T, objects []any, d *appsv1.Deployment) llmd.Config {
	t.Helper()
	for _, v := range d.Spec.Template.Spec.Volumes {
		if v.ConfigMap == nil {
			continue
		}
		for _, cm := range ofType[*corev1.ConfigMap](objects) {
			if cm.Namespace == d.Namespace && cm.Name == v.ConfigMap.Name {
				var cfg llmd.Config
				for _, data := range cm.Data {
					require.NoError(t, yaml.UnmarshalStrict([]byte(data), &cfg), "ConfigMap %s holds an EndpointPickerConfig and nothing else", cm.Name)
				}
				return cfg
			}
		}
	}
	t.Fatalf("picker %s mounts no ConfigMap of dist/", d.Name)
	return llmd.Config{}
}
