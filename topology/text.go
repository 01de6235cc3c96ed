package topology

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	autoscalingv2 "k8s.io/api/autoscaling/v2"
	gwv1 "sigs.k8s.io/gateway-api/apis/v1"

	"github.com/ai-gateway/ai-gateway/internal/gwduration"
)

// diagram accumulates Mermaid lines, counts its edges and remembers which
// nodes it has drawn.
type diagram struct {
	b     strings.Builder
	drawn map[string]bool
	edges int
}

func (d *diagram) line(format string, args ...any) {
	fmt.Fprintf(&d.b, format+"\n", args...)
}

// edge writes a line that draws one edge.
func (d *diagram) edge(format string, args ...any) {
	d.edges++
	d.line(format, args...)
}

// once reports whether node is new, marking it drawn.
func (d *diagram) once(node string) bool {
	if d.drawn == nil {
		d.drawn = map[string]bool{}
	}
	if d.drawn[node] {
		return false
	}
	d.drawn[node] = true
	return true
}

func (d *diagram) String() string { return d.b.String() }

var unsafeID = regexp.MustCompile(`[^A-Za-z0-9]`)

// id builds a Mermaid node id from parts: letters, digits and underscores
// only. Every other character becomes _ and its code in hex ("-" is _2d),
// so distinct names ("a-b", "a--b", "a.b") keep distinct ids, and parts
// are joined with "__", which no part holds.
func id(parts ...string) string {
	for i, p := range parts {
		parts[i] = unsafeID.ReplaceAllStringFunc(p, func(c string) string {
			return fmt.Sprintf("_%x", c)
		})
	}
	return strings.Join(parts, "__")
}

// timeoutText describes a rule's timeouts; a timeout of zero turns its
// limit off (gwduration.TimeoutOff).
func timeoutText(t *gwv1.HTTPRouteTimeouts) string {
	text := "timeout " + string(*t.Request)
	if gwduration.TextOff(string(*t.Request)) {
		text = "no request timeout"
	}
	switch backend := t.BackendRequest; {
	case backend == nil || *backend == *t.Request:
	case gwduration.TextOff(string(*backend)):
		text += ", no timeout per backend"
	default:
		text += ", per backend " + string(*backend)
	}
	return text
}

// label quotes text for Mermaid; quotes inside become entity codes.
func label(text string) string {
	return `"` + strings.ReplaceAll(text, `"`, "#quot;") + `"`
}

// routeHead is the first lines of a route's label: its kind and name, and
// its hostnames if it has any.
func routeHead(kind, name string, hosts []gwv1.Hostname) []string {
	return append([]string{kind + " " + name}, hostnames(hosts)...)
}

func hostnames(hosts []gwv1.Hostname) []string {
	if len(hosts) == 0 {
		return nil
	}
	names := make([]string, len(hosts))
	for i, h := range hosts {
		names[i] = string(h)
	}
	return []string{"hosts " + strings.Join(names, ", ")}
}

func httpMatch(m gwv1.HTTPRouteMatch) string {
	var parts []string
	if m.Path != nil && m.Path.Value != nil {
		parts = append(parts, "path "+*m.Path.Value)
	}
	for _, h := range m.Headers {
		parts = append(parts, fmt.Sprintf("%s: %s", h.Name, h.Value))
	}
	return "match " + strings.Join(parts, " · ")
}

func grpcMatch(m gwv1.GRPCRouteMatch) string {
	var parts []string
	if m.Method != nil {
		method := "*"
		if m.Method.Method != nil {
			method = *m.Method.Method
		}
		service := "*"
		if m.Method.Service != nil {
			service = *m.Method.Service
		}
		parts = append(parts, service+"/"+method)
	}
	for _, h := range m.Headers {
		parts = append(parts, fmt.Sprintf("%s: %s", h.Name, h.Value))
	}
	if len(parts) == 0 {
		return "match every call"
	}
	return "match " + strings.Join(parts, " · ")
}

func redirect(r *gwv1.HTTPRequestRedirectFilter) string {
	text := "redirect"
	if r.Scheme != nil {
		text += " → " + *r.Scheme
	}
	if r.StatusCode != nil {
		text += fmt.Sprintf(" (%d)", *r.StatusCode)
	}
	return text
}

func weight(b gwv1.BackendRef) int32 {
	if b.Weight == nil {
		return 1
	}
	return *b.Weight
}

// percent renders a share without trailing zeros: 90%, 33.3%.
func percent(p float64) string {
	return strconv.FormatFloat(float64(int(p*10+0.5))/10, 'f', -1, 64) + "%"
}

func minReplicas(hpa *autoscalingv2.HorizontalPodAutoscaler) int32 {
	if hpa.Spec.MinReplicas == nil {
		return 1
	}
	return *hpa.Spec.MinReplicas
}

func metricText(hpa *autoscalingv2.HorizontalPodAutoscaler) string {
	var parts []string
	for _, m := range hpa.Spec.Metrics {
		switch {
		case m.Resource != nil && m.Resource.Target.AverageUtilization != nil:
			parts = append(parts, fmt.Sprintf("%s %d%%", m.Resource.Name, *m.Resource.Target.AverageUtilization))
		case m.Pods != nil && m.Pods.Target.AverageValue != nil:
			parts = append(parts, fmt.Sprintf("%s %s per pod", m.Pods.Metric.Name, m.Pods.Target.AverageValue.String()))
		}
	}
	return strings.Join(parts, ", ")
}

// retryText summarizes a rule's retries: "retry 503 ×1 after 250ms".
func retryText(r *gwv1.HTTPRouteRetry) string {
	if r.Attempts != nil && *r.Attempts == 0 {
		return "no retries"
	}
	codes := make([]string, len(r.Codes))
	for i, c := range r.Codes {
		codes[i] = strconv.Itoa(int(c))
	}
	text := "retry"
	if len(codes) > 0 {
		text += " " + strings.Join(codes, ", ")
	}
	text += ", refused connections"
	if r.Attempts != nil {
		text += fmt.Sprintf(" ×%d", *r.Attempts)
	}
	if r.Backoff != nil {
		text += " after " + string(*r.Backoff)
	}
	return text
}
