package topology

import (
	"fmt"
	"slices"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	gwv1 "sigs.k8s.io/gateway-api/apis/v1"
	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/internal/llmd"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// objectiveRules gathers, over a route's rules, the objectives requests may
// name (llmd.ObjectiveHeader in a match) and the one the route names for the
// others (the header set by a rule that matches none).
type objectiveRules struct {
	named []string
	// fallback is the InferenceObjective the rule without the header sets,
	// and pool the pool it belongs to.
	fallback, pool string
}

func (o *objectiveRules) match(m gwv1.HTTPRouteMatch) {
	for _, h := range m.Headers {
		if strings.EqualFold(string(h.Name), llmd.ObjectiveHeader) && !slices.Contains(o.named, h.Value) {
			o.named = append(o.named, h.Value)
		}
	}
}

// set notes the objective a rule's header modifier names, when the rule
// matches requests that name none.
func (o *objectiveRules) set(rule gwv1.HTTPRouteRule, f *gwv1.HTTPHeaderFilter) {
	for _, m := range rule.Matches {
		for _, h := range m.Headers {
			if strings.EqualFold(string(h.Name), llmd.ObjectiveHeader) {
				return
			}
		}
	}
	for _, h := range f.Set {
		if strings.EqualFold(string(h.Name), llmd.ObjectiveHeader) && o.fallback == "" {
			o.fallback = h.Value
			if len(rule.BackendRefs) > 0 {
				o.pool = string(rule.BackendRefs[0].Name)
			}
		}
	}
}

// text is the route's line about objectives: "objectives batch · default
// interactive", or "" without any.
func (o *objectiveRules) text() string {
	if len(o.named) == 0 && o.fallback == "" {
		return ""
	}
	text := "objectives " + strings.Join(o.named, ", ")
	if o.fallback != "" {
		if len(o.named) > 0 {
			text += " · "
		}
		text += "default " + strings.TrimPrefix(o.fallback, o.pool+"-")
	}
	return text
}

// withoutObjective is m without its objective header, as the reader thinks
// of the route's matches.
func withoutObjective(m gwv1.HTTPRouteMatch) gwv1.HTTPRouteMatch {
	m.Headers = slices.DeleteFunc(slices.Clone(m.Headers), func(h gwv1.HTTPHeaderMatch) bool {
		return strings.EqualFold(string(h.Name), llmd.ObjectiveHeader)
	})
	return m
}

func mirrorKey(f *gwv1.HTTPRequestMirrorFilter) string {
	return refKey(f.BackendRef) + fmt.Sprintf(" %v", percentOf(f.Percent))
}

func percentOf(p *int32) int32 {
	if p == nil {
		return 100
	}
	return *p
}

// equalRefs reports whether two rules send requests to the same backends
// with the same weights.
func equalRefs(a, b []gwv1.BackendRef) bool {
	return slices.EqualFunc(a, b, func(x, y gwv1.BackendRef) bool {
		return x.Name == y.Name && weight(x) == weight(y) && refKey(x.BackendObjectReference) == refKey(y.BackendObjectReference)
	})
}

// refKey identifies a backend: kind, namespace, name and port.
func refKey(r gwv1.BackendObjectReference) string {
	key := string(r.Name)
	if r.Kind != nil {
		key = string(*r.Kind) + "/" + key
	}
	if r.Namespace != nil {
		key = string(*r.Namespace) + "/" + key
	}
	if r.Port != nil {
		key += fmt.Sprintf(":%d", *r.Port)
	}
	return key
}

// poolLines describe what the pool's picker knows of requests: the
// priorities of its objectives, highest first, and its model rewrites.
func (p *platform) poolLines(pool *manifest.InferencePool) []string {
	var lines []string
	type objective struct {
		name     string
		priority int32
	}
	var objectives []objective
	for _, o := range p.objectives {
		if o.Namespace == pool.Namespace && o.Spec.PoolRef.Name == pool.Name {
			priority := int32(0)
			if o.Spec.Priority != nil {
				priority = *o.Spec.Priority
			}
			objectives = append(objectives, objective{strings.TrimPrefix(o.Name, pool.Name+"-"), priority})
		}
	}
	slices.SortStableFunc(objectives, func(a, b objective) int { return int(b.priority) - int(a.priority) })
	if len(objectives) > 0 {
		parts := make([]string, len(objectives))
		for i, o := range objectives {
			parts[i] = fmt.Sprintf("%s %d", o.name, o.priority)
		}
		lines = append(lines, "priority "+strings.Join(parts, " · "))
	}
	for _, rw := range p.rewrites {
		if rw.Namespace != pool.Namespace || rw.Spec.PoolRef.Name != pool.Name {
			continue
		}
		for _, rule := range rw.Spec.Rules {
			var from []string
			for _, m := range rule.Matches {
				from = append(from, m.Model.Value)
			}
			total := int32(0)
			for _, t := range rule.Targets {
				total += weightOf(t.Weight)
			}
			var to []string
			for _, t := range rule.Targets {
				to = append(to, fmt.Sprintf("%s %s", t.ModelRewrite, percent(float64(weightOf(t.Weight))*100/float64(max(total, 1)))))
			}
			lines = append(lines, fmt.Sprintf("rewrite %s → %s", strings.Join(from, ", "), strings.Join(to, ", ")))
		}
	}
	return lines
}

func weightOf(w *int32) int32 {
	if w == nil {
		return 1
	}
	return *w
}

// flowControlLines describe the flow control of a picker, from the
// configuration file of the ConfigMap its pods mount.
func (p *platform) flowControlLines(dep *appsv1.Deployment) []string {
	for _, v := range dep.Spec.Template.Spec.Volumes {
		if v.ConfigMap == nil {
			continue
		}
		for _, cm := range p.configMaps {
			if cm.Namespace != dep.Namespace || cm.Name != v.ConfigMap.Name {
				continue
			}
			for _, data := range cm.Data {
				var cfg llmd.Config
				if yaml.Unmarshal([]byte(data), &cfg) != nil || cfg.Kind != llmd.ConfigKind || cfg.FlowControl == nil {
					continue
				}
				f := cfg.FlowControl
				text := fmt.Sprintf("flow control: waits %s, %s without endpoints", f.DefaultRequestTTL, f.NoEndpointRequestTTL)
				if f.MaxRequests != "" {
					text += ", at most " + f.MaxRequests + " requests"
				}
				if f.MaxBytes != "" {
					text += ", " + f.MaxBytes
				}
				return []string{text}
			}
		}
	}
	return nil
}

// loraAdapters are the names of the LoRA adapters a vLLM server's args
// serve: the entries after --lora-modules, NAME=SOURCE each.
func loraAdapters(args []string) []string {
	var names []string
	for i, a := range args {
		if a != "--lora-modules" {
			continue
		}
		for _, module := range args[i+1:] {
			if strings.HasPrefix(module, "-") {
				break
			}
			name, _, _ := strings.Cut(module, "=")
			names = append(names, name)
		}
	}
	return names
}
