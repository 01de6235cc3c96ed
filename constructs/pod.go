package constructs

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"
)

// The settings every pod of the platform gets, model servers and endpoint
// pickers alike: what the Pod Security Standard "restricted" requires, and
// replicas spread over nodes.

// restrictedPod runs every container of the pod as uid (and its group), never
// as root, with the runtime's default seccomp profile.
func restrictedPod(uid int) *k8s.PodSecurityContext {
	id := jsii.Number(uid)
	return &k8s.PodSecurityContext{
		RunAsNonRoot:   jsii.Bool(true),
		RunAsUser:      id,
		RunAsGroup:     id,
		FsGroup:        id,
		SeccompProfile: &k8s.SeccompProfile{Type: jsii.String("RuntimeDefault")},
	}
}

// restrictedContainer gives a container no privileges: no escalation, no
// capabilities, a read-only root filesystem (writable paths are volumes).
func restrictedContainer() *k8s.SecurityContext {
	return &k8s.SecurityContext{
		AllowPrivilegeEscalation: jsii.Bool(false),
		ReadOnlyRootFilesystem:   jsii.Bool(true),
		RunAsNonRoot:             jsii.Bool(true),
		Capabilities:             &k8s.Capabilities{Drop: jsii.Strings("ALL")},
	}
}

// spreadOverNodes places the replicas selected by selector on different
// nodes where it can, so one node failure takes one replica; it never
// leaves a replica unscheduled for it.
func spreadOverNodes(selector map[string]string) *[]*k8s.TopologySpreadConstraint {
	return &[]*k8s.TopologySpreadConstraint{{
		MaxSkew:           jsii.Number(1),
		TopologyKey:       jsii.String("kubernetes.io/hostname"),
		WhenUnsatisfiable: jsii.String("ScheduleAnyway"),
		LabelSelector:     &k8s.LabelSelector{MatchLabels: stringMap(selector)},
	}}
}
