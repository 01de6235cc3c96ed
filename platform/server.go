package platform

import (
	"maps"
	"slices"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/constructs"
)

// modelServerProps merges the model's server block with one version's
// overrides (image, args, Service).
func modelServerProps(p *config.Platform, m config.Model, v config.Version) constructs.ModelServerProps {
	s := m.Server
	props := constructs.ModelServerProps{
		Model:                  m.Name,
		Version:                v.Name,
		Image:                  s.Image,
		Args:                   s.Args,
		Env:                    env(s),
		Port:                   s.Port,
		Protocol:               constructs.Protocol(m.Protocol),
		HealthPort:             s.HealthPort,
		Resources:              resources(s.Resources),
		NodeSelector:           s.NodeSelector,
		TerminationGracePeriod: s.TerminationGracePeriod.Std(),
		PreStopSleep:           s.PreStopSleep.Std(),
		ShmSize:                s.ShmSize,
		RunAsUser:              s.RunAsUser,
		Replicas:               m.Replicas,
		AllowTrafficFrom:       allowTrafficFrom(p),
	}
	if v.Image != "" {
		props.Image = v.Image
	}
	if len(v.Args) > 0 {
		props.Args = v.Args
	}
	if v.Service != nil {
		props.ServiceName, props.ServicePort = v.Service.Name, &v.Service.Port
	}
	for _, t := range s.Tolerations {
		props.Tolerations = append(props.Tolerations, constructs.Toleration{Key: t.Key, Operator: t.Operator, Value: t.Value, Effect: t.Effect})
	}
	if pr := s.Probes; pr != nil {
		props.Probes = constructs.ServerProbes{Path: pr.Path, StartupTimeout: pr.StartupTimeout.Std(), Period: pr.Period.Std()}
	}
	if c := s.Cache; c != nil {
		props.Cache.Size = c.Size
		if claim := c.PersistentVolumeClaim; claim != nil {
			props.Cache.PersistentVolumeClaim = &constructs.CacheClaim{StorageClassName: claim.StorageClassName, AccessMode: claim.AccessMode}
		}
	}
	if a := m.Autoscaling; a != nil {
		props.Autoscaling = &constructs.Autoscaling{
			MinReplicas:            a.MinReplicas,
			MaxReplicas:            &a.MaxReplicas,
			CPUUtilization:         a.CPUUtilization,
			ScaleDownStabilization: a.ScaleDownStabilization.Std(),
		}
		if a.Metric != nil {
			props.Autoscaling.Metric = &constructs.PodMetric{Name: a.Metric.Name, AverageValue: a.Metric.AverageValue}
		}
	}
	return props
}

func inferencePoolProps(m config.Model, server *constructs.ModelServer) constructs.InferencePoolProps {
	props := constructs.InferencePoolProps{Server: server}
	if e := m.EndpointPicker; e != nil {
		props.EndpointPicker = constructs.EndpointPicker{
			Service:     e.Service,
			Port:        e.Port,
			FailureMode: constructs.FailureMode(e.FailureMode),
			Replicas:    e.Replicas,
			Image:       e.Image,
		}
		if r := e.Resources; r != nil {
			props.EndpointPicker.Resources = constructs.PickerResources{CPU: r.CPU, Memory: r.Memory}
		}
	}
	return props
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

func resources(r config.Resources) constructs.ServerResources {
	return constructs.ServerResources{
		GPUs: r.GPUs, GPUResource: r.GPUResource,
		CPU: r.CPU, Memory: r.Memory, CPULimit: r.CPULimit, MemoryLimit: r.MemoryLimit,
		EphemeralStorage: r.EphemeralStorage,
	}
}

func allowTrafficFrom(p *config.Platform) []constructs.TrafficPeer {
	peers := make([]constructs.TrafficPeer, len(p.AllowTrafficFrom))
	for i, peer := range p.AllowTrafficFrom {
		peers[i] = constructs.TrafficPeer{NamespaceLabels: peer.NamespaceLabels, PodLabels: peer.PodLabels}
	}
	return peers
}
