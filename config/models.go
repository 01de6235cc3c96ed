package config

import (
	"fmt"
	"strings"

	"github.com/ai-gateway/ai-gateway/internal/field"
)

// checkModels finds what no single model's props can show: two models with
// one name, and two models claiming the same requests.
func (p *Platform) checkModels() field.List {
	var errs field.List
	names := map[string]int{}
	for i, m := range p.Models {
		path := field.Path("models").Index(i).Child("name")
		if first, ok := names[m.Name]; ok {
			errs.Add(field.Invalid(path, m.Name, fmt.Sprintf("is already the name of models[%d]; model names name their HTTPRoutes and must be unique", first)))
			continue
		}
		names[m.Name] = i
		if p.Gateway.TLS != nil && m.Name == p.Gateway.Name+"-https-redirect" {
			errs.Add(field.Invalid(path, m.Name, "is the name of the gateway's HTTP-to-HTTPS redirect route"))
		}
	}
	for i, m := range p.Models {
		errs = append(errs, m.checkWorkload(field.Path("models").Index(i))...)
	}
	errs = append(errs, p.checkOverlaps()...)
	return errs
}

// checkWorkload checks the keys that depend on whether the platform runs the
// model's servers (with server) or routes to Services that exist already.
func (m Model) checkWorkload(path field.Path) field.List {
	var errs field.List
	if m.Server == nil {
		for _, key := range []struct {
			set  bool
			name string
		}{{m.Autoscaling != nil, "autoscaling"}, {m.Replicas != nil, "replicas"}} {
			if key.set {
				errs.Add(field.Errorf(path.Child(key.name), "is only used with server (the platform runs no server for this model)"))
			}
		}
	}
	switch m.Backend {
	case "", BackendService:
		if m.EndpointPicker != nil {
			errs.Add(field.Errorf(path.Child("endpointPicker"), "is only used with backend: inferencePool"))
		}
	case BackendInferencePool:
		if m.Server == nil {
			errs.Add(field.Errorf(path.Child("backend"), "inferencePool needs server: the pool selects the pods the platform runs"))
		}
	default:
		errs.Add(field.Invalid(path.Child("backend"), m.Backend, "must be service or inferencePool"))
	}
	if m.Autoscaling != nil && m.Replicas != nil {
		errs.Add(field.Errorf(path.Child("replicas"), "and autoscaling exclude each other: the autoscaler owns the replica count"))
	}
	names := map[string]int{}
	for j, v := range m.Versions {
		vp := path.Child("versions").Index(j)
		if m.Server == nil {
			if v.Service == nil {
				errs.Add(field.Required(vp.Child("service"), "the Service that serves this version, or a server for the model"))
			}
			if v.Image != "" || len(v.Args) > 0 {
				errs.Add(field.Errorf(vp, "image and args are only used with server"))
			}
			continue
		}
		if v.Name == "" {
			errs.Add(field.Required(vp.Child("name"), "it names the version's Deployment"))
			continue
		}
		if first, ok := names[v.Name]; ok {
			errs.Add(field.Invalid(vp.Child("name"), v.Name, fmt.Sprintf("is already the name of versions[%d]", first)))
		}
		names[v.Name] = j
		if v.Service != nil && v.Service.Namespace != "" {
			errs.Add(field.Errorf(vp.Child("service.namespace"), "is not used with server: the platform creates the Service in its own namespace"))
		}
	}
	return errs
}

// claim is one (hostname, match) pair a model answers for.
type claim struct {
	model, match                                  int
	hostname, pathPrefix, headerName, headerValue string
	grpcService, grpcMethod                       string
}

// overlaps reports whether both claims take the same requests: same path
// prefix and header, on the same hostname or where one takes every hostname.
func (c claim) overlaps(o claim) bool {
	sameHost := c.hostname == o.hostname || c.hostname == "" || o.hostname == ""
	return sameHost && c.pathPrefix == o.pathPrefix && c.headerName == o.headerName && c.headerValue == o.headerValue &&
		c.grpcService == o.grpcService && c.grpcMethod == o.grpcMethod
}

// checkOverlaps rejects two models whose matches are identical on a shared
// hostname: the Gateway API would silently give every such request to one of them.
func (p *Platform) checkOverlaps() field.List {
	var errs field.List
	var claims []claim
	for i, m := range p.Models {
		claims = append(claims, m.claims(i)...)
	}
	reported := map[[2]int]bool{}
	for a, c := range claims {
		for _, prev := range claims[:a] {
			key := [2]int{c.model, c.match}
			if prev.model == c.model || reported[key] || !c.overlaps(prev) {
				continue
			}
			reported[key] = true
			errs.Add(field.Errorf(field.Path("models").Index(c.model).Child("matches").Index(c.match),
				"takes the same requests as models[%d].matches[%d]; one of the two models would never get traffic (add a header match that names the model)",
				prev.model, prev.match))
		}
	}
	return errs
}

// claims lists model i's matches per hostname, with defaults applied.
func (m Model) claims(i int) []claim {
	hostnames := m.Hostnames
	if len(hostnames) == 0 {
		hostnames = []string{""}
	}
	matches := m.Matches
	if len(matches) == 0 {
		matches = []Match{{}}
	}
	var out []claim
	for j, match := range matches {
		for _, h := range hostnames {
			c := claim{model: i, match: j, hostname: h, pathPrefix: match.PathPrefix, grpcService: match.GRPCService, grpcMethod: match.GRPCMethod}
			if c.pathPrefix == "" && m.Protocol != "grpc" {
				c.pathPrefix = "/"
			}
			if match.Header != nil {
				c.headerName, c.headerValue = strings.ToLower(match.Header.Name), match.Header.Value
			}
			out = append(out, c)
		}
	}
	return out
}
