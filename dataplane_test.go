package main

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/internal/dataplane"
	"github.com/ai-gateway/ai-gateway/internal/kubetest"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

const (
	dataplaneConfig = "testdata/dataplane/platform.yaml"
	// pathConfig is the same platform with modelFrom: path.
	pathConfig  = "testdata/dataplane/path.yaml"
	dataplaneNS = "ai-services"
	modelHost   = "ai.example.com"
	grpcHost    = "grpc.ai.example.com"
)

// traefikBinary is the Traefik that `make traefik` builds into
// .cache/traefik/VERSION/, the version pinned in tools/traefik/build.sh;
// TRAEFIK names another.
func traefikBinary(t *testing.T) string {
	t.Helper()
	if path := os.Getenv("TRAEFIK"); path != "" {
		return path
	}
	version := pinnedVersion(t, filepath.Join("tools", "traefik", "build.sh"), "TRAEFIK_VERSION", `(?m)^TRAEFIK_VERSION=(\S+)$`)
	return cachePath(t, "traefik", version, "traefik")
}

// gatewayPorts are the high ports the test gives the Gateway's listeners
// (80 and 443 in dist/), so that Traefik can bind an entryPoint to each.
type gatewayPorts struct{ http, https int }

// synthForTraefik synthesizes config (YAML text) into a fresh folder and
// moves the Gateway's listener ports to ports.
func synthForTraefik(t *testing.T, config string, ports gatewayPorts) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "platform.yaml")
	require.NoError(t, os.WriteFile(file, []byte(config), 0o644))
	out := filepath.Join(t.TempDir(), "dist")
	require.NoError(t, run([]string{"-config", file, "-out", out, "-topology", ""}))
	gatewayFile := filepath.Join(out, "10-gateway.k8s.yaml")
	data, err := os.ReadFile(gatewayFile)
	require.NoError(t, err)
	objects, err := manifest.Parse(gatewayFile, data)
	require.NoError(t, err)
	var docs []string
	for _, o := range objects {
		var obj map[string]any
		require.NoError(t, json.Unmarshal(o.JSON, &obj))
		if o.GVK.Kind == "Gateway" {
			for _, l := range obj["spec"].(map[string]any)["listeners"].([]any) {
				listener := l.(map[string]any)
				switch listener["port"].(float64) {
				case 80:
					listener["port"] = ports.http
				case 443:
					listener["port"] = ports.https
				}
			}
		}
		doc, err := yaml.Marshal(obj)
		require.NoError(t, err)
		docs = append(docs, string(doc))
	}
	require.NoError(t, os.WriteFile(gatewayFile, []byte(strings.Join(docs, "---\n")), 0o644))
	return out
}

// backends are the fake servers behind the platform's Services.
type backends struct {
	ip                     net.IP
	chatStable, chatCanary *dataplane.ModelServer
	embeddings, rerank     *dataplane.ModelServer
	vision                 *dataplane.GRPCServer
}

func startBackends(t *testing.T, ip net.IP) *backends {
	t.Helper()
	b := &backends{ip: ip}
	for _, s := range []struct {
		into **dataplane.ModelServer
		name string
	}{{&b.chatStable, "chat-stable"}, {&b.chatCanary, "chat-canary"}, {&b.embeddings, "embeddings-stable"}, {&b.rerank, "rerank"}} {
		server, err := dataplane.StartModelServer(ip, s.name)
		require.NoError(t, err)
		t.Cleanup(server.Close)
		*s.into = server
	}
	vision, err := dataplane.StartGRPCServer(ip, "vision-stable")
	require.NoError(t, err)
	t.Cleanup(vision.Close)
	b.vision = vision
	return b
}

// endpointSlices points each Service of the platform at its fake server,
// the way the EndpointSlice controller would at the pods; ports are matched
// by name, as Traefik reads them. The rerank Service, which the platform
// routes to but does not run, is created here too.
func (b *backends) endpointSlices() string {
	slice := func(service, port string, number int, appProtocol string) string {
		ap := ""
		if appProtocol != "" {
			ap = ", appProtocol: " + appProtocol
		}
		return fmt.Sprintf(`apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: %[1]s-test
  namespace: %[2]s
  labels: {kubernetes.io/service-name: %[1]s}
addressType: IPv4
ports: [{name: %[3]s, port: %[4]d, protocol: TCP%[5]s}]
endpoints: [{addresses: ["%[6]s"], conditions: {ready: true}}]
`, service, dataplaneNS, port, number, ap, b.ip)
	}
	return strings.Join([]string{
		slice("chat-stable", "http", b.chatStable.Port, ""),
		slice("chat-canary", "http", b.chatCanary.Port, ""),
		slice("embeddings-stable", "http", b.embeddings.Port, ""),
		slice("rerank", "http", b.rerank.Port, ""),
		slice("vision-stable", "grpc", b.vision.Port, "kubernetes.io/h2c"),
		fmt.Sprintf(`apiVersion: v1
kind: Service
metadata: {name: rerank, namespace: %s}
spec:
  ports: [{name: http, port: 8080, protocol: TCP}]
`, dataplaneNS),
	}, "---\n")
}

// client sends requests for the platform's hostnames to Traefik on
// loopback, trusting the gateway's certificate.
type client struct {
	ports gatewayPorts
	http  *http.Client
	cert  *dataplane.Certificate
}

func newClient(ports gatewayPorts, cert *dataplane.Certificate) *client {
	dialer := &net.Dialer{Timeout: 5 * time.Second}
	transport := &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			_, port, _ := net.SplitHostPort(addr)
			return dialer.DialContext(ctx, network, net.JoinHostPort("127.0.0.1", port))
		},
		TLSClientConfig:   &tls.Config{RootCAs: cert.Pool},
		ForceAttemptHTTP2: true,
	}
	return &client{ports: ports, cert: cert, http: &http.Client{
		Transport:     transport,
		Timeout:       30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

func (c *client) https(host, path string) string {
	return fmt.Sprintf("https://%s:%d%s", host, c.ports.https, path)
}

// openAI is the official OpenAI Go SDK pointed at the gateway, naming the
// model in the x-model header as the README tells users to.
func (c *client) openAI(model string) openai.Client {
	return openai.NewClient(
		option.WithBaseURL(c.https(modelHost, "/v1/")),
		option.WithAPIKey("test"),
		option.WithHTTPClient(c.http),
		option.WithHeader("x-model", model),
		option.WithMaxRetries(0),
	)
}

// openAIAt is the official OpenAI Go SDK as a client of modelFrom: path
// uses it: a base URL per model and nothing else, no header.
func (c *client) openAIAt(model string) openai.Client {
	return openai.NewClient(
		option.WithBaseURL(c.https(modelHost, constructs.ModelPath(model)+"/v1/")),
		option.WithAPIKey("test"),
		option.WithHTTPClient(c.http),
		option.WithMaxRetries(0),
	)
}

// post sends a request and returns its status and, for 200, the answer.
func (c *client) post(t *testing.T, url, model string) (int, dataplane.Answer) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader("{}"))
	require.NoError(t, err)
	if model != "" {
		req.Header.Set("x-model", model)
	}
	resp, err := c.http.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var answer dataplane.Answer
	if resp.StatusCode == http.StatusOK {
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&answer))
	} else {
		_, _ = io.Copy(io.Discard, resp.Body)
	}
	return resp.StatusCode, answer
}

// split sends n requests for the chat model and counts who answered.
func (c *client) split(t *testing.T, n int) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for range n {
		status, answer := c.post(t, c.https(modelHost, "/v1/models"), "chat")
		require.Equal(t, http.StatusOK, status)
		counts[answer.Server]++
	}
	return counts
}

// dataPlane is Traefik serving a platform's dist/ from a real
// kube-apiserver, with fake model servers behind the Services.
type dataPlane struct {
	cp      *kubetest.ControlPlane
	client  *client
	ports   gatewayPorts
	config  string // the platform's config, as read
	kubectl func(args ...string) string
}

// startDataPlane synthesizes the platform of configFile, applies its dist/
// with the GatewayClass, the TLS Secret and EndpointSlices to the fake
// servers, starts Traefik and waits until every route is accepted. It
// skips locally with AI_GATEWAY_SKIP_DATAPLANE=1 (never in CI).
func startDataPlane(t *testing.T, ctx context.Context, configFile string) *dataPlane {
	t.Helper()
	skipLocallyIf(t, "AI_GATEWAY_SKIP_DATAPLANE")
	traefik := traefikBinary(t)
	require.FileExists(t, traefik, "build it with `make traefik`")
	ip, cleanup, err := dataplane.HostAddress()
	if err != nil && os.Getenv("CI") != "true" {
		t.Skip("no address for the fake model servers: " + err.Error())
	}
	require.NoError(t, err)
	t.Cleanup(cleanup)

	cp := startControlPlane(t, ctx, 120)
	kubectl := func(args ...string) string {
		t.Helper()
		out, err := cp.Kubectl(ctx, args...)
		require.NoError(t, err, "kubectl %s\n%s", strings.Join(args, " "), out)
		return out
	}
	apply := func(yamlText string) {
		t.Helper()
		file := filepath.Join(t.TempDir(), "objects.yaml")
		require.NoError(t, os.WriteFile(file, []byte(yamlText), 0o644))
		kubectl("apply", "-f", file)
	}
	installCRDs(t, func(args ...string) (string, error) { return cp.Kubectl(ctx, args...) })

	ports := gatewayPorts{}
	ports.http, err = dataplane.FreePort(net.IPv4(127, 0, 0, 1))
	require.NoError(t, err)
	ports.https, err = dataplane.FreePort(net.IPv4(127, 0, 0, 1))
	require.NoError(t, err)
	config, err := os.ReadFile(configFile)
	require.NoError(t, err)
	dist := synthForTraefik(t, string(config), ports)

	cert, err := dataplane.NewCertificate(modelHost, grpcHost)
	require.NoError(t, err)
	b := startBackends(t, ip)
	apply(`apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: traefik}
spec: {controllerName: traefik.io/gateway-controller}
`)
	kubectl("apply", "-f", dist)
	kubectl("create", "secret", "tls", "ai-gateway-tls", "-n", dataplaneNS, "--cert", writeTemp(t, cert.CertPEM), "--key", writeTemp(t, cert.KeyPEM))
	apply(b.endpointSlices())

	require.NoError(t, cp.Spawn("traefik", traefik, []string{"KUBECONFIG=" + cp.Kubeconfig},
		"--providers.kubernetesgateway=true",
		fmt.Sprintf("--entryPoints.web.address=127.0.0.1:%d", ports.http),
		fmt.Sprintf("--entryPoints.websecure.address=127.0.0.1:%d", ports.https),
		"--global.checkNewVersion=false", "--global.sendAnonymousUsage=false",
		"--log.level=INFO",
	))
	waitForRoutes(t, ctx, cp)
	// Traefik may accept the routes before it has loaded the Secret, and
	// serves its default certificate until then.
	require.Eventually(t, func() bool {
		conn, err := tls.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", ports.https), &tls.Config{ServerName: modelHost, RootCAs: cert.Pool})
		if err != nil {
			return false
		}
		conn.Close()
		return true
	}, 30*time.Second, 200*time.Millisecond, "HTTPS never served the Secret's certificate")
	return &dataPlane{cp: cp, client: newClient(ports, cert), ports: ports, config: string(config), kubectl: kubectl}
}

// TestDataPlaneRoutesAsDistSays runs Traefik against a real kube-apiserver
// holding the data-plane platform's dist/, with EndpointSlices pointing at
// fake model servers, and checks through real requests that every model is
// reached by its match and by nothing else, that canary weights split the
// traffic (also after a change of weights is applied), that HTTP redirects to
// HTTPS, that TLS uses the Secret's certificate, that gRPC reaches its model
// over h2c, that streamed completions arrive token by token, and that every
// route's status is accepted. AI_GATEWAY_SKIP_DATAPLANE=1 skips it for a
// quick local loop; never in CI.
func TestDataPlaneRoutesAsDistSays(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d := startDataPlane(t, ctx, dataplaneConfig)
	c, ports, config, kubectl, cp, cert := d.client, d.ports, d.config, d.kubectl, d.cp, d.client.cert

	t.Run("every route and the gateway report their conditions true", func(t *testing.T) {
		assertConditionsTrue(t, ctx, cp)
	})
	t.Run("each model is reached by its match and nothing else", func(t *testing.T) {
		for _, tt := range []struct {
			name, url, model string
			status           int
			server, path     string
		}{
			{"chat by its header", c.https(modelHost, "/v1/models"), "chat", 200, "chat-", "/v1/models"},
			{"embeddings by its header", c.https(modelHost, "/v1/models"), "embeddings", 200, "embeddings-stable", "/v1/models"},
			{"rerank by its path, rewritten", c.https(modelHost, "/rerank/score"), "", 200, "rerank", "/v1/rerank/score"},
			{"an unknown model", c.https(modelHost, "/v1/models"), "llama", 404, "", ""},
			{"no model header", c.https(modelHost, "/v1/models"), "", 404, "", ""},
			{"another path", c.https(modelHost, "/v2/models"), "chat", 404, "", ""},
			{"another host", fmt.Sprintf("http://other.example.com:%d/v1/models", ports.http), "chat", 404, "", ""},
		} {
			t.Run(tt.name, func(t *testing.T) {
				status, answer := c.post(t, tt.url, tt.model)
				assert.Equal(t, tt.status, status)
				assert.True(t, strings.HasPrefix(answer.Server, tt.server), "served by %q, want %q", answer.Server, tt.server)
				assert.Equal(t, tt.path, answer.Path)
			})
		}
	})
	t.Run("the OpenAI SDK gets a chat completion and embeddings", func(t *testing.T) {
		chat := c.openAI("chat")
		done, err := chat.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
			Model: "chat", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")},
		})
		require.NoError(t, err)
		require.Len(t, done.Choices, 1)
		assert.Regexp(t, `^served by chat-(stable|canary)$`, done.Choices[0].Message.Content)

		embed := c.openAI("embeddings")
		vectors, err := embed.Embeddings.New(ctx, openai.EmbeddingNewParams{Model: "embeddings", Input: openai.EmbeddingNewParamsInputUnion{OfString: openai.String("hello")}})
		require.NoError(t, err)
		assert.Equal(t, "embeddings-stable", vectors.Model)
	})
	t.Run("a streamed completion arrives token by token", func(t *testing.T) {
		assertStreams(t, ctx, c.openAI("chat"))
	})
	t.Run("the canary gets its weight", func(t *testing.T) {
		assert.Equal(t, map[string]int{"chat-stable": 180, "chat-canary": 20}, c.split(t, 200), "weights 90 and 10 over 200 requests")
	})
	t.Run("HTTP redirects to HTTPS", func(t *testing.T) {
		resp, err := c.http.Get(fmt.Sprintf("http://%s:%d/v1/models?x=1", modelHost, ports.http))
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusMovedPermanently, resp.StatusCode)
		assert.Equal(t, "https://ai.example.com/v1/models?x=1", resp.Header.Get("Location"))
	})
	t.Run("HTTPS serves the Secret's certificate", func(t *testing.T) {
		conn, err := tls.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", ports.https), &tls.Config{ServerName: modelHost, RootCAs: cert.Pool})
		require.NoError(t, err)
		defer conn.Close()
		assert.True(t, conn.ConnectionState().PeerCertificates[0].Equal(cert.Leaf))
	})
	t.Run("gRPC reaches its model through the GRPCRoute, over h2c", func(t *testing.T) {
		conn, err := grpc.NewClient(fmt.Sprintf("passthrough:///%s:%d", grpcHost, ports.https),
			grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{RootCAs: cert.Pool})),
			grpc.WithContextDialer(func(ctx context.Context, addr string) (net.Conn, error) {
				_, port, _ := net.SplitHostPort(addr)
				return (&net.Dialer{}).DialContext(ctx, "tcp", net.JoinHostPort("127.0.0.1", port))
			}))
		require.NoError(t, err)
		defer conn.Close()
		in, out := []byte("image"), []byte(nil)
		require.NoError(t, conn.Invoke(ctx, "/inference.GRPCInferenceService/ModelInfer", &in, &out, grpc.ForceCodec(dataplane.RawCodec{})))
		assert.Equal(t, "vision-stable inference.GRPCInferenceService/ModelInfer", string(out))
	})
	t.Run("a change of weights takes effect once applied", func(t *testing.T) {
		changed := strings.Replace(strings.Replace(string(config), "weight: 90", "weight: 50", 1), "weight: 10", "weight: 50", 1)
		kubectl("apply", "-f", synthForTraefik(t, changed, ports))
		var last map[string]int
		require.Eventually(t, func() bool {
			last = c.split(t, 100)
			return last["chat-stable"] == 50 && last["chat-canary"] == 50
		}, 30*time.Second, time.Second, "weights 50 and 50 over 100 requests")
	})
}

// TestDataPlaneRoutesOnTheModelsPath runs the data-plane platform with
// modelFrom: path through Traefik: the OpenAI SDK, given only a base URL
// per model, gets chat completions (streamed too) and embeddings; each
// model's server sees the path without /models/NAME; a path of no model
// is answered 404.
func TestDataPlaneRoutesOnTheModelsPath(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d := startDataPlane(t, ctx, pathConfig)
	c := d.client

	t.Run("every route and the gateway report their conditions true", func(t *testing.T) {
		assertConditionsTrue(t, ctx, d.cp)
	})
	t.Run("the OpenAI SDK with a base URL per model", func(t *testing.T) {
		chat, embed := c.openAIAt("chat"), c.openAIAt("embeddings")
		done, err := chat.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
			Model: "chat", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")},
		})
		require.NoError(t, err)
		require.Len(t, done.Choices, 1)
		assert.Regexp(t, `^served by chat-(stable|canary)$`, done.Choices[0].Message.Content)

		vectors, err := embed.Embeddings.New(ctx, openai.EmbeddingNewParams{Model: "embeddings", Input: openai.EmbeddingNewParamsInputUnion{OfString: openai.String("hello")}})
		require.NoError(t, err)
		assert.Equal(t, "embeddings-stable", vectors.Model)

		assertStreams(t, ctx, chat)
	})
	t.Run("each model is reached on its path, rewritten, and nothing else", func(t *testing.T) {
		for _, tt := range []struct {
			name, path   string
			status       int
			server, seen string
		}{
			{"chat", "/models/chat/v1/models", 200, "chat-", "/v1/models"},
			{"embeddings", "/models/embeddings/v1/models", 200, "embeddings-stable", "/v1/models"},
			{"a model run elsewhere", "/models/rerank/v1/rerank/score", 200, "rerank", "/v1/rerank/score"},
			{"an unknown model", "/models/llama/v1/models", 404, "", ""},
			{"a name that only starts like a model's", "/models/chatty/v1/models", 404, "", ""},
			{"no model in the path", "/v1/models", 404, "", ""},
		} {
			t.Run(tt.name, func(t *testing.T) {
				status, answer := c.post(t, c.https(modelHost, tt.path), "")
				assert.Equal(t, tt.status, status)
				assert.True(t, strings.HasPrefix(answer.Server, tt.server), "served by %q, want %q", answer.Server, tt.server)
				assert.Equal(t, tt.seen, answer.Path)
			})
		}
	})
	t.Run("a header naming another model changes nothing", func(t *testing.T) {
		status, answer := c.post(t, c.https(modelHost, "/models/embeddings/v1/models"), "chat")
		assert.Equal(t, http.StatusOK, status)
		assert.Equal(t, "embeddings-stable", answer.Server)
	})
}

// TestDataPlanePlatformAsksTraefikForNothingItCannotDo shows the other half:
// a mirror, which Traefik answers with 500s, is refused before synth.
func TestDataPlanePlatformAsksTraefikForNothingItCannotDo(t *testing.T) {
	config, err := os.ReadFile(dataplaneConfig)
	require.NoError(t, err)
	withMirror := strings.Replace(string(config), "    rewritePathPrefix: /v1/rerank\n",
		"    rewritePathPrefix: /v1/rerank\n    mirror: {service: {name: rerank-shadow, port: 8080}, percent: 10}\n", 1)
	require.NotEqual(t, string(config), withMirror)
	file := filepath.Join(t.TempDir(), "platform.yaml")
	require.NoError(t, os.WriteFile(file, []byte(withMirror), 0o644))
	out := filepath.Join(t.TempDir(), "dist")
	err = run([]string{"-config", file, "-out", out, "-topology", ""})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "models[2].mirror: traefik v3.7.10 does not pass HTTPRouteRequestMirror (Gateway API conformance report v1.6)")
	assert.NoDirExists(t, out)
}

// assertStreams checks that a streamed completion's tokens arrive apart, as
// the server sends them, not all at once at the end.
func assertStreams(t *testing.T, ctx context.Context, c openai.Client) {
	t.Helper()
	stream := c.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{
		Model: "chat", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("count")},
	})
	var text strings.Builder
	var arrivals []time.Time
	for stream.Next() {
		chunk := stream.Current()
		if len(chunk.Choices) > 0 && chunk.Choices[0].Delta.Content != "" {
			text.WriteString(chunk.Choices[0].Delta.Content)
			arrivals = append(arrivals, time.Now())
		}
	}
	require.NoError(t, stream.Err())
	assert.Regexp(t, `^one two three four five six from chat-(stable|canary)$`, text.String())
	require.Len(t, arrivals, len(dataplane.StreamTokens)+1)
	spread := arrivals[len(arrivals)-1].Sub(arrivals[0])
	minimum := time.Duration(len(arrivals)-1) * dataplane.TokenGap / 2
	assert.Greater(t, spread, minimum, "the tokens arrived within %s; a buffered answer arrives at once", spread)
	for i := 1; i < len(arrivals); i++ {
		assert.Greater(t, arrivals[i].Sub(arrivals[i-1]), dataplane.TokenGap/4, "token %d arrived with the one before it", i)
	}
}

// waitForRoutes waits until Traefik has accepted every route and serves the
// chat model.
func waitForRoutes(t *testing.T, ctx context.Context, cp *kubetest.ControlPlane) {
	t.Helper()
	require.Eventually(t, func() bool {
		return len(falseConditions(t, ctx, cp)) == 0
	}, 90*time.Second, 500*time.Millisecond, "routes and gateway never all accepted: %v", falseConditions(t, ctx, cp))
}

func assertConditionsTrue(t *testing.T, ctx context.Context, cp *kubetest.ControlPlane) {
	t.Helper()
	assert.Empty(t, falseConditions(t, ctx, cp))
}

// falseConditions lists the conditions of the Gateway (Accepted, Programmed)
// and of every route's parents (Accepted, ResolvedRefs) that are not True,
// or missing.
func falseConditions(t *testing.T, ctx context.Context, cp *kubetest.ControlPlane) []string {
	t.Helper()
	out, err := cp.Kubectl(ctx, "get", "gateways,httproutes,grpcroutes", "-n", dataplaneNS, "-o", "json")
	require.NoError(t, err, out)
	var list struct {
		Items []struct {
			Kind     string `json:"kind"`
			Metadata struct {
				Name string `json:"name"`
			} `json:"metadata"`
			Status struct {
				Conditions []condition `json:"conditions"`
				Parents    []struct {
					Conditions []condition `json:"conditions"`
				} `json:"parents"`
			} `json:"status"`
		} `json:"items"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &list))
	var bad []string
	check := func(what string, conditions []condition, want ...string) {
		for _, w := range want {
			if !hasTrue(conditions, w) {
				bad = append(bad, what+": "+w)
			}
		}
	}
	routes := 0
	for _, item := range list.Items {
		what := item.Kind + "/" + item.Metadata.Name
		if item.Kind == "Gateway" {
			check(what, item.Status.Conditions, "Accepted", "Programmed")
			continue
		}
		routes++
		if len(item.Status.Parents) == 0 {
			bad = append(bad, what+": no parent status")
		}
		for _, p := range item.Status.Parents {
			check(what, p.Conditions, "Accepted", "ResolvedRefs")
		}
	}
	if routes < 5 {
		bad = append(bad, fmt.Sprintf("only %d routes", routes))
	}
	return bad
}

type condition struct {
	Type   string `json:"type"`
	Status string `json:"status"`
}

func hasTrue(conditions []condition, kind string) bool {
	for _, c := range conditions {
		if c.Type == kind {
			return c.Status == "True"
		}
	}
	return false
}

func writeTemp(t *testing.T, data []byte) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, data, 0o600))
	return file
}
