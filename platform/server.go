package platform

import (
	"maps"
	"reflect"
	"slices"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/field"
)

// serverKeysByHand are the keys of the server block that modelServerProps
// sets itself; every other key fills the prop of its name (copyNamesakes).
var serverKeysByHand = []string{"Env", "SecretEnv"}

// modelServerProps merges the model's server block with one version's
// overrides (image, args, Service) and the model's keys about servers.
func modelServerProps(p *config.Platform, m config.Model, v config.Version) constructs.ModelServerProps {
	props := constructs.ModelServerProps{
		Model:            m.Name,
		Version:          v.Name,
		Env:              env(m.Server),
		Protocol:         constructs.Protocol(m.Protocol),
		Replicas:         m.Replicas,
		AllowTrafficFrom: allowTrafficFrom(p),
	}
	copyNamesakes(&props, *m.Server, serverKeysByHand...)
	if v.Image != "" {
		props.Image = v.Image
	}
	if len(v.Args) > 0 {
		props.Args = v.Args
	}
	if v.Service != nil {
		props.ServiceName, props.ServicePort = v.Service.Name, &v.Service.Port
	}
	props.Autoscaling = autoscaling(m)
	props.Monitoring = monitoring(p)
	props.ExternalScaler = m.Replicas == nil && scaledOnSignals(p, m)
	return props
}

// autoscaling is the model's autoscaling block as props; nil without one.
func autoscaling(m config.Model) *constructs.Autoscaling {
	if m.Autoscaling == nil {
		return nil
	}
	a := &constructs.Autoscaling{}
	copyNamesakes(a, *m.Autoscaling)
	return a
}

// monitoring is the platform's monitoring block as props; nil without one.
func monitoring(p *config.Platform) *constructs.Monitoring {
	if p.Monitoring == nil {
		return nil
	}
	m := &constructs.Monitoring{}
	copyNamesakes(m, *p.Monitoring)
	return m
}

// scaledOnSignals reports whether model m's versions scale with a Scaler.
func scaledOnSignals(p *config.Platform, m config.Model) bool {
	ownPicker := m.Backend == config.BackendInferencePool && (m.EndpointPicker == nil || m.EndpointPicker.Service == "")
	return m.Server != nil && constructs.ScaledOnSignals(autoscaling(m), ownPicker, p.Monitoring != nil)
}

// scalerProps describe the Scaler of a version's server and pool.
func scalerProps(p *config.Platform, m config.Model, server *constructs.ModelServer, pool *constructs.InferencePool) constructs.ScalerProps {
	props := constructs.ScalerProps{Server: server, Pool: pool, Monitoring: monitoring(p)}
	if a := autoscaling(m); a != nil {
		props.Autoscaling = *a
	}
	return props
}

func inferencePoolProps(m config.Model, server *constructs.ModelServer) constructs.InferencePoolProps {
	props := constructs.InferencePoolProps{Server: server}
	if m.EndpointPicker != nil {
		copyNamesakes(&props.EndpointPicker, *m.EndpointPicker)
	}
	assign(reflect.ValueOf(&props.Objectives).Elem(), reflect.ValueOf(m.Objectives))
	assign(reflect.ValueOf(&props.Rewrites).Elem(), reflect.ValueOf(m.Rewrites))
	return props
}

// alias is another name of a model, and the config key that gives it.
type alias struct {
	name string
	path field.Path
}

// aliases are the other names clients may ask model m (at path) for: its
// servers' LoRA adapters, then the models its pools rewrite, each once.
func aliases(m config.Model, path field.Path) []alias {
	var out []alias
	add := func(name string, at field.Path) {
		if !slices.ContainsFunc(out, func(a alias) bool { return a.name == name }) {
			out = append(out, alias{name, at})
		}
	}
	if m.Server != nil && m.Server.LoRA != nil {
		for i, a := range m.Server.LoRA.Adapters {
			add(a.Name, path.Child("server.lora.adapters").Index(i).Child("name"))
		}
	}
	for i, r := range m.Rewrites {
		add(r.Model, path.Child("rewrites").Index(i).Child("model"))
	}
	return out
}

func env(s *config.Server) []constructs.EnvVar {
	var out []constructs.EnvVar
	for _, name := range slices.Sorted(maps.Keys(s.Env)) {
		out = append(out, constructs.EnvVar{Name: name, Value: s.Env[name]})
	}
	for _, name := range slices.Sorted(maps.Keys(s.SecretEnv)) {
		ref := s.SecretEnv[name]
		out = append(out, constructs.EnvVar{Name: name, Secret: &constructs.SecretKeyRef{Name: ref.Secret, Key: ref.Key}})
	}
	return out
}

func allowTrafficFrom(p *config.Platform) []constructs.TrafficPeer {
	peers := make([]constructs.TrafficPeer, len(p.AllowTrafficFrom))
	for i, peer := range p.AllowTrafficFrom {
		peers[i] = constructs.TrafficPeer{NamespaceLabels: peer.NamespaceLabels, PodLabels: peer.PodLabels}
	}
	return peers
}

// checkAllowTrafficFrom refuses allowTrafficFrom where nothing it admits
// traffic to runs: no model has a server, and the gateway runs no
// body-based router.
func checkAllowTrafficFrom(p *config.Platform, gateway *constructs.AIGateway) *field.Error {
	if len(p.AllowTrafficFrom) == 0 || gateway == nil || gateway.RunsBodyRouter() {
		return nil
	}
	for _, m := range p.Models {
		if m.Server != nil {
			return nil
		}
	}
	return field.Errorf("allowTrafficFrom", "has no effect: it admits traffic to the servers, endpoint pickers and body-based router the platform runs, and there are none (no model has a server)")
}
