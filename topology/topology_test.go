package topology

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRenderRouteLabel(t *testing.T) {
	match := func(m obj) obj { return obj{"matches": []obj{m}, "backendRefs": []obj{ref("chat")}} }
	headerMatch := func(name, value string) obj { return obj{"headers": []obj{{"name": name, "value": value}}} }
	tests := []struct {
		name  string
		route obj
		want  string // a line of the route's label
	}{
		{
			name:  "hostnames are listed on one line",
			route: with(httpRoute("chat", rule(ref("chat"))), "spec.hostnames", []string{"a.example.com", "b.example.com"}),
			want:  "hosts a.example.com, b.example.com",
		},
		{
			name: "a match shows its path and headers joined by a middle dot",
			route: httpRoute("chat", match(obj{
				"path":    obj{"type": "PathPrefix", "value": "/v1"},
				"headers": []obj{{"name": "x-model", "value": "chat"}},
			})),
			want: "match path /v1 · x-model: chat",
		},
		{
			name:  "a quote in a label becomes an entity",
			route: httpRoute("chat", match(headerMatch("x-note", `say "hi"`))),
			want:  "match x-note: say #quot;hi#quot;",
		},
		{
			name: "a prefix rewrite shows the prefix that replaces the match",
			route: httpRoute("chat", with(rule(ref("chat")), "filters", []obj{{
				"type":       "URLRewrite",
				"urlRewrite": obj{"path": obj{"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v1/embeddings"}},
			}})),
			want: "rewrite prefix → /v1/embeddings",
		},
		{
			name:  "retries show their codes, refused connections, attempts and backoff",
			route: httpRoute("chat", with(rule(ref("chat")), "retry", obj{"codes": []int{429, 503}, "attempts": 2, "backoff": "500ms"})),
			want:  "retry 429, 503, refused connections ×2 after 500ms",
		},
		{
			name:  "zero retry attempts read as no retries",
			route: httpRoute("chat", with(rule(ref("chat")), "retry", obj{"codes": []int{503}, "attempts": 0})),
			want:  "no retries",
		},
		{
			name:  "a request timeout of zero reads as none",
			route: httpRoute("chat", with(rule(ref("chat")), "timeouts", obj{"request": "0s", "backendRequest": "3600s"})),
			want:  "no request timeout, per backend 3600s",
		},
		{
			name:  "a backend timeout of zero reads as none per backend",
			route: httpRoute("chat", with(rule(ref("chat")), "timeouts", obj{"request": "300s", "backendRequest": "0s"})),
			want:  "timeout 300s, no timeout per backend",
		},
		{
			name:  "both timeouts of zero read as one",
			route: httpRoute("chat", with(rule(ref("chat")), "timeouts", obj{"request": "0s", "backendRequest": "0s"})),
			want:  "no request timeout",
		},
		{
			name:  "a backend timeout that differs is shown per backend",
			route: httpRoute("chat", with(rule(ref("chat")), "timeouts", obj{"request": "900s", "backendRequest": "600s"})),
			want:  "timeout 900s, per backend 600s",
		},
		{
			name: "a gRPC match reads service/method, a missing method as any",
			route: grpcRoute("chat", match(obj{
				"method":  obj{"service": "inference.GRPCInferenceService"},
				"headers": []obj{{"name": "x-model", "value": "resnet"}},
			})),
			want: "match inference.GRPCInferenceService/* · x-model: resnet",
		},
		{
			name:  "a gRPC match with neither method nor headers matches every call",
			route: grpcRoute("chat", match(obj{})),
			want:  "match every call",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := chart(t, render(t, gateway(), tt.route), "Model chat")
			assert.Contains(t, g.node(t, tt.route["kind"].(string)+" chat"), tt.want)
		})
	}
}

func TestRenderShares(t *testing.T) {
	tests := []struct {
		name  string
		route obj
		want  []string // the edges that leave the route
	}{
		{
			name:  "weights become each backend's share of the total",
			route: httpRoute("chat", rule(weighted("stable", 90), weighted("canary", 10))),
			want: []string{
				"HTTPRoute chat -- 90% --> Service stable :80",
				"HTTPRoute chat -- 10% --> Service canary :80",
			},
		},
		{
			name:  "backends without a weight share equally, to a tenth of a percent",
			route: httpRoute("chat", rule(ref("a"), ref("b"), ref("c"))),
			want: []string{
				"HTTPRoute chat -- 33.3% --> Service a :80",
				"HTTPRoute chat -- 33.3% --> Service b :80",
				"HTTPRoute chat -- 33.3% --> Service c :80",
			},
		},
		{
			name:  "a mirror is a dotted edge with its percent",
			route: httpRoute("chat", with(rule(ref("chat")), "filters", []obj{with(mirrorTo("shadow"), "requestMirror.percent", 20)})),
			want: []string{
				"HTTPRoute chat -- 100% --> Service chat :80",
				"HTTPRoute chat -. mirror 20% .-> Service shadow :80",
			},
		},
		{
			name:  "a gRPC mirror without a percent is a dotted edge without one",
			route: grpcRoute("chat", with(rule(ref("chat")), "filters", []obj{mirrorTo("shadow")})),
			want: []string{
				"GRPCRoute chat -- 100% --> Service chat :80",
				"GRPCRoute chat -. mirror .-> Service shadow :80",
			},
		},
		{
			name:  "a Service both routed to and mirrored to is one node with two edges",
			route: httpRoute("chat", with(rule(ref("chat")), "filters", []obj{mirrorTo("chat")})),
			want: []string{
				"HTTPRoute chat -- 100% --> Service chat :80",
				"HTTPRoute chat -. mirror .-> Service chat :80",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := chart(t, render(t, gateway(), tt.route), "Model chat")
			assert.Equal(t, tt.want, g.edgesFrom(tt.route["kind"].(string)+" chat"))
		})
	}
}

func TestRenderWorkloads(t *testing.T) {
	app := func(name string) map[string]string { return map[string]string{"app": name} }
	tests := []struct {
		name    string
		backend obj      // the route's backend; the Service chat if nil
		objects []obj    // besides the gateway and the route
		from    []string // the backend and what it leads through
		want    []string // the edges that leave from
	}{
		{
			name: "a Service leads to the Deployment whose pods its selector matches",
			objects: []obj{
				service("chat", app("chat")),
				deployment("other", app("other")),
				deployment("chat-stable", map[string]string{"app": "chat", "track": "stable"}),
			},
			from: []string{"Service chat :80"},
			want: []string{"Service chat :80 --> Deployment chat-stable"},
		},
		{
			name:    "a Service whose selector matches no Deployment leads nowhere",
			objects: []obj{service("chat", app("chat")), deployment("other", app("other"))},
			from:    []string{"Service chat :80"},
			want:    nil,
		},
		{
			name: "a Service leads to every Deployment its selector matches, in input order",
			objects: []obj{
				service("chat", app("chat")),
				deployment("chat-b", app("chat")),
				deployment("chat-a", app("chat")),
			},
			from: []string{"Service chat :80"},
			want: []string{
				"Service chat :80 --> Deployment chat-b",
				"Service chat :80 --> Deployment chat-a",
			},
		},
		{
			name: "every label of the selector must match",
			objects: []obj{
				service("chat", map[string]string{"app": "chat", "track": "canary"}),
				deployment("chat-stable", map[string]string{"app": "chat", "track": "stable"}),
				deployment("chat-canary", map[string]string{"app": "chat", "track": "canary"}),
			},
			from: []string{"Service chat :80"},
			want: []string{"Service chat :80 --> Deployment chat-canary"},
		},
		{
			name: "a selector only picks Deployments of the Service's namespace",
			objects: []obj{
				service("chat", app("chat")),
				in("other", deployment("chat", app("chat"))),
			},
			from: []string{"Service chat :80"},
			want: nil,
		},
		{
			name:    "an InferencePool leads through its endpoint picker to the pods it selects",
			backend: poolRef("chat"),
			objects: []obj{
				pool("chat", app("chat"), picker("chat-epp", "FailClose")),
				deployment("chat", app("chat")),
			},
			from: []string{"InferencePool chat :8000", "endpoint picker chat-epp :9002"},
			want: []string{
				"InferencePool chat :8000 --> endpoint picker chat-epp :9002",
				"endpoint picker chat-epp :9002 --> Deployment chat",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			backend := tt.backend
			if backend == nil {
				backend = ref("chat")
			}
			values := append([]obj{gateway(), httpRoute("chat", rule(backend))}, tt.objects...)
			g := chart(t, render(t, values...), "Model chat")
			assert.Equal(t, tt.want, g.edgesFrom(tt.from...))
		})
	}
}

func TestRenderNodeLabel(t *testing.T) {
	app := map[string]string{"app": "chat"}
	route := httpRoute("chat", rule(ref("chat")))
	poolRoute := httpRoute("chat", rule(poolRef("chat")))
	tests := []struct {
		name    string
		objects []obj
		node    string
		want    []string // the lines of the node's label
	}{
		{
			name: "a Deployment lists each container's image and extended resources, sorted",
			objects: []obj{route, service("chat", app), deployment("chat", app,
				container("vllm:1", map[string]string{"nvidia.com/gpu": "2", "cpu": "4", "memory": "16Gi", "example.com/rdma": "1"}),
				container("sidecar:1", nil),
			)},
			node: "Deployment chat",
			want: []string{"Deployment chat", "vllm:1", "1× example.com/rdma", "2× nvidia.com/gpu", "sidecar:1", "replicas 1"},
		},
		{
			name: "an autoscaler replaces the replica count with its bounds and metrics",
			objects: []obj{
				route, service("chat", app), deployment("chat", app),
				with(autoscaler("chat", 6, cpu(70), perPod("vllm:num_requests_waiting", "5")), "spec.minReplicas", 2),
			},
			node: "Deployment chat",
			want: []string{"Deployment chat", "image:1", "replicas 2–6 on cpu 70%, vllm:num_requests_waiting 5 per pod"},
		},
		{
			name:    "a Service not among the objects is external, with its namespace",
			objects: []obj{httpRoute("chat", rule(with(ref("bge"), "namespace", "ml")))},
			node:    "Service bge :80",
			want:    []string{"Service bge :80", "external, namespace ml"},
		},
		{
			name: "a picker among the objects shows its failure mode, image and leader election",
			objects: []obj{
				poolRoute,
				pool("chat", app, picker("epp", "FailClose")),
				service("epp", map[string]string{"app": "epp"}),
				with(deployment("epp", map[string]string{"app": "epp"}, container("epp:1", nil)), "spec.replicas", 2),
			},
			node: "endpoint picker epp :9002",
			want: []string{"endpoint picker epp :9002", "FailClose", "epp:1", "2 replicas, one leader"},
		},
		{
			name:    "a picker not among the objects is external",
			objects: []obj{poolRoute, pool("chat", app, picker("epp", "FailOpen"))},
			node:    "endpoint picker epp :9002",
			want:    []string{"endpoint picker epp :9002", "FailOpen", "external"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := chart(t, render(t, append([]obj{gateway()}, tt.objects...)...), "Model chat")
			assert.Equal(t, tt.want, g.node(t, tt.node))
		})
	}
}

func TestRenderAttachesRoutesToListeners(t *testing.T) {
	tests := []struct {
		name   string
		parent obj
		want   []string // the edges into the route, in the overview and its own diagram
	}{
		{
			name:   "a section name attaches to that listener only",
			parent: obj{"name": "gw", "sectionName": "http"},
			want:   []string{"http :80 HTTP --> HTTPRoute chat"},
		},
		{
			name:   "no section name attaches to every listener of the gateway",
			parent: obj{"name": "gw"},
			want:   []string{"http :80 HTTP --> HTTPRoute chat", "https :443 HTTPS --> HTTPRoute chat"},
		},
		{
			name:   "a parent's namespace is where its gateway is looked up",
			parent: obj{"name": "gw", "namespace": "other", "sectionName": "https"},
			want:   []string{"https :8443 HTTPS --> HTTPRoute chat"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := render(t,
				in("other", gateway(listener("https", 8443, "HTTPS"))),
				gateway(),
				with(httpRoute("chat", rule(ref("chat"))), "spec.parentRefs", []obj{tt.parent}),
			)
			assert.Equal(t, tt.want, chart(t, doc, "Model chat").edgesTo("HTTPRoute chat"), "model")
			overview := chart(t, doc, "Gateway")
			assert.Len(t, overview.edgesTo("HTTPRoute chat"), len(tt.want), "overview")
		})
	}
}

func TestRenderEmptyInputIsAnEmptyOverview(t *testing.T) {
	got, err := Render(nil)
	require.NoError(t, err)
	assert.Equal(t, header+"## Gateway\n\n```mermaid\nflowchart LR\n```\n\n", got)
}

func TestRenderDrawsTheHTTPSRedirectInTheOverviewOnly(t *testing.T) {
	doc := render(t, gateway(), redirectRoute("gw-https-redirect"), httpRoute("chat", rule(ref("chat"))))
	overview := chart(t, doc, "Gateway")
	assert.Equal(t, []string{"HTTPRoute gw-https-redirect", "match path /", "redirect → https (301)"}, overview.node(t, "HTTPRoute gw-https-redirect"))
	assert.Equal(t, []string{"http :80 HTTP --> HTTPRoute gw-https-redirect"}, overview.edgesTo("HTTPRoute gw-https-redirect"))
	var titles []string
	for _, s := range sections(t, doc) {
		titles = append(titles, s.title)
	}
	assert.Equal(t, []string{"Gateway", "Model chat"}, titles)
}

func TestRenderOrdersModelsAsTheInput(t *testing.T) {
	doc := render(t,
		gateway(),
		httpRoute("b", rule(ref("b"))),
		grpcRoute("a", rule(ref("a"))),
		httpRoute("c", rule(ref("c"))),
	)
	var titles []string
	for _, s := range sections(t, doc) {
		titles = append(titles, s.title)
	}
	assert.Equal(t, []string{"Gateway", "Model b", "Model c", "Model a"}, titles, "HTTP routes first, then gRPC routes")
	assert.Equal(t, []string{
		"https :443 HTTPS --> HTTPRoute b",
		"https :443 HTTPS --> HTTPRoute c",
		"https :443 HTTPS --> GRPCRoute a",
	}, chart(t, doc, "Gateway").edgesFrom("https :443 HTTPS"))
}

func TestRenderIsDeterministic(t *testing.T) {
	labels := map[string]string{"app": "chat", "tier": "gpu", "track": "stable", "zone": "a", "model": "chat"}
	limits := map[string]string{"a.example.com/x": "1", "b.example.com/x": "1", "c.example.com/x": "1", "d.example.com/x": "1", "nvidia.com/gpu": "1"}
	values := []obj{
		gateway(),
		httpRoute("chat", rule(ref("chat"))),
		service("chat", labels),
		deployment("chat-1", labels, container("vllm:1", limits)),
		deployment("chat-2", labels, container("vllm:1", limits)),
	}
	want := render(t, values...)
	for range 20 {
		require.Equal(t, want, render(t, values...))
	}
}

func TestRenderSplitsTheOverviewWithinMermaidsLimits(t *testing.T) {
	listeners := []obj{listener("a", 80, "HTTP"), listener("b", 81, "HTTP"), listener("c", 82, "HTTP"), listener("d", 83, "HTTP")}
	longHosts := make([]string, 20)
	for i := range longHosts {
		longHosts[i] = fmt.Sprintf("host-%02d.a-rather-long-subdomain.of-a-long-domain.example.com", i)
	}
	tests := []struct {
		name      string
		routes    int
		hostnames []string
		want      []int // routes per part; nil for any cut into several parts
	}{
		{
			name:   "a route whose edges would pass partEdges starts a new part",
			routes: partEdges/len(listeners) + 1,
			want:   []int{partEdges / len(listeners), 1},
		},
		{
			// Their 400 edges fit one part: only their text cuts them.
			name:      "routes whose text would pass partText start new parts",
			routes:    100,
			hostnames: longHosts,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			values := []obj{gateway(listeners...)}
			var routes []string
			for i := range tt.routes {
				r := httpRoute(fmt.Sprintf("model-%04d", i), rule(ref("chat")))
				r = with(r, "spec.parentRefs", []obj{{"name": "gw"}})
				values = append(values, with(r, "spec.hostnames", tt.hostnames))
				routes = append(routes, "HTTPRoute "+r["metadata"].(obj)["name"].(string))
			}
			var perPart []int
			var drawn []string
			for i, s := range sections(t, render(t, values...)) {
				if !strings.HasPrefix(s.title, "Gateway") {
					continue
				}
				title := "Gateway"
				if i > 0 {
					title = fmt.Sprintf("Gateway (continued, part %d)", i+1)
				}
				assert.Equal(t, title, s.title)
				assert.Equal(t, "Gateway gw · class eg", name(s.graph.nodes[0]), "each part draws the gateway")
				assert.LessOrEqual(t, len(s.graph.edges), maxEdges, "Mermaid's limit")
				assert.LessOrEqual(t, len(s.graph.text), maxTextSize, "Mermaid's limit")
				n := 0
				for _, l := range s.graph.nodes {
					if strings.HasPrefix(l, "HTTPRoute ") {
						drawn = append(drawn, name(l))
						n++
					}
				}
				perPart = append(perPart, n)
			}
			assert.Equal(t, routes, drawn, "every route once, in order")
			if tt.want != nil {
				assert.Equal(t, tt.want, perPart)
			} else {
				assert.Greater(t, len(perPart), 1)
			}
		})
	}
}

func TestRenderRejectsAKindItCannotRead(t *testing.T) {
	_, err := Render(objects(t, gateway(), object("v1", "Pod", "chat", obj{})))
	assert.EqualError(t, err, "test#1: /v1, Kind=Pod is not a kind we emit")
}

func TestRenderReportsTheFirstObjectItCannotRead(t *testing.T) {
	values := []obj{gateway(), object("v1", "Pod", "first", obj{})}
	for i := range 200 {
		values = append(values, service(fmt.Sprintf("server-%d", i), map[string]string{"app": "chat"}))
	}
	values = append(values, object("v1", "Pod", "last", obj{}))
	_, err := Render(objects(t, values...))
	assert.EqualError(t, err, "test#1: /v1, Kind=Pod is not a kind we emit")
}

func TestRenderRefusesADiagramMermaidCannotDraw(t *testing.T) {
	backends := make([]obj, maxEdges+100)
	for i := range backends {
		backends[i] = ref(fmt.Sprintf("server-%d", i))
	}
	_, err := Render(objects(t, gateway(), httpRoute("chat", rule(backends...))))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"## Model chat" has`)
	assert.Contains(t, err.Error(), "601 edges; Mermaid draws at most 50000 and 500")
}

func TestRenderPoolsThatServeMany(t *testing.T) {
	labels := map[string]string{"app": "chat"}
	objective := func(name, pool string, priority int) obj {
		return object("llm-d.ai/v1alpha2", "InferenceObjective", name, obj{"poolRef": obj{"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": pool}, "priority": priority})
	}
	objectiveRule := func(value string, set string) obj {
		r := obj{
			"matches":     []obj{{"path": obj{"type": "PathPrefix", "value": "/v1"}, "headers": []obj{{"name": "x-model", "value": "chat"}}}},
			"backendRefs": []obj{poolRef("chat-stable")},
		}
		if value != "" {
			r["matches"] = []obj{{"path": obj{"type": "PathPrefix", "value": "/v1"}, "headers": []obj{{"name": "x-model", "value": "chat"}, {"name": "x-llm-d-inference-objective", "value": value}}}}
		}
		if set != "" {
			r["filters"] = []obj{{"type": "RequestHeaderModifier", "requestHeaderModifier": obj{"set": []obj{{"name": "x-llm-d-inference-objective", "value": set}}}}}
		}
		return r
	}
	pickerConfig := "apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\nfeatureGates: [flowControl]\nplugins: []\nschedulingProfiles: []\n" +
		"flowControl: {defaultRequestTTL: 60s, noEndpointRequestTTL: 1200s, maxRequests: \"500\"}\n"
	pickerDeployment := with(deployment("chat-stable-epp", map[string]string{"app": "epp"}), "spec.template.spec.volumes",
		[]obj{{"name": "config", "configMap": obj{"name": "chat-stable-epp"}}})
	server := deployment("chat-stable", labels, with(container("vllm/vllm-openai:v0.31.0", nil), "args",
		[]string{"Qwen/Qwen2.5-7B-Instruct", "--enable-lora", "--lora-modules", "chat-sql=acme/sql", "chat-legal=/cache/legal", "--max-loras", "2"}))
	doc := render(t,
		httpRoute("chat", objectiveRule("batch", "chat-stable-batch"), objectiveRule("", "chat-stable-interactive")),
		pool("chat-stable", labels, picker("chat-stable-epp", "FailClose")),
		objective("chat-stable-batch", "chat-stable", -1),
		objective("chat-stable-interactive", "chat-stable", 10),
		object("llm-d.ai/v1alpha2", "InferenceModelRewrite", "chat-stable", obj{
			"poolRef": obj{"name": "chat-stable"},
			"rules":   []obj{{"matches": []obj{{"model": obj{"value": "chat-canary"}}}, "targets": []obj{{"modelRewrite": "chat-sql", "weight": 3}, {"modelRewrite": "chat-legal", "weight": 1}}}},
		}),
		service("chat-stable-epp", map[string]string{"app": "epp"}),
		pickerDeployment,
		configMap("chat-stable-epp", pickerConfig),
		server,
	)
	g := chart(t, doc, "Model chat")
	route := g.node(t, "HTTPRoute chat")
	assert.Equal(t, []string{"HTTPRoute chat", "match path /v1 · x-model: chat", "objectives batch · default interactive"}, route,
		"rules that differ only in the objective read as one, the objectives on a line of their own")
	assert.Equal(t, []string{"HTTPRoute chat -- 100% --> InferencePool chat-stable :8000"}, g.edgesFrom("HTTPRoute chat"), "the pool is reached once, with the whole share")
	assert.Equal(t, []string{"InferencePool chat-stable :8000", "priority interactive 10 · batch -1", "rewrite chat-canary → chat-sql 75%, chat-legal 25%"},
		g.node(t, "InferencePool chat-stable :8000"))
	assert.Contains(t, g.node(t, "Deployment chat-stable"), "LoRA chat-sql, chat-legal")
}

func TestRenderShowsTheFlowControlOfAPicker(t *testing.T) {
	labels := map[string]string{"app": "chat"}
	config := "apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\nfeatureGates: [flowControl]\nplugins: []\nschedulingProfiles: []\n" +
		"flowControl: {defaultRequestTTL: 60s, noEndpointRequestTTL: 1200s, maxRequests: \"500\"}\n"
	doc := render(t,
		httpRoute("chat", rule(poolRef("chat-stable"))),
		pool("chat-stable", labels, picker("chat-stable-epp", "FailClose")),
		service("chat-stable-epp", map[string]string{"app": "epp"}),
		with(deployment("chat-stable-epp", map[string]string{"app": "epp"}), "spec.template.spec.volumes",
			[]obj{{"name": "config", "configMap": obj{"name": "chat-stable-epp"}}}),
		configMap("chat-stable-epp", config),
		deployment("chat-stable", labels),
	)
	assert.Contains(t, chart(t, doc, "Model chat").node(t, "endpoint picker chat-stable-epp :9002"),
		"flow control: waits 60s, 1200s without endpoints, at most 500 requests")
}

func TestRenderShowsScalersAndMonitors(t *testing.T) {
	labels := map[string]string{"app": "chat"}
	doc := render(t,
		httpRoute("chat", rule(ref("chat"))),
		service("chat", labels),
		deployment("chat", labels),
		object("keda.sh/v1alpha1", "ScaledObject", "chat", obj{
			"scaleTargetRef":  obj{"apiVersion": "apps/v1", "kind": "Deployment", "name": "chat"},
			"minReplicaCount": 0, "maxReplicaCount": 4,
			"triggers": []obj{
				{"type": "prometheus", "name": "queued", "metadata": obj{"query": "sum(q)", "threshold": "1"}},
				{"type": "prometheus", "name": "running", "metadata": obj{"query": "sum(r)", "threshold": "16"}},
			},
		}),
		object("monitoring.coreos.com/v1", "PodMonitor", "chat", obj{
			"selector":            obj{"matchLabels": labels},
			"podMetricsEndpoints": []obj{{"port": "http", "path": "/metrics", "interval": "15s"}},
		}),
	)
	lines := chart(t, doc, "Model chat").node(t, "Deployment chat")
	assert.Contains(t, lines, "KEDA 0–4 on queued 1, running 16 per replica", "the scaler, its bounds and its signals")
	assert.Contains(t, lines, "scraped every 15s (port http)")
	assert.NotContains(t, lines, "replicas 1", "the scaler, not the Deployment, says how many replicas run")
}
