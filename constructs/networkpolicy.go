package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"
)

// addIngressPolicy adds a NetworkPolicy that denies every ingress to the
// pods selector selects but what rules admit.
func addIngressPolicy(scope constructs.Construct, id *string, meta *k8s.ObjectMeta, selector map[string]string, rules []*k8s.NetworkPolicyIngressRule) {
	k8s.NewKubeNetworkPolicy(scope, id, &k8s.KubeNetworkPolicyProps{
		Metadata: meta,
		Spec: &k8s.NetworkPolicySpec{
			PodSelector: &k8s.LabelSelector{MatchLabels: stringMap(selector)},
			PolicyTypes: jsii.Strings("Ingress"),
			Ingress:     &rules,
		},
	})
}

// admitPeers is a rule per peer, each admitting it to ports.
func admitPeers(peers []TrafficPeer, ports ...int) []*k8s.NetworkPolicyIngressRule {
	rules := make([]*k8s.NetworkPolicyIngressRule, len(peers))
	for i, peer := range peers {
		rules[i] = &k8s.NetworkPolicyIngressRule{
			From: &[]*k8s.NetworkPolicyPeer{{
				NamespaceSelector: labelSelector(peer.NamespaceLabels),
				PodSelector:       labelSelector(peer.PodLabels),
			}},
			Ports: tcpPorts(ports),
		}
	}
	return rules
}

// tcpPorts lists ports of the TCP protocol.
func tcpPorts(ports []int) *[]*k8s.NetworkPolicyPort {
	out := make([]*k8s.NetworkPolicyPort, len(ports))
	for i, port := range ports {
		out[i] = &k8s.NetworkPolicyPort{Port: intOrString(port), Protocol: jsii.String("TCP")}
	}
	return &out
}
