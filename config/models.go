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
	for i, m := range p.Models {
		errs = append(errs, m.checkWorkload(field.Path("models").Index(i))...)
	}
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
