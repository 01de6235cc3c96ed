package platform

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/internal/fleet"
)

// head is the start of most configs of this package's tests: a namespace and
// a gateway; the models follow.
const head = "namespace: ai\ngateway: {className: eg}\nmodels:\n"

// served is a model with a server, one version, and a header match.
func served(name, version, extra string) string {
	return fmt.Sprintf(`  - name: %s
    matches: [{pathPrefix: /v1, header: {name: x-model, value: %s}}]
    server:
      image: vllm/vllm-openai:v0.31.0
      resources: {cpu: "4", memory: 8Gi}
%s    versions: [{name: %s}]
`, name, name, extra, version)
}

// external is a model routed to a Service that runs elsewhere.
func external(name, service, match string) string {
	return fmt.Sprintf("  - name: %s\n    matches: [%s]\n    versions: [{service: {name: %s, port: 80}}]\n", name, match, service)
}

func check(t *testing.T, yaml string) error {
	t.Helper()
	p, err := config.Parse([]byte(yaml))
	require.NoError(t, err)
	return Check(p)
}

// checkError checks yaml, requires Check to refuse it and returns the
// error's text.
func checkError(t *testing.T, yaml string) string {
	t.Helper()
	err := check(t, yaml)
	require.Error(t, err)
	return err.Error()
}

// takesTheSameRequests is what Check says when the first match of
// models[later] takes the same requests as the first of models[earlier].
func takesTheSameRequests(later, earlier int) string {
	return fmt.Sprintf("models[%d].matches[0]: takes the same requests as models[%d].matches[0]; one of the two models would never get traffic (add a header match that names the model)", later, earlier)
}

// hostnameFleet is a config of n models, each on perModel hostnames of its
// own, h<model>-<i>.example.com: no two models share a hostname.
func hostnameFleet(n, perModel int) string {
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		fmt.Fprintf(&b, "  - name: m%d\n    hostnames: [", i)
		for j := range perModel {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "h%d-%d.example.com", i, j)
		}
		fmt.Fprintf(&b, "]\n    versions: [{service: {name: s%d, port: 80}}]\n", i)
	}
	return b.String()
}

func TestCheckRejectsWhatWouldMisrouteSilently(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"a version Service named like another model's",
			head + served("chat", "stable", "") + strings.Replace(served("code", "stable", ""), "versions: [{name: stable}]", "versions: [{name: stable, service: {name: chat-stable, port: 80}}]", 1),
			"models[1].versions[0].service.name: writes Service ai/chat-stable, which models[0].versions[0].name writes too; on apply one would overwrite the other"},
		{"a Service the platform writes where another model routes to one of its own",
			head + served("chat", "stable", "") + external("legacy", "chat-stable", "{pathPrefix: /legacy}"),
			"models[0].versions[0].name: writes Service ai/chat-stable, which models[1].versions[0].service.name routes to as a Service that runs elsewhere; the platform's Service would take that traffic"},
		{"derived names that collide",
			head + served("chat-next", "canary", "") + served("chat", "next-canary", ""),
			"models[1].versions[0].name: writes Deployment, HorizontalPodAutoscaler, NetworkPolicy, PodDisruptionBudget, Service and ServiceAccount ai/chat-next-canary, which models[0].versions[0].name writes too; on apply one would overwrite the other"},
		{"a picker named like another model's server",
			head + served("chat", "stable", "    backend: inferencePool\n") + served("chat-stable", "epp", ""),
			"models[1].versions[0].name: writes Deployment, NetworkPolicy, Service and ServiceAccount ai/chat-stable-epp, which models[0].versions[0].name writes too; on apply one would overwrite the other"},
		{"two models of one name",
			head + external("chat", "a", "{pathPrefix: /a}") + external("chat", "b", "{pathPrefix: /b}"),
			"models[1].name: writes HTTPRoute ai/chat, which models[0].name writes too; on apply one would overwrite the other"},
		{"a model named like the redirect route",
			strings.Replace(head, "className: eg", "className: eg, tls: {secretName: c}", 1) + external("ai-gateway-https-redirect", "a", "{pathPrefix: /a}"),
			"models[0].name: writes HTTPRoute ai/ai-gateway-https-redirect, which gateway.name writes too; on apply one would overwrite the other"},
		{"two versions of one name",
			head + strings.Replace(served("chat", "stable", ""), "versions: [{name: stable}]", "versions: [{name: stable}, {name: stable}]", 1),
			"models[0].versions[1].name: writes Deployment, HorizontalPodAutoscaler, NetworkPolicy, PodDisruptionBudget, Service and ServiceAccount ai/chat-stable, which models[0].versions[0].name writes too; on apply one would overwrite the other"},
		{"path prefixes that differ by a trailing slash",
			head + external("a", "a", "{pathPrefix: /v1/}") + external("b", "b", "{pathPrefix: /v1}"),
			takesTheSameRequests(1, 0)},
		{"header names that differ in case",
			head + external("a", "a", "{header: {name: X-Model, value: a}}") + external("b", "b", "{header: {name: x-model, value: a}}"),
			takesTheSameRequests(1, 0)},
		{"a model on every hostname beside one on a hostname",
			head + external("a", "a", "{pathPrefix: /v1}") + "  - name: b\n    hostnames: [ai.example.com]\n    matches: [{pathPrefix: /v1}]\n    versions: [{service: {name: b, port: 80}}]\n",
			takesTheSameRequests(1, 0)},
		{"a wildcard covering another model's hostname",
			head + "  - name: a\n    hostnames: [\"*.example.com\"]\n    versions: [{service: {name: a, port: 80}}]\n  - name: b\n    hostnames: [ai.example.com]\n    versions: [{service: {name: b, port: 80}}]\n",
			takesTheSameRequests(1, 0)},
		{"nested wildcards",
			head + "  - name: a\n    hostnames: [\"*.ai.example.com\"]\n    versions: [{service: {name: a, port: 80}}]\n  - name: b\n    hostnames: [\"*.example.com\"]\n    versions: [{service: {name: b, port: 80}}]\n",
			takesTheSameRequests(1, 0)},
		{"two gRPC models on one service",
			head + "  - {name: a, protocol: grpc, matches: [{grpcService: x.Y}], versions: [{service: {name: a, port: 80}}]}\n  - {name: b, protocol: grpc, matches: [{grpcService: x.Y}], versions: [{service: {name: b, port: 80}}]}\n",
			takesTheSameRequests(1, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, checkError(t, tt.yaml))
		})
	}
}

func TestCheckAcceptsModelsThatShareNothing(t *testing.T) {
	tests := []struct{ name, yaml string }{
		{"different headers", head + external("a", "a", "{header: {name: x-model, value: a}}") + external("b", "b", "{header: {name: x-model, value: b}}")},
		{"different hostnames", head + "  - {name: a, hostnames: [a.example.com], versions: [{service: {name: a, port: 80}}]}\n  - {name: b, hostnames: [b.example.com], versions: [{service: {name: b, port: 80}}]}\n"},
		{"a wildcard and a hostname outside it", head + "  - {name: a, hostnames: [\"*.a.example.com\"], versions: [{service: {name: a, port: 80}}]}\n  - {name: b, hostnames: [a.example.com], versions: [{service: {name: b, port: 80}}]}\n"},
		{"two models routed to one external Service", head + external("a", "shared", "{pathPrefix: /a}") + external("b", "shared", "{pathPrefix: /b}")},
		{"HTTP and gRPC models on one path", head + external("a", "a", "{pathPrefix: /}") + "  - {name: b, protocol: grpc, versions: [{service: {name: b, port: 80}}]}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, check(t, tt.yaml))
		})
	}
}

func TestCheckTellsAbsentFromZero(t *testing.T) {
	tests := []struct {
		name, extra, want string
	}{
		{"port 0", "      port: 0\n", "models[0].server.port: 0 must be a port between 1 and 65535"},
		{"health port 0", "      healthPort: 0\n", "models[0].server.healthPort: 0 must be a port between 1 and 65535"},
		{"runAsUser 0", "      runAsUser: 0\n", "models[0].server.runAsUser: 0 must be above 10000, clear of the host's system and user IDs"},
		{"mirror percent 0", "    mirror: {service: {name: shadow, port: 80}, percent: 0}\n", "models[0].mirror.percent: 0 must be between 1 and 100"},
		{"replicas 0", "    replicas: 0\n", "models[0].replicas: 0 must be at least 1"},
		{"maxReplicas 0", "    autoscaling: {maxReplicas: 0}\n", "models[0].autoscaling.maxReplicas: 0 must be at least 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, checkError(t, head+served("chat", "stable", tt.extra)))
		})
	}
}

func TestCheckNamesEachMistakeOnceAtItsKey(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"an unknown protocol of a model with a server",
			head + served("chat", "stable", "") + "    protocol: websocket\n",
			`models[0].protocol: "websocket" must be http or grpc`},
		{"an invalid model name of a model with a server",
			head + served("Chat", "stable", ""),
			`models[0].name: "Chat" must be a DNS label: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit`},
		{"a model name that makes no Service name",
			head + served("9chat", "stable", ""),
			`models[0].name: "9chat" makes the Service name "9chat-stable", which must start with a letter; name the Service (service.name)`},
		{"an invalid namespace",
			strings.Replace(head, "namespace: ai", "namespace: AI_Services", 1) + served("chat", "stable", "") + served("code", "stable", ""),
			`namespace: "AI_Services" must be a DNS label: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit`},
		{"a reserved namespace",
			strings.Replace(head, "namespace: ai", "namespace: kube-system", 1) + served("chat", "stable", ""),
			`namespace: "kube-system" is reserved for Kubernetes itself: labelling it to enforce a Pod Security Standard would keep its privileged pods (kube-proxy, DNS, CNI) from being recreated; use a namespace of your own`},
		{"a timeout that is not a Gateway API duration",
			head + served("chat", "stable", "") + "    timeouts: {request: 1500us}\n",
			`models[0].timeouts.request: "1.5ms" must be a whole number of milliseconds`},
		{"ten thousand versions, before any is built",
			head + "  - name: chat\n    versions: [" + strings.Repeat("{service: {name: s, port: 80}}, ", 9_999) + "{service: {name: s, port: 80}}]\n",
			"models[0].versions: has 10000 entries; a rule holds at most 16 backends"},
		{"args that would make a Deployment the API server refuses",
			head + served("chat", "stable", "      args: ["+strings.Repeat(strings.Repeat("a", 1000)+", ", 199)+strings.Repeat("a", 1000)+"]\n"),
			"models[0].server.args: args and env take 200000 bytes; a server may take at most 131072 (the Deployment, with the copy kubectl apply keeps in an annotation, must stay under the API server's 256 KiB limit)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, checkError(t, tt.yaml))
		})
	}
}

// TestCheckFindsOneSharedHostnameAmongAHundredThousand is the overlap check
// at scale: 6,250 models of 16 hostnames each, one hostname twice.
func TestCheckFindsOneSharedHostnameAmongAHundredThousand(t *testing.T) {
	yaml := hostnameFleet(6250, 16) + "  - name: last\n    hostnames: [h4321-7.example.com]\n    versions: [{service: {name: last, port: 80}}]\n"
	assert.Equal(t, takesTheSameRequests(6250, 4321), checkError(t, yaml))
}

// BenchmarkCheck plans and checks platforms without building anything: a
// fleet of models, and 100,000 hostnames on one match, where the request
// check was quadratic before. `make bench` runs it.
func BenchmarkCheck(b *testing.B) {
	for _, c := range []struct {
		name string
		yaml []byte
	}{{"models=1000", fleet.Platform(1000)}, {"hostnames=100000", []byte(hostnameFleet(6250, 16))}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				p, err := config.Parse(c.yaml)
				if err != nil {
					b.Fatal(err)
				}
				if err := Check(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestHostIndexAgreesWithTheGatewayAPIRule holds the index that finds
// competing requests in linear time to the rule it speeds up,
// constructs.HostnamesIntersect, on every pair of a set of hostnames that
// covers the cases: every hostname, exact names, wildcards at each depth.
func TestHostIndexAgreesWithTheGatewayAPIRule(t *testing.T) {
	hostnames := []string{"", "example.com", "a.example.com", "b.a.example.com", "example.org", "com",
		"*.com", "*.example.com", "*.a.example.com", "*.b.a.example.com", "*.org", "*.example.org"}
	for _, a := range hostnames {
		for _, b := range hostnames {
			index := newHostIndex()
			index.add(request{model: 0, hostname: a})
			_, found := index.intersecting(request{model: 1, hostname: b})
			assert.Equal(t, constructs.HostnamesIntersect(a, b), found, "%q and %q", a, b)
		}
	}
}

// pool is a pool model with a server, one version, and the picker keys given.
func pool(name, picker string) string {
	return served(name, "stable", "    backend: inferencePool\n"+picker)
}

// TestCheckRefusesWhatCannotWork covers configs that look plausible and would
// synthesize objects that do nothing or do harm: each is refused once, at
// the key that was written, with the value named.
func TestCheckRefusesWhatCannotWork(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		// Settings without effect.
		{"a backoff with retries off",
			head + external("chat", "chat", "{pathPrefix: /v1}") + "    retry: {attempts: 0, backoff: 1s}\n",
			`models[0].retry.backoff: "1s" has no effect with attempts 0 (retries off); leave it out`},
		{"a backoff with retries off, on an implementation without retries",
			strings.Replace(head, "className: eg", "className: eg, implementation: {name: traefik}", 1) + external("chat", "chat", "{pathPrefix: /v1}") + "    retry: {attempts: 0, backoff: 1s}\n",
			`models[0].retry.backoff: "1s" has no effect with attempts 0 (retries off); leave it out`},
		{"a weight on the only version",
			head + strings.Replace(served("chat", "stable", ""), "versions: [{name: stable}]", "versions: [{name: stable, weight: 90}]", 1),
			"models[0].versions[0].weight: has no effect: weights share a model's traffic between its versions, and this is the only one"},
		{"a GPU resource without GPUs",
			head + strings.Replace(served("chat", "stable", ""), `cpu: "4"`, `gpuResource: amd.com/gpu, cpu: "4"`, 1),
			"models[0].server.resources.gpuResource: has no effect without gpus: it names the resource the GPUs are requested as"},
		{"a rewrite to the prefix it matches",
			head + external("chat", "chat", "{pathPrefix: /v1}") + "    rewritePathPrefix: /v1\n",
			`models[0].rewritePathPrefix: "/v1" has no effect: it equals the match's path prefix /v1, so the rewrite would change nothing`},
		{"allowTrafficFrom without a server",
			head + external("chat", "chat", "{pathPrefix: /v1}") + "allowTrafficFrom: [{podLabels: {app: gateway}}]\n",
			"allowTrafficFrom: has no effect: it admits traffic to the servers, endpoint pickers and body-based router the platform runs, and there are none (no model has a server)"},
		{"a gRPC listener without a gRPC model",
			strings.Replace(head, "className: eg", "className: eg, grpcHostname: grpc.example.com", 1) + external("chat", "chat", "{pathPrefix: /v1}"),
			"gateway.grpcHostname: has no effect: only models with protocol grpc attach to its listener, and there is none"},

		// 0s turns a timeout off; it is never a way around a rule.
		{"a backend timeout of 0s under a request timeout, with a backoff",
			head + external("chat", "chat", "{pathPrefix: /v1}") + "    timeouts: {request: 300s, backendRequest: 0s}\n    retry: {backoff: 1s}\n",
			`models[0].retry.backoff: "1s" leaves no room for the retries: backendRequest 0s puts no limit on an attempt, so one may take the whole request timeout 5m0s and 1 × 1s of waiting does not fit; set timeouts.backendRequest to at most 4m59s`},
		{"the same with the default backend timeout",
			head + external("chat", "chat", "{pathPrefix: /v1}") + "    timeouts: {request: 300s}\n    retry: {backoff: 1s}\n",
			`models[0].retry.backoff: "1s" leaves no room for the retries: backendRequest 5m0s + 1 × 1s = 5m1s is longer than the request timeout 5m0s; set timeouts.backendRequest to at most 4m59s`},

		// A Service the platform writes for something else is never a picker.
		{"another model's server Service as the picker",
			head + served("chat", "stable", "") + pool("reasoning", "    endpointPicker: {service: chat-stable, port: 80}\n"),
			"models[1].endpointPicker.service: names Service ai/chat-stable as an endpoint picker that runs elsewhere, but models[0].versions[0].name writes that Service for something else; a Service the platform writes is never your picker (leave endpointPicker.service out for the platform's own)"},
		{"the pool's own server Service as the picker",
			head + pool("reasoning", "    endpointPicker: {service: reasoning-stable, port: 80}\n"),
			"models[0].endpointPicker.service: names Service ai/reasoning-stable as an endpoint picker that runs elsewhere, but models[0].versions[0].name writes that Service for something else; a Service the platform writes is never your picker (leave endpointPicker.service out for the platform's own)"},
		{"a Service named for a version as the picker",
			head + strings.Replace(served("chat", "stable", ""), "versions: [{name: stable}]", "versions: [{name: stable, service: {name: ai-model-service, port: 80}}]", 1) +
				pool("reasoning", "    endpointPicker: {service: ai-model-service, port: 80}\n"),
			"models[1].endpointPicker.service: names Service ai/ai-model-service as an endpoint picker that runs elsewhere, but models[0].versions[0].service.name writes that Service for something else; a Service the platform writes is never your picker (leave endpointPicker.service out for the platform's own)"},
		{"another pool's own picker as the picker",
			head + pool("chat", "") + pool("reasoning", "    endpointPicker: {service: chat-stable-epp, port: 9002}\n"),
			"models[1].endpointPicker.service: names Service ai/chat-stable-epp as an endpoint picker that runs elsewhere, but models[0].versions[0].name writes that Service for something else; a Service the platform writes is never your picker (leave endpointPicker.service out for the platform's own)"},
		{"a model's backend Service as the picker",
			head + external("legacy", "legacy", "{pathPrefix: /legacy}") + pool("reasoning", "    endpointPicker: {service: legacy, port: 9002}\n"),
			"models[1].endpointPicker.service: names Service ai/legacy as an endpoint picker, but models[0].versions[0].service.name sends model traffic to it; a Service is either a picker or a model's backend"},

		// Once, at the key written.
		{"an InferencePool behind a gRPC model",
			head + strings.Replace(served("vision", "stable", "    protocol: grpc\n    backend: inferencePool\n"), "matches: [{pathPrefix: /v1, header: {name: x-model, value: vision}}]", "matches: [{grpcService: inference.GRPCInferenceService}]", 1),
			"models[0].backend: inferencePool needs protocol http: an InferencePool backs HTTPRoutes only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, refusal(t, tt.yaml))
		})
	}
}

// refusal is the error of parsing yaml, or else of checking the platform;
// one of the two must refuse it.
func refusal(t *testing.T, yaml string) string {
	t.Helper()
	p, err := config.Parse([]byte(yaml))
	if err == nil {
		err = Check(p)
	}
	require.Error(t, err)
	return err.Error()
}

func TestCheckAcceptsWhatWorks(t *testing.T) {
	tests := []struct{ name, yaml string }{
		{"retries off", head + external("chat", "chat", "{pathPrefix: /v1}") + "    retry: {attempts: 0}\n"},
		{"no request timeout, so any backoff fits",
			head + external("chat", "chat", "{pathPrefix: /v1}") + "    timeouts: {request: 0s, backendRequest: 0s}\n    retry: {backoff: 1s}\n"},
		{"a backend timeout of 0s without a backoff",
			head + external("chat", "chat", "{pathPrefix: /v1}") + "    timeouts: {request: 300s, backendRequest: 0s}\n"},
		{"a picker of your own",
			head + pool("reasoning", "    endpointPicker: {service: my-epp, port: 9002}\n")},
		{"weights on two versions",
			head + strings.Replace(served("chat", "stable", ""), "versions: [{name: stable}]", "versions: [{name: stable, weight: 9}, {name: canary, weight: 1}]", 1)},
		{"the release an implementation runs, as users write it",
			strings.Replace(head, "className: eg", "className: eg, implementation: {name: istio, version: \"1.31.0\"}", 1) + external("chat", "chat", "{pathPrefix: /v1}")},
		{"a patch release of a reported minor release",
			strings.Replace(head, "className: eg", "className: eg, implementation: {name: traefik, version: v3.7.13}", 1) + external("chat", "chat", "{pathPrefix: /v1}")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, check(t, tt.yaml))
		})
	}
}

// servingMany is a pool model with objectives, flow control, an adapter and
// a rewrite; extra goes under the model.
func servingMany(name, extra string) string {
	return fmt.Sprintf(`  - name: %s
    matches: [{pathPrefix: /v1, header: {name: x-model, value: %s}}]
    backend: inferencePool
    objectives: [{name: interactive, priority: 10}, {name: batch, priority: -1}]
    defaultObjective: interactive
    rewrites: [{model: %s-latest, targets: [{model: %s}]}]
    endpointPicker: {flowControl: {requestTTL: 60s}}
    server:
      image: vllm/vllm-openai:v0.31.0
      args: [Qwen/QwQ-32B, --served-model-name, %s]
      resources: {gpus: 1, cpu: "4", memory: 32Gi}
      lora: {adapters: [{name: %s-sql, source: /cache/adapters/sql}]}
%s    versions: [{name: stable}]
`, name, name, name, name, name, name, extra)
}

func TestCheckRefusesPoolsThatWouldServeTheWrongModelOrPriority(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"a priority beyond int32",
			head + strings.Replace(servingMany("reasoning", ""), "priority: 10", "priority: 3000000000", 1),
			"models[0].objectives[0].priority: 3000000000 must be between -2147483648 and 2147483647 (an int32)"},
		{"an objective listed twice",
			head + strings.Replace(servingMany("reasoning", ""), "name: batch", "name: interactive", 1),
			`models[0].objectives[1].name: "interactive" is listed twice (objectives[0])`},
		{"an adapter listed twice",
			head + strings.Replace(servingMany("reasoning", ""), "adapters: [{name: reasoning-sql, source: /cache/adapters/sql}]", "adapters: [{name: reasoning-sql, source: /cache/a}, {name: reasoning-sql, source: /cache/b}]", 1),
			`models[0].server.lora.adapters[1].name: "reasoning-sql" is listed twice (adapters[0])`},
		{"an adapter named like another model",
			head + external("chat", "chat", "{pathPrefix: /chat}") + strings.Replace(servingMany("reasoning", ""), "name: reasoning-sql,", "name: chat,", 1),
			`models[1].server.lora.adapters[0].name: "chat" is a model name models[0].name answers to already; clients asking for it would reach one model or the other`},
		{"one adapter name for two models",
			head + servingMany("reasoning", "") + strings.Replace(servingMany("coder", ""), "name: coder-sql,", "name: reasoning-sql,", 1),
			`models[1].server.lora.adapters[0].name: "reasoning-sql" is a model name models[0].server.lora.adapters[0].name answers to already; clients asking for it would reach one model or the other`},
		{"an alias whose requests another model takes",
			head + external("chat", "chat", "{pathPrefix: /v1, header: {name: x-model, value: reasoning-latest}}") + servingMany("reasoning", ""),
			"models[1].rewrites[0].model: takes the same requests as models[0].matches[0]; one of the two models would never get traffic (add a header match that names the model)"},
		{"rewrite weights adding up to 0",
			head + strings.Replace(servingMany("reasoning", ""), "targets: [{model: reasoning}]", "targets: [{model: reasoning, weight: 0}]", 1),
			"models[0].rewrites[0].targets: weights add up to 0, so requests for reasoning-latest would find no model"},
		{"flow control on a picker you run",
			head + strings.Replace(servingMany("reasoning", ""), "endpointPicker: {flowControl: {requestTTL: 60s}}", "endpointPicker: {service: my-epp, port: 9002, flowControl: {}}", 1),
			"models[0].endpointPicker.flowControl: configures the platform's own picker; with service the picker is yours"},
		{"a TTL that is not a duration",
			head + strings.Replace(servingMany("reasoning", ""), "requestTTL: 60s", "requestTTL: a minute", 1),
			`models[0].endpointPicker.flowControl.requestTTL: "a minute" is not a duration (use e.g. 300s)`},
		{"a default objective the model lacks",
			head + strings.Replace(servingMany("reasoning", ""), "defaultObjective: interactive", "defaultObjective: urgent", 1),
			`models[0].defaultObjective: "urgent" is not one of the model's objectives (interactive, batch)`},
		{"objectives on a model behind a Service",
			head + external("chat", "chat", "{pathPrefix: /v1}") + "    objectives: [{name: batch, priority: -1}]\n",
			"models[0].objectives: is only used with backend: inferencePool (the pool's endpoint picker reads it)"},
		{"a LoRA rank vLLM does not take",
			head + strings.Replace(servingMany("reasoning", ""), "lora: {adapters:", "lora: {maxRank: 48, adapters:", 1),
			"models[0].server.lora.maxRank: 48 must be one of vLLM's ranks: 1, 8, 16, 32, 64, 128, 256, 320, 512"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, refusal(t, tt.yaml))
		})
	}
}

func TestCheckAcceptsPoolsThatServeMany(t *testing.T) {
	assert.NoError(t, check(t, head+servingMany("reasoning", "")+servingMany("coder", "")),
		"two such models, whose objectives share names: each pool has its own InferenceObjectives")
}

// monitoringBlock is a monitoring block, after the models.
const monitoringBlock = "monitoring:\n  prometheus: {address: http://prometheus.monitoring.svc:9090, namespaceLabels: {kubernetes.io/metadata.name: monitoring}}\n"

func TestCheckRefusesScalersThatCannotTurn(t *testing.T) {
	fromZero := strings.Replace(servingMany("reasoning", "    autoscaling: {minReplicas: 0, maxReplicas: 4}\n"), "flowControl: {requestTTL: 60s}", "flowControl: {requestTTL: 60s, noEndpointRequestTTL: 20m}", 1)
	fromZeroInTime := fromZero + "    timeouts: {request: 1200s}\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"min above max",
			head + served("chat", "stable", "    autoscaling: {minReplicas: 5, maxReplicas: 2, metric: {name: \"vllm:num_requests_waiting\", averageValue: \"5\"}}\n") + monitoringBlock,
			"models[0].autoscaling.minReplicas: 5 is above maxReplicas 2"},
		{"zero replicas behind a Service",
			head + served("chat", "stable", "    autoscaling: {minReplicas: 0, maxReplicas: 2, metric: {name: \"vllm:num_requests_waiting\", averageValue: \"5\"}}\n") + monitoringBlock,
			"models[0].autoscaling.minReplicas: 0 needs backend: inferencePool with endpointPicker.flowControl: behind a Service nothing holds the first request while a replica starts, so it would fail"},
		{"a hold shorter than the start",
			head + strings.Replace(fromZeroInTime, "noEndpointRequestTTL: 20m", "noEndpointRequestTTL: 5m", 1) + monitoringBlock,
			"models[0].autoscaling.minReplicas: 0 needs endpointPicker.flowControl.noEndpointRequestTTL above the server's startup budget 15m0s (server.probes.startupTimeout): the picker holds the first request 5m0s, and would reject it before a replica could be ready"},
		{"a request timeout shorter than the start",
			head + fromZero + "    timeouts: {request: 600s}\n" + monitoringBlock,
			"models[0].autoscaling.minReplicas: 0 needs timeouts.request above the server's startup budget 15m0s (server.probes.startupTimeout): the gateway would give up on the first request after 10m0s, while a replica starts"},
		{"a query that is not PromQL",
			head + served("chat", "stable", "    autoscaling: {maxReplicas: 2, metric: {query: \"sum(rate(vllm:request_success_total[1m])\", averageValue: \"5\"}}\n") + monitoringBlock,
			`models[0].autoscaling.metric.query: "sum(rate(vllm:request_success_total[1m])" is not PromQL: 1:41: parse error: unclosed left parenthesis`},
		{"a signal without monitoring",
			head + served("chat", "stable", "    autoscaling: {maxReplicas: 2, metric: {name: \"vllm:num_requests_waiting\", averageValue: \"5\"}}\n"),
			"models[0].autoscaling.metric: is read from Prometheus by a KEDA scaler, which needs the platform's monitoring block (monitoring.prometheus.address)"},
		{"a signal of a gRPC model without metrics",
			head + strings.Replace(served("vision", "stable", "    protocol: grpc\n    autoscaling: {maxReplicas: 2, metric: {name: nv_inference_queue_duration_us, averageValue: \"5\"}}\n"),
				"matches: [{pathPrefix: /v1, header: {name: x-model, value: vision}}]", "matches: [{grpcService: inference.GRPCInferenceService}]", 1) + monitoringBlock,
			"models[0].autoscaling.metric.name: needs metrics of the servers, and a gRPC server's are not scraped: set server.metricsPort (Triton serves them on 8002)"},
		{"picker signals behind a Service",
			head + served("chat", "stable", "    autoscaling: {maxReplicas: 2, pickerSignals: {queued: \"2\"}}\n") + monitoringBlock,
			"models[0].autoscaling.pickerSignals: is only used with backend: inferencePool (the signals are the pool's endpoint picker's)"},
		{"a Prometheus the policies cannot admit",
			head + served("chat", "stable", "") + "monitoring:\n  prometheus: {address: http://prometheus.monitoring.svc:9090}\n",
			"monitoring.prometheus.namespaceLabels: is required (or prometheus.podLabels: the Prometheus pods the NetworkPolicies admit to the metrics ports)"},
		{"monitoring without servers",
			head + external("chat", "chat", "{pathPrefix: /v1}") + monitoringBlock,
			"monitoring: has no effect: it scrapes the servers and endpoint pickers the platform runs, and no model has a server"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, refusal(t, tt.yaml))
		})
	}
}

func TestCheckAcceptsAPoolThatScalesFromZero(t *testing.T) {
	yaml := head + strings.Replace(servingMany("reasoning", "    autoscaling: {minReplicas: 0, maxReplicas: 4}\n    timeouts: {request: 1200s}\n"), "flowControl: {requestTTL: 60s}", "flowControl: {requestTTL: 60s, noEndpointRequestTTL: 20m}", 1) + monitoringBlock
	assert.NoError(t, check(t, yaml))
	assert.NoError(t, check(t, strings.Replace(yaml, "noEndpointRequestTTL: 20m", "noEndpointRequestTTL: 0s", 1)), "0s holds a request until a replica is ready")
}
