package config

import (
	"github.com/ai-gateway/ai-gateway/field"
)

// checkModels checks which keys each model may have, given the others it
// has. Rules about values, and about the platform as a whole (names of the
// objects written, requests two models would share), are the constructs' and
// the platform's.
func (p *Platform) checkModels() field.List {
	var errs field.List
	servers, grpc := false, false
	for i, m := range p.Models {
		path := field.Path("models").Index(i)
		errs = append(errs, m.checkWorkload(path)...)
		errs = append(errs, m.checkWeights(path)...)
		servers = servers || m.Server != nil
		grpc = grpc || m.Protocol == ProtocolGRPC
	}
	// Keys that only the models' servers, or only gRPC models, read.
	// allowTrafficFrom, which a body-based router reads too, is the
	// platform's (checkAllowTrafficFrom).
	if p.Monitoring != nil && !servers {
		errs.Add(field.Errorf("monitoring", "has no effect: it scrapes the servers and endpoint pickers the platform runs, and no model has a server"))
	}
	if p.Gateway.GRPCHostname != "" && !grpc {
		errs.Add(field.Errorf("gateway.grpcHostname", "has no effect: only models with protocol grpc attach to its listener, and there is none"))
	}
	return errs
}

// checkWeights refuses a weight on a model's only version: the version gets
// every request whatever its weight. (A weight of 0 or less is wrong for
// another reason, which the route reports.)
func (m Model) checkWeights(path field.Path) field.List {
	var errs field.List
	if len(m.Versions) == 1 && m.Versions[0].Weight != nil && *m.Versions[0].Weight > 0 {
		errs.Add(field.Errorf(path.Child("versions").Index(0).Child("weight"), "has no effect: weights share a model's traffic between its versions, and this is the only one"))
	}
	return errs
}

// checkWorkload checks the keys that depend on whether the platform runs the
// model's servers (with server) or routes to Services that exist already.
func (m Model) checkWorkload(path field.Path) field.List {
	var errs field.List
	if s := m.Server; s != nil && s.Resources.GPUResource != "" && s.Resources.GPUs == nil {
		errs.Add(field.Errorf(path.Child("server.resources.gpuResource"), "has no effect without gpus: it names the resource the GPUs are requested as"))
	}
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
	if a := m.Autoscaling; a != nil && a.PickerSignals != nil && m.Backend != BackendInferencePool {
		errs.Add(field.Errorf(path.Child("autoscaling.pickerSignals"), "is only used with backend: inferencePool (the signals are the pool's endpoint picker's)"))
	}
	switch m.Backend {
	case "", BackendService:
		for _, key := range []struct {
			set  bool
			name string
		}{{m.EndpointPicker != nil, "endpointPicker"}, {len(m.Objectives) > 0, "objectives"}, {m.DefaultObjective != "", "defaultObjective"}, {len(m.Rewrites) > 0, "rewrites"}} {
			if key.set {
				errs.Add(field.Errorf(path.Child(key.name), "is only used with backend: inferencePool (the pool's endpoint picker reads it)"))
			}
		}
	case BackendInferencePool:
		if m.Server == nil {
			errs.Add(field.Errorf(path.Child("backend"), "inferencePool needs server: the pool selects the pods the platform runs"))
		}
	default:
		errs.Add(field.Invalid(path.Child("backend"), m.Backend, "must be service or inferencePool"))
	}
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
		if v.Service != nil && v.Service.Namespace != "" {
			errs.Add(field.Errorf(vp.Child("service.namespace"), "is not used with server: the platform creates the Service in its own namespace"))
		}
	}
	return errs
}
