package constructs

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func service(name string) ServiceRef { return ServiceRef{Name: name, Port: 8000} }

func duration(d time.Duration) *time.Duration { return &d }

func TestModelRouteGolden(t *testing.T) {
	tests := []struct {
		name  string
		tls   bool
		props ModelRouteProps
	}{
		{"route-defaults", false, ModelRouteProps{
			Name:     "llama",
			Versions: []ModelVersion{{Service: service("llama")}},
		}},
		{"route-canary-by-header", true, ModelRouteProps{
			Name:      "chat",
			Hostnames: []string{"ai.example.com"},
			Matches:   []RouteMatch{{PathPrefix: "/v1", Header: &HeaderMatch{Name: "x-model", Value: "chat"}}},
			Versions: []ModelVersion{
				{Service: service("chat-v1"), Weight: intPtr(90)},
				{Service: service("chat-v2"), Weight: intPtr(10)},
			},
		}},
		{"route-cross-namespace-mirror", true, ModelRouteProps{
			Name: "chat",
			Versions: []ModelVersion{
				{Service: ServiceRef{Name: "chat", Namespace: "models", Port: 80}, Weight: intPtr(95)},
				{Service: ServiceRef{Name: "chat-next", Namespace: "models", Port: 80}, Weight: intPtr(5)},
			},
			Mirror: &Mirror{Service: ServiceRef{Name: "chat-shadow", Namespace: "shadow", Port: 80}, Percent: 10},
		}},
		{"route-rewrite-and-timeouts", false, ModelRouteProps{
			Name:              "embeddings",
			Matches:           []RouteMatch{{PathPrefix: "/embeddings"}},
			RewritePathPrefix: "/v1/embeddings",
			Versions:          []ModelVersion{{Service: service("embeddings")}},
			Timeouts:          Timeouts{Request: duration(2 * time.Hour), BackendRequest: duration(1500 * time.Millisecond)},
		}},
		{"route-no-request-timeout", false, ModelRouteProps{
			Name:     "batch",
			Versions: []ModelVersion{{Service: service("batch")}},
			Timeouts: Timeouts{Request: duration(0), BackendRequest: duration(time.Hour)},
		}},
		{"route-retries-with-backoff", false, ModelRouteProps{
			Name:     "chat",
			Versions: []ModelVersion{{Service: service("chat")}},
			Timeouts: Timeouts{Request: duration(300 * time.Second), BackendRequest: duration(290 * time.Second)},
			Retry:    &Retry{Codes: []int{429, 503}, Attempts: intPtr(2), Backoff: duration(250 * time.Millisecond)},
		}},
		{"route-retries-off", false, ModelRouteProps{
			Name:     "chat",
			Versions: []ModelVersion{{Service: service("chat")}},
			Retry:    &Retry{Attempts: intPtr(0)},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, chart := newChart()
			gw := AIGatewayProps{Name: "ai-gateway", ClassName: "eg"}
			if tt.tls {
				gw.TLSSecretName = "ai-tls"
			}
			tt.props.Gateway = testGateway(t, chart, gw)
			_, err := NewModelRoute(chart, "route", tt.props)
			require.NoError(t, err)
			assertGolden(t, app, tt.name)
		})
	}
}

func TestModelRouteRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*ModelRouteProps)
		want   string
	}{
		{"missing name", func(p *ModelRouteProps) { p.Name = "" }, "name: is required"},
		{"missing gateway", func(p *ModelRouteProps) { p.Gateway = nil }, "gateway: is required"},
		{"no versions", func(p *ModelRouteProps) { p.Versions = nil }, "versions: is required"},
		{"seventeen versions", func(p *ModelRouteProps) {
			p.Versions = make([]ModelVersion, 17)
			for i := range p.Versions {
				p.Versions[i] = ModelVersion{Service: service("v")}
			}
		}, "versions: has 17 entries; a rule holds at most 16 backends"},
		{"canary weight above 1e6", func(p *ModelRouteProps) { p.Versions[0].Weight = intPtr(1_000_001) }, "versions[0].weight: 1000001 must be between 0 and 1000000"},
		{"negative weight", func(p *ModelRouteProps) { p.Versions[0].Weight = intPtr(-1) }, "versions[0].weight: -1 must be between 0 and 1000000"},
		{"all weights zero", func(p *ModelRouteProps) { p.Versions[0].Weight = intPtr(0) }, "versions: weights add up to 0"},
		{"service name with upper case", func(p *ModelRouteProps) { p.Versions[0].Service.Name = "Llama" }, `versions[0].service.name: "Llama" must be a Service name`},
		{"service port zero", func(p *ModelRouteProps) { p.Versions[0].Service.Port = 0 }, "versions[0].service.port: 0 must be a port between 1 and 65535"},
		{"service port too high", func(p *ModelRouteProps) { p.Versions[0].Service.Port = 70000 }, "versions[0].service.port: 70000 must be a port"},
		{"bad service namespace", func(p *ModelRouteProps) { p.Versions[0].Service.Namespace = "Models" }, `versions[0].service.namespace: "Models" must be a DNS label`},
		{"hostname with upper case", func(p *ModelRouteProps) { p.Hostnames = []string{"AI.example.com"} }, `hostnames[0]: "AI.example.com" must be a lowercase RFC 1123 hostname`},
		{"hostname as IP", func(p *ModelRouteProps) { p.Hostnames = []string{"192.168.0.1"} }, `hostnames[0]: "192.168.0.1" is an IP address`},
		{"hostname listed twice", func(p *ModelRouteProps) { p.Hostnames = []string{"a.example.com", "a.example.com"} }, `hostnames[1]: "a.example.com" is listed twice`},
		{"seventeen hostnames", func(p *ModelRouteProps) {
			for i := range 17 {
				p.Hostnames = append(p.Hostnames, strings.Repeat("a", i+1)+".example.com")
			}
		}, "hostnames: has 17 entries; a route holds at most 16"},
		{"path prefix without slash", func(p *ModelRouteProps) { p.Matches = []RouteMatch{{PathPrefix: "v1"}} }, `matches[0].pathPrefix: "v1" must be an absolute path and start with '/'`},
		{"path prefix with double slash", func(p *ModelRouteProps) { p.Matches = []RouteMatch{{PathPrefix: "/v1//chat"}} }, `matches[0].pathPrefix: "/v1//chat" must not contain '//'`},
		{"path prefix ending in dot segment", func(p *ModelRouteProps) { p.Matches = []RouteMatch{{PathPrefix: "/v1/.."}} }, `must not end with '/..'`},
		{"path prefix with a space", func(p *ModelRouteProps) { p.Matches = []RouteMatch{{PathPrefix: "/v1 chat"}} }, "must only contain valid URL path characters"},
		{"header name with a colon", func(p *ModelRouteProps) {
			p.Matches = []RouteMatch{{Header: &HeaderMatch{Name: "x-model:", Value: "a"}}}
		}, `matches[0].header.name: "x-model:" must be an HTTP header name`},
		{"header without value", func(p *ModelRouteProps) {
			p.Matches = []RouteMatch{{Header: &HeaderMatch{Name: "x-model"}}}
		}, "matches[0].header.value: is required"},
		{"sixty-five matches", func(p *ModelRouteProps) { p.Matches = make([]RouteMatch, 65) }, "matches: has 65 entries; a rule holds at most 64"},
		{"rewrite with two matches", func(p *ModelRouteProps) {
			p.Matches = []RouteMatch{{PathPrefix: "/a"}, {PathPrefix: "/b"}}
			p.RewritePathPrefix = "/v1"
		}, "rewritePathPrefix: needs exactly one match, found 2 (When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified)"},
		{"relative rewrite", func(p *ModelRouteProps) { p.RewritePathPrefix = "v1" }, `rewritePathPrefix: "v1" must be an absolute path`},
		{"a rewrite to the matched prefix", func(p *ModelRouteProps) {
			p.Matches = []RouteMatch{{PathPrefix: "/v1"}}
			p.RewritePathPrefix = "/v1"
		}, `rewritePathPrefix: "/v1" has no effect: it equals the match's path prefix /v1, so the rewrite would change nothing`},
		{"a rewrite of the default match to /", func(p *ModelRouteProps) { p.RewritePathPrefix = "/" }, `rewritePathPrefix: "/" has no effect`},
		{"mirror percent zero", func(p *ModelRouteProps) { p.Mirror = &Mirror{Service: service("shadow")} }, "mirror.percent: 0 must be between 1 and 100"},
		{"mirror percent above 100", func(p *ModelRouteProps) { p.Mirror = &Mirror{Service: service("shadow"), Percent: 101} }, "mirror.percent: 101 must be between 1 and 100"},
		{"mirror without service", func(p *ModelRouteProps) { p.Mirror = &Mirror{Percent: 5} }, "mirror.service.name: is required"},
		{"backend timeout longer than request", func(p *ModelRouteProps) {
			p.Timeouts = Timeouts{Request: duration(time.Minute), BackendRequest: duration(2 * time.Minute)}
		}, `timeouts.backendRequest: "2m0s" is longer than the request timeout 1m0s (backendRequest timeout cannot be longer than request timeout)`},
		{"default backend timeout above a short request timeout is fine, a longer one is not", func(p *ModelRouteProps) {
			p.Timeouts = Timeouts{BackendRequest: duration(10 * time.Minute)}
		}, `timeouts.backendRequest: "10m0s" is longer than the request timeout 5m0s`},
		{"negative timeout", func(p *ModelRouteProps) { p.Timeouts = Timeouts{Request: duration(-time.Second)} }, `timeouts.request: "-1s" must not be negative`},
		{"sub-millisecond timeout", func(p *ModelRouteProps) { p.Timeouts = Timeouts{Request: duration(1500 * time.Microsecond)} }, `timeouts.request: "1.5ms" must be a whole number of milliseconds`},
		{"timeout beyond the API's range", func(p *ModelRouteProps) { p.Timeouts = Timeouts{Request: duration(100_000 * time.Hour)} }, `timeouts.request: "100000h0m0s" must be shorter than 100000 hours`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			props := ModelRouteProps{
				Name:     "chat",
				Gateway:  testGateway(t, chart, AIGatewayProps{Name: "gw", ClassName: "eg"}),
				Versions: []ModelVersion{{Service: service("chat")}},
			}
			tt.change(&props)
			r, err := NewModelRoute(chart, "route", props)
			require.Error(t, err)
			assert.Nil(t, r)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestModelRouteRetryDefaults(t *testing.T) {
	tests := []struct {
		name  string
		given *Retry
		want  Retry
	}{
		{"no retry key retries a 503 once", nil, Retry{Codes: []int{503}, Attempts: intPtr(1)}},
		{"attempts alone keep the default code", &Retry{Attempts: intPtr(3)}, Retry{Codes: []int{503}, Attempts: intPtr(3)}},
		{"codes alone keep one attempt", &Retry{Codes: []int{429}}, Retry{Codes: []int{429}, Attempts: intPtr(1)}},
		{"attempts 0 turns retries off without codes", &Retry{Attempts: intPtr(0)}, Retry{Attempts: intPtr(0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, *tt.given.withDefaults())
		})
	}
}

func TestModelRouteRejectsRetries(t *testing.T) {
	tests := []struct {
		name     string
		retry    Retry
		timeouts Timeouts
		want     string
	}{
		{"a code below 400", Retry{Codes: []int{302}}, Timeouts{}, "retry.codes[0]: 302 must be an HTTP status code from 400 to 599"},
		{"a code above 599", Retry{Codes: []int{503, 600}}, Timeouts{}, "retry.codes[1]: 600 must be an HTTP status code from 400 to 599"},
		{"a code listed twice", Retry{Codes: []int{503, 429, 503}}, Timeouts{}, "retry.codes[2]: 503 is listed twice (codes[0])"},
		{"a gateway timeout", Retry{Codes: []int{503, 504}}, Timeouts{}, "retry.codes[1]: 504 (Gateway Timeout) reports a timeout: the request may have reached the model, and a retry would run the generation twice"},
		{"a request timeout", Retry{Codes: []int{408}}, Timeouts{}, "retry.codes[0]: 408 (Request Timeout) reports a timeout: the request may have reached the model, and a retry would run the generation twice"},
		{"negative attempts", Retry{Attempts: intPtr(-1)}, Timeouts{}, "retry.attempts: -1 must be between 0 and 5"},
		{"six attempts", Retry{Attempts: intPtr(6)}, Timeouts{}, "retry.attempts: 6 must be between 0 and 5"},
		{"codes without attempts", Retry{Attempts: intPtr(0), Codes: []int{503}}, Timeouts{}, "retry.codes: have no effect with attempts 0 (retries off)"},
		{"a backoff without attempts", Retry{Attempts: intPtr(0), Backoff: duration(time.Second)}, Timeouts{}, `retry.backoff: "1s" has no effect with attempts 0 (retries off); leave it out`},
		{"a zero backoff", Retry{Backoff: duration(0)}, Timeouts{}, `retry.backoff: "0s" must be above 0; leave it out for the implementation's own`},
		{"a backoff after attempts without a time limit", Retry{Backoff: duration(time.Second)}, Timeouts{BackendRequest: duration(0)},
			`retry.backoff: "1s" leaves no room for the retries: backendRequest 0s puts no limit on an attempt, so one may take the whole request timeout 5m0s and 1 × 1s of waiting does not fit; set timeouts.backendRequest to at most 4m59s`},
		{"waits longer than the request may take", Retry{Attempts: intPtr(5), Backoff: duration(time.Minute)}, Timeouts{BackendRequest: duration(time.Second)},
			`retry.backoff: "1m0s" leaves no room for the retries: backendRequest 1s + 5 × 1m0s = 5m1s is longer than the request timeout 5m0s; shorten the backoff or make fewer attempts`},
		{"a backoff finer than milliseconds", Retry{Backoff: duration(1500 * time.Microsecond)}, Timeouts{BackendRequest: duration(time.Second)}, `retry.backoff: "1.5ms" must be a whole number of milliseconds`},
		{"a backoff that leaves the last attempt no room", Retry{Attempts: intPtr(2), Backoff: duration(time.Second)}, Timeouts{},
			`retry.backoff: "1s" leaves no room for the retries: backendRequest 5m0s + 2 × 1s = 5m2s is longer than the request timeout 5m0s; set timeouts.backendRequest to at most 4m58s`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, chart := newChart()
			retry := tt.retry
			_, err := NewModelRoute(chart, "route", ModelRouteProps{
				Name:     "chat",
				Gateway:  testGateway(t, chart, AIGatewayProps{Name: "gw", ClassName: "eg"}),
				Versions: []ModelVersion{{Service: service("chat")}},
				Timeouts: tt.timeouts,
				Retry:    &retry,
			})
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestModelRouteAcceptsABackoffThatLeavesRoom(t *testing.T) {
	_, chart := newChart()
	_, err := NewModelRoute(chart, "route", ModelRouteProps{
		Name:     "chat",
		Gateway:  testGateway(t, chart, AIGatewayProps{Name: "gw", ClassName: "eg"}),
		Versions: []ModelVersion{{Service: service("chat")}},
		Timeouts: Timeouts{Request: duration(300 * time.Second), BackendRequest: duration(298 * time.Second)},
		Retry:    &Retry{Attempts: intPtr(2), Backoff: duration(time.Second)},
	})
	assert.NoError(t, err, "298s + 2 × 1s fits in 300s exactly")
}

func TestModelRouteHostnameMustFitGateway(t *testing.T) {
	tests := []struct {
		gateway, route string
		attaches       bool
	}{
		{"", "ai.example.com", true},
		{"ai.example.com", "ai.example.com", true},
		{"*.example.com", "ai.example.com", true},
		{"*.example.com", "eu.ai.example.com", true},
		{"ai.example.com", "*.example.com", true},
		{"*.example.com", "example.com", false},
		{"ai.example.com", "ml.example.com", false},
		{"*.example.com", "ai.example.org", false},
	}
	for _, tt := range tests {
		t.Run(tt.route+" on "+tt.gateway, func(t *testing.T) {
			_, chart := newChart()
			gw := testGateway(t, chart, AIGatewayProps{Name: "gw", ClassName: "eg", Hostname: tt.gateway})
			_, err := NewModelRoute(chart, "route", ModelRouteProps{
				Name: "chat", Gateway: gw, Hostnames: []string{tt.route},
				Versions: []ModelVersion{{Service: service("chat")}},
			})
			if tt.attaches {
				assert.NoError(t, err)
			} else {
				assert.ErrorContains(t, err, "so the route would never attach")
			}
		})
	}
}
