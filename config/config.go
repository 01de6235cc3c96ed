// Package config reads the platform description: the YAML file in which a team
// lists the gateway and the models it serves. Parsing is strict, and every
// error names the config path it is about, e.g. `models[1].timeouts.request`.
//
// The package checks shapes (types, known keys, bounds on size) and presence
// (required keys, keys that only go with others), nothing more: a key left
// out stays empty (nil for numbers and durations, so 0 is told from absent),
// and the constructs that own each value apply its default and its rules.
// The package knows nothing of cdk8s; the platform package turns a Platform
// into construct props.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// Platform is the whole description: one namespace, one gateway, the models behind it.
type Platform struct {
	// Namespace that holds the gateway and the model routes. Required.
	Namespace string `yaml:"namespace" config:"required"`
	// Gateway every model is served through. Required.
	Gateway Gateway `yaml:"gateway" config:"required"`
	// Models served behind the gateway, one HTTPRoute each.
	Models []Model `yaml:"models"`
	// AllowTrafficFrom lists who may reach the model servers, on their serving
	// port only. Default: the pods of Namespace.
	AllowTrafficFrom []Peer `yaml:"allowTrafficFrom"`
	// Monitoring has Prometheus scrape the servers and pickers, and is where
	// the autoscalers read their signals. Default: none.
	Monitoring *Monitoring `yaml:"monitoring"`
}

// Monitoring says which Prometheus scrapes the platform, and how.
type Monitoring struct {
	// Prometheus that scrapes the pods and answers the autoscalers. Required.
	Prometheus Prometheus `yaml:"prometheus" config:"required"`
	// PodMonitorLabels are labels on every PodMonitor, for the Prometheus'
	// podMonitorSelector (e.g. release: kube-prometheus-stack). Default: none.
	PodMonitorLabels map[string]string `yaml:"podMonitorLabels"`
	// Interval between scrapes. Default: 15s.
	Interval *Duration `yaml:"interval"`
}

// Prometheus is the server the PodMonitors feed and the autoscalers query.
type Prometheus struct {
	// Address of its HTTP API, e.g. http://prometheus-operated.monitoring.svc:9090. Required.
	Address string `yaml:"address" config:"required"`
	// NamespaceLabels select the namespaces of its pods, which the
	// NetworkPolicies admit to the metrics ports. Default: every namespace.
	NamespaceLabels map[string]string `yaml:"namespaceLabels"`
	// PodLabels select its pods. Default: every pod.
	PodLabels map[string]string `yaml:"podLabels"`
}

// Peer selects pods by the labels of their namespace and their own labels.
type Peer struct {
	// NamespaceLabels select the namespaces. Default: every namespace.
	NamespaceLabels map[string]string `yaml:"namespaceLabels"`
	// PodLabels select the pods in those namespaces. Default: every pod.
	PodLabels map[string]string `yaml:"podLabels"`
}

// Gateway describes the Gateway object.
type Gateway struct {
	// Name of the Gateway. Default: ai-gateway.
	Name string `yaml:"name"`
	// ClassName names the GatewayClass of the cluster's gateway implementation. Required.
	ClassName string `yaml:"className" config:"required"`
	// Hostname the listeners answer on. Default: every hostname.
	Hostname string `yaml:"hostname"`
	// TLS turns on HTTPS on 443; plain HTTP then only redirects. Default: HTTP only.
	TLS *TLS `yaml:"tls"`
	// AllowedRoutes says which namespaces may attach routes. Default: from: Same.
	AllowedRoutes *AllowedRoutes `yaml:"allowedRoutes"`
	// GRPCHostname gives gRPC models a listener of their own. Default: none.
	GRPCHostname string `yaml:"grpcHostname"`
	// Implementation is the gateway implementation the platform targets.
	// Default: none; every feature is emitted as configured.
	Implementation *Implementation `yaml:"implementation"`
	// ModelFrom is where clients name the model: header (the header the
	// models' matches name), body (the JSON body's model, copied into that
	// header by the implementation's mechanism), or path (each HTTP model
	// on /models/NAME/..., rewritten to /...). Default: header.
	ModelFrom string `yaml:"modelFrom"`
}

// Implementation names a gateway implementation with a Gateway API
// conformance report, e.g. {name: traefik, version: v3.7}.
type Implementation struct {
	// Name, e.g. envoy-gateway, istio, kgateway, traefik. Required.
	Name string `yaml:"name" config:"required"`
	// Version the cluster runs, as its release names it: 1.31.0, v1.31.0,
	// or a prefix (v3.7); it picks the report of that version, of its
	// release series or of its minor release. Default: the newest reported.
	Version string `yaml:"version"`
}

// TLS names the certificate the gateway serves.
type TLS struct {
	// SecretName of a kubernetes.io/tls Secret in the platform namespace. Required.
	SecretName string `yaml:"secretName" config:"required"`
}

// AllowedRoutes limits which namespaces may attach routes to the gateway.
type AllowedRoutes struct {
	// From is Same, Selector or All. Default: Same.
	From string `yaml:"from"`
	// Namespaces allowed when From is Selector.
	Namespaces []string `yaml:"namespaces"`
}

// Model is one model served behind the gateway.
type Model struct {
	// Name of the model; names its HTTPRoute. Required.
	Name string `yaml:"name" config:"required"`
	// Protocol: http (HTTPRoute) or grpc (GRPCRoute). Default: http.
	Protocol string `yaml:"protocol"`
	// Hostnames the model answers on. Default: the gateway's hostname.
	Hostnames []string `yaml:"hostnames"`
	// Matches select the model's requests (any one suffices). Default: every request.
	Matches []Match `yaml:"matches"`
	// RewritePathPrefix replaces the matched path prefix. Default: none.
	RewritePathPrefix string `yaml:"rewritePathPrefix"`
	// Versions share the traffic by weight. Required.
	Versions []Version `yaml:"versions" config:"required"`
	// Server describes the model server that the platform runs for each
	// version. Default: none; the versions' Services already exist.
	Server *Server `yaml:"server"`
	// Autoscaling scales each version's server. Default: 1 to 3 replicas on CPU.
	Autoscaling *Autoscaling `yaml:"autoscaling"`
	// Replicas fixes each version's replica count instead of autoscaling. Default: autoscaling.
	Replicas *int `yaml:"replicas"`
	// Backend is what the route targets: service, or inferencePool (a model-aware
	// pool per version; needs server). Default: service.
	Backend string `yaml:"backend"`
	// EndpointPicker of the model's InferencePools. Default: none.
	EndpointPicker *EndpointPicker `yaml:"endpointPicker"`
	// Mirror copies a share of requests to a shadow Service. Default: none.
	Mirror *Mirror `yaml:"mirror"`
	// Timeouts bound the wait for an answer. Default: 300s.
	Timeouts *Timeouts `yaml:"timeouts"`
	// Retry sends refused requests to another replica; HTTP only. Default:
	// a refused connection or a 503, once.
	Retry *Retry `yaml:"retry"`
	// Objectives are classes of the model's requests with priorities, which
	// clients name in the x-llm-d-inference-objective header; pool models
	// only. Default: none.
	Objectives []Objective `yaml:"objectives"`
	// DefaultObjective is the objective of requests that name none.
	// Default: none (priority 0).
	DefaultObjective string `yaml:"defaultObjective"`
	// Rewrites send requests for one model name to others, by weight; pool
	// models only. Default: none.
	Rewrites []Rewrite `yaml:"rewrites"`
}

// Objective is a class of requests and its priority.
type Objective struct {
	// Name clients send in the header. Required.
	Name string `yaml:"name" config:"required"`
	// Priority; higher first, negative sheddable. Default: 0.
	Priority *int `yaml:"priority"`
}

// Rewrite sends the requests for a model name to other models.
type Rewrite struct {
	// Model clients ask for. Required.
	Model string `yaml:"model" config:"required"`
	// Targets the servers receive instead. Required.
	Targets []RewriteTarget `yaml:"targets" config:"required"`
}

// RewriteTarget is one model a rewrite sends requests to.
type RewriteTarget struct {
	// Model the servers receive. Required.
	Model string `yaml:"model" config:"required"`
	// Weight relative to the other targets. Default: 1.
	Weight *int `yaml:"weight"`
}

// Retry says when the gateway retries a request on another replica.
type Retry struct {
	// Codes of answers to retry, 400 to 599 but 408 and 504. Default: [503].
	Codes []int `yaml:"codes"`
	// Attempts after the first; 0 turns retries off. Default: 1.
	Attempts *int `yaml:"attempts"`
	// Backoff before a retry. Default: the gateway implementation's.
	Backoff *Duration `yaml:"backoff"`
}

// ProtocolGRPC is the protocol of a model served over gRPC (GRPCRoute).
const ProtocolGRPC = "grpc"

// Backends a model's route can target.
const (
	BackendService       = "service"
	BackendInferencePool = "inferencePool"
)

// EndpointPicker is the Inference Extension's per-request replica picker of
// a model's pools: one the platform runs per pool, or one you run (service).
type EndpointPicker struct {
	// Service of a picker you run yourself. Default: none; the platform runs one per pool.
	Service string `yaml:"service"`
	// Port of that Service's ext-proc endpoint. Required with service.
	Port *int `yaml:"port"`
	// FailureMode: FailClose or FailOpen. Default: FailClose.
	FailureMode string `yaml:"failureMode"`
	// Replicas of each picker the platform runs; above 1 they elect a leader. Default: 1.
	Replicas *int `yaml:"replicas"`
	// Image of the pickers the platform runs. Default: the constructs' pinned image.
	Image string `yaml:"image"`
	// Resources of each picker replica. Default: 4 CPUs, 8Gi.
	Resources *PickerResources `yaml:"resources"`
	// FlowControl queues requests by priority while the pool is saturated
	// or has no ready endpoint. Default: off.
	FlowControl *FlowControl `yaml:"flowControl"`
}

// FlowControl of a platform's picker.
type FlowControl struct {
	// MaxRequests queued in all. Default: no limit.
	MaxRequests *int `yaml:"maxRequests"`
	// MaxBytes of queued requests in all, a quantity. Default: no limit.
	MaxBytes string `yaml:"maxBytes"`
	// RequestTTL while the pool has endpoints; 0s waits. Default: 60s.
	RequestTTL *Duration `yaml:"requestTTL"`
	// NoEndpointRequestTTL while it has none; 0s waits. Default: 60s.
	NoEndpointRequestTTL *Duration `yaml:"noEndpointRequestTTL"`
}

// PickerResources are the CPU and memory of one picker replica, requested
// and limited alike.
type PickerResources struct {
	// CPU, e.g. "4". Default: 4.
	CPU string `yaml:"cpu"`
	// Memory, e.g. 8Gi. Default: 8Gi.
	Memory string `yaml:"memory"`
}

// Match selects requests by path prefix and, optionally, a header.
type Match struct {
	// PathPrefix the request path starts with; HTTP only. Default: "/".
	PathPrefix string `yaml:"pathPrefix"`
	// GRPCService is the fully qualified gRPC service; gRPC only.
	GRPCService string `yaml:"grpcService"`
	// GRPCMethod is the gRPC method; gRPC only.
	GRPCMethod string `yaml:"grpcMethod"`
	// Header that must have exactly this value. Default: none.
	Header *Header `yaml:"header"`
}

// Header is an exact header match.
type Header struct {
	// Name of the header. Required.
	Name string `yaml:"name" config:"required"`
	// Value of the header. Required.
	Value string `yaml:"value" config:"required"`
}

// Version is one version of a model and its share of traffic.
type Version struct {
	// Name of the version, e.g. stable or canary. Required with a server.
	Name string `yaml:"name"`
	// Service serving the version. Required without a server; with one, the
	// platform creates it. Default with a server: MODEL-VERSION on port 80.
	Service *Service `yaml:"service"`
	// Weight relative to the other versions. Default: 1.
	Weight *int `yaml:"weight"`
	// Image replaces the server's image for this version. Default: server.image.
	Image string `yaml:"image"`
	// Args replace the server's args for this version. Default: server.args.
	Args []string `yaml:"args"`
}

// Service points at a Kubernetes Service.
type Service struct {
	// Name of the Service. Required.
	Name string `yaml:"name" config:"required"`
	// Namespace of the Service. Default: the platform namespace.
	Namespace string `yaml:"namespace"`
	// Port of the Service. Required.
	Port int `yaml:"port" config:"required"`
}

// Mirror copies a share of requests to a shadow Service.
type Mirror struct {
	// Service receiving the copies. Required.
	Service Service `yaml:"service" config:"required"`
	// Percent of requests copied, 1 to 100. Required.
	Percent int `yaml:"percent" config:"required"`
}

// Timeouts bound the wait for a model.
type Timeouts struct {
	// Request bounds the whole request; 0s disables. Default: 300s.
	Request *Duration `yaml:"request"`
	// BackendRequest bounds one backend attempt. Default: Request.
	BackendRequest *Duration `yaml:"backendRequest"`
}

// Parse reads a platform description strictly. The error lists every problem
// found, one per line, each naming its config path.
func Parse(data []byte) (*Platform, error) {
	if len(data) > MaxConfigBytes {
		return nil, fmt.Errorf("the file is %d bytes long; a platform description may have at most %d", len(data), MaxConfigBytes)
	}
	root, err := parseYAML(data)
	if err != nil {
		return nil, err
	}
	var p Platform
	d := &decoder{}
	d.decode(root, "", reflect.ValueOf(&p).Elem())
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	if err := p.checkModels().Err(); err != nil {
		return nil, err
	}
	return &p, nil
}

func parseYAML(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("the file is empty")
		}
		return nil, fmt.Errorf("not valid YAML: %w", correctLine(err))
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, errors.New("holds more than one YAML document; describe the platform in one")
	}
	return doc.Content[0], nil
}

// parserLine finds the line number of a YAML parser error.
var parserLine = regexp.MustCompile(`^yaml: line (\d+): (did not find expected .*)$`)

// correctLine fixes the line of the YAML parser's "did not find expected"
// errors, which go.yaml.in/yaml/v3 reports counting from 0 (the scanner's
// errors count from 1, as editors do).
func correctLine(err error) error {
	m := parserLine.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	line, _ := strconv.Atoi(m[1])
	return fmt.Errorf("yaml: line %d: %s", line+1, m[2])
}
