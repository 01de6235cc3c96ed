package topology

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// obj is a JSON object as cdk8s resolves it, before manifest.FromValue.
type obj = map[string]any

// ns is the namespace of every object the tests build, unless moved with in.
const ns = "ai"

const (
	gatewayAPI   = "gateway.networking.k8s.io/v1"
	inferenceAPI = "inference.networking.k8s.io/v1"
)

// object returns an object of kind named name in ns, with spec.
func object(apiVersion, kind, name string, spec obj) obj {
	return obj{
		"apiVersion": apiVersion,
		"kind":       kind,
		"metadata":   obj{"name": name, "namespace": ns},
		"spec":       spec,
	}
}

// in moves o to namespace and returns it.
func in(namespace string, o obj) obj {
	o["metadata"].(obj)["namespace"] = namespace
	return o
}

// with sets the field of o at path (keys separated by dots, objects made on
// the way) to v and returns o.
func with(o obj, path string, v any) obj {
	keys := strings.Split(path, ".")
	m := o
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(obj)
		if !ok {
			next = obj{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = v
	return o
}

// gateway returns the Gateway gw of class eg with listeners, or with an
// HTTP listener on :80 and an HTTPS one on :443 when none are given.
func gateway(listeners ...obj) obj {
	if len(listeners) == 0 {
		listeners = []obj{listener("http", 80, "HTTP"), listener("https", 443, "HTTPS")}
	}
	return object(gatewayAPI, "Gateway", "gw", obj{"gatewayClassName": "eg", "listeners": listeners})
}

// listener returns a Gateway listener.
func listener(name string, port int, protocol string) obj {
	return obj{"name": name, "port": port, "protocol": protocol}
}

// httpRoute returns an HTTPRoute attached to the https listener of gw.
func httpRoute(name string, rules ...obj) obj {
	return object(gatewayAPI, "HTTPRoute", name, obj{
		"parentRefs": []obj{{"name": "gw", "sectionName": "https"}},
		"rules":      rules,
	})
}

// grpcRoute returns a GRPCRoute attached to the https listener of gw.
func grpcRoute(name string, rules ...obj) obj {
	r := httpRoute(name, rules...)
	r["kind"] = "GRPCRoute"
	return r
}

// redirectRoute returns the route that sends gw's plain HTTP to HTTPS.
func redirectRoute(name string) obj {
	r := httpRoute(name, obj{
		"matches": []obj{{"path": obj{"type": "PathPrefix", "value": "/"}}},
		"filters": []obj{{
			"type":            "RequestRedirect",
			"requestRedirect": obj{"scheme": "https", "statusCode": 301},
		}},
	})
	return with(r, "spec.parentRefs", []obj{{"name": "gw", "sectionName": "http"}})
}

// rule returns a route rule that sends traffic to backends.
func rule(backends ...obj) obj {
	return obj{"backendRefs": backends}
}

// ref returns a backend reference to the Service name, port 80, in ns.
func ref(name string) obj {
	return obj{"name": name, "port": 80}
}

// weighted returns a reference to the Service name with weight.
func weighted(name string, weight int) obj {
	return with(ref(name), "weight", weight)
}

// poolRef returns a backend reference to the InferencePool name in ns.
func poolRef(name string) obj {
	return obj{"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": name}
}

// mirrorTo returns a rule filter that mirrors requests to the Service name.
func mirrorTo(name string) obj {
	return obj{"type": "RequestMirror", "requestMirror": obj{"backendRef": ref(name)}}
}

// service returns a Service on port 80 that selects pods by selector.
func service(name string, selector map[string]string) obj {
	return object("v1", "Service", name, obj{"selector": selector, "ports": []obj{{"port": 80}}})
}

// deployment returns a Deployment of one replica whose pods carry podLabels
// and run containers.
func deployment(name string, podLabels map[string]string, containers ...obj) obj {
	if len(containers) == 0 {
		containers = []obj{container("image:1", nil)}
	}
	return object("apps/v1", "Deployment", name, obj{
		"replicas": 1,
		"selector": obj{"matchLabels": podLabels},
		"template": obj{
			"metadata": obj{"labels": podLabels},
			"spec":     obj{"containers": containers},
		},
	})
}

// container returns a pod container with resource limits.
func container(image string, limits map[string]string) obj {
	return obj{"name": "main", "image": image, "resources": obj{"limits": limits}}
}

// autoscaler returns an autoscaler of the Deployment target, up to max
// replicas, on metrics.
func autoscaler(target string, max int, metrics ...obj) obj {
	return object("autoscaling/v2", "HorizontalPodAutoscaler", target, obj{
		"scaleTargetRef": obj{"apiVersion": "apps/v1", "kind": "Deployment", "name": target},
		"maxReplicas":    max,
		"metrics":        metrics,
	})
}

// cpu returns an autoscaler metric on average CPU utilization.
func cpu(percent int) obj {
	return obj{"type": "Resource", "resource": obj{"name": "cpu", "target": obj{"type": "Utilization", "averageUtilization": percent}}}
}

// perPod returns an autoscaler metric on a pod metric's average value.
func perPod(metric, value string) obj {
	return obj{"type": "Pods", "pods": obj{"metric": obj{"name": metric}, "target": obj{"type": "AverageValue", "averageValue": value}}}
}

// pool returns an InferencePool on port 8000 of the pods selector picks,
// with an endpoint picker unless picker is nil.
func pool(name string, selector map[string]string, picker obj) obj {
	spec := obj{"selector": obj{"matchLabels": selector}, "targetPorts": []obj{{"number": 8000}}}
	if picker != nil {
		spec["endpointPickerRef"] = picker
	}
	return object(inferenceAPI, "InferencePool", name, spec)
}

// configMap returns a ConfigMap that holds a picker's configuration file.
func configMap(name, config string) obj {
	return obj{"apiVersion": "v1", "kind": "ConfigMap", "metadata": obj{"name": name, "namespace": ns}, "data": obj{"default-plugins.yaml": config}}
}

// picker returns a reference to the endpoint picker Service name on :9002.
func picker(name, failureMode string) obj {
	return obj{"name": name, "port": obj{"number": 9002}, "failureMode": failureMode}
}

// render draws values with Render, failing t on error.
func render(t *testing.T, values ...obj) string {
	t.Helper()
	doc, err := Render(objects(t, values...))
	require.NoError(t, err)
	return doc
}

// objects wraps values as the compact objects Render reads.
func objects(t *testing.T, values ...obj) []manifest.Object {
	t.Helper()
	out := make([]manifest.Object, len(values))
	for i, v := range values {
		var err error
		out[i], err = manifest.FromValue(fmt.Sprintf("test#%d", i), v)
		require.NoError(t, err)
	}
	return out
}

// section is one titled diagram of a rendered document.
type section struct {
	title string
	graph *graph
}

var sectionPattern = regexp.MustCompile("(?s)## ([^\n]*)\n\n```mermaid\n(.*?)```\n\n")

// sections reads doc back into its diagrams, in order, failing t if doc is
// not the header followed by nothing but diagrams.
func sections(t *testing.T, doc string) []section {
	t.Helper()
	body, ok := strings.CutPrefix(doc, header)
	require.True(t, ok, "the document starts with the header")
	var out []section
	for _, m := range sectionPattern.FindAllStringSubmatch(body, -1) {
		out = append(out, section{m[1], parseGraph(t, m[2])})
	}
	require.Empty(t, sectionPattern.ReplaceAllString(body, ""), "the document holds nothing but diagrams")
	return out
}

// chart returns the graph of doc's section titled title, failing t if
// there is none.
func chart(t *testing.T, doc, title string) *graph {
	t.Helper()
	for _, s := range sections(t, doc) {
		if s.title == title {
			return s.graph
		}
	}
	t.Fatalf("no diagram %q in:\n%s", title, doc)
	return nil
}

// graph is a Mermaid flowchart read back. A node is named by the first
// line of its label; an edge is written with the names of its ends, as
// "a --> b", "a -- 90% --> b" or "a -. mirror .-> b".
type graph struct {
	text  string
	nodes []string // labels, in order
	edges []edge
}

// edge is an edge of a graph, between nodes named from and to.
type edge struct{ from, to, text string }

var (
	nodeLine = regexp.MustCompile(`^ *(?:subgraph )?(n[0-9]+)\["([^"]*)"\]$`)
	edgeLine = regexp.MustCompile(`^ *(n[0-9]+) (-->|-- "([^"]*)" -->|-\. "([^"]*)" \.->) (n[0-9]+)$`)
)

// parseGraph reads a flowchart, failing t on a line it does not know, an
// id that is not short, a node drawn twice or an edge to no node.
func parseGraph(t *testing.T, text string) *graph {
	t.Helper()
	labels := map[string]string{}
	var nodes []string
	var edgeLines [][]string
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	require.Equal(t, "flowchart LR", lines[0])
	for _, line := range lines[1:] {
		if m := nodeLine.FindStringSubmatch(line); m != nil {
			require.NotContains(t, labels, m[1], "node %s is drawn once", m[1])
			labels[m[1]] = m[2]
			nodes = append(nodes, m[2])
			continue
		}
		if m := edgeLine.FindStringSubmatch(line); m != nil {
			edgeLines = append(edgeLines, m)
			continue
		}
		require.Equal(t, "end", strings.TrimSpace(line), "a line of the flowchart:\n%s", text)
	}
	g := &graph{text: text, nodes: nodes}
	for _, m := range edgeLines {
		require.Contains(t, labels, m[1], "the edge starts at a node")
		require.Contains(t, labels, m[5], "the edge ends at a node")
		arrow := "-->"
		switch {
		case strings.HasPrefix(m[2], "-- "):
			arrow = "-- " + m[3] + " -->"
		case strings.HasPrefix(m[2], "-. "):
			arrow = "-. " + m[4] + " .->"
		}
		from, to := name(labels[m[1]]), name(labels[m[5]])
		g.edges = append(g.edges, edge{from, to, from + " " + arrow + " " + to})
	}
	return g
}

// name is a node's name: the first line of its label.
func name(label string) string {
	first, _, _ := strings.Cut(label, "<br/>")
	return first
}

// node returns the lines of the label of the node named nodeName, failing t
// if there is none.
func (g *graph) node(t *testing.T, nodeName string) []string {
	t.Helper()
	for _, l := range g.nodes {
		if name(l) == nodeName {
			return strings.Split(l, "<br/>")
		}
	}
	t.Fatalf("no node %q in:\n%s", nodeName, g.text)
	return nil
}

// edgesFrom returns the edges that leave the nodes named names, in order.
func (g *graph) edgesFrom(names ...string) []string {
	var out []string
	for _, e := range g.edges {
		if slices.Contains(names, e.from) {
			out = append(out, e.text)
		}
	}
	return out
}

// edgesTo returns the edges that reach the node named nodeName, in order.
func (g *graph) edgesTo(nodeName string) []string {
	var out []string
	for _, e := range g.edges {
		if e.to == nodeName {
			out = append(out, e.text)
		}
	}
	return out
}
