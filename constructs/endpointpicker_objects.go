package constructs

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"

	"github.com/ai-gateway/ai-gateway/internal/llmd"
)

// addServiceAccount gives the picker an identity of its own. Unlike a model
// server, the picker talks to the API server (it watches its pool and the
// pool's pods), so its pods mount a token; the ServiceAccount itself
// automounts none, so no other pod that borrows it gets one by accident.
func (p *endpointPicker) addServiceAccount(scope constructs.Construct) {
	k8s.NewKubeServiceAccount(scope, p.childID("service-account"), &k8s.KubeServiceAccountProps{
		Metadata:                     p.metadata(p.name),
		AutomountServiceAccountToken: jsii.Bool(false),
	})
}

// PickerRule is one rule of a picker's Role.
type PickerRule struct {
	// APIGroups, Resources, ResourceNames and Verbs as in rbac.authorization.k8s.io/v1.
	APIGroups, Resources, ResourceNames, Verbs []string
}

// PickerRules is everything an endpoint picker of pool reads and writes in
// its namespace, and nothing more:
//   - its pool's pods, to know the replicas and read their metrics;
//   - its own InferencePool, by name (the picker watches it with a
//     metadata.name field selector, which RBAC matches against resourceNames);
//   - the objective kinds that tune its choices (InferenceObjective,
//     InferenceModelRewrite), in both groups the picker versions look in;
//   - with leader election, its Lease and the events the election records.
//
// It needs no ClusterRole: the picker is started with
// --metrics-endpoint-auth=false (its NetworkPolicy guards /metrics instead), so
// it never creates TokenReviews or SubjectAccessReviews.
func PickerRules(pool string, leaderElection bool) []PickerRule {
	read := []string{"get", "list", "watch"}
	rules := []PickerRule{
		{APIGroups: []string{""}, Resources: []string{"pods"}, Verbs: read},
		{APIGroups: []string{inferencePoolGroup}, Resources: []string{"inferencepools"}, ResourceNames: []string{pool}, Verbs: read},
		{APIGroups: []string{"inference.networking.x-k8s.io", "llm-d.ai"}, Resources: []string{"inferenceobjectives", "inferencemodelrewrites"}, Verbs: read},
	}
	if leaderElection {
		rules = append(rules,
			// The election gets, creates and renews (updates) one Lease.
			PickerRule{APIGroups: []string{"coordination.k8s.io"}, Resources: []string{"leases"}, Verbs: []string{"get", "create", "update"}},
			PickerRule{APIGroups: []string{""}, Resources: []string{"events"}, Verbs: []string{"create", "patch"}},
		)
	}
	return rules
}

func (p *endpointPicker) addRole(scope constructs.Construct) {
	var rules []*k8s.PolicyRule
	for _, r := range PickerRules(p.pool.Name, p.leaderElection()) {
		rules = append(rules, &k8s.PolicyRule{
			ApiGroups:     jsii.Strings(r.APIGroups...),
			Resources:     jsii.Strings(r.Resources...),
			ResourceNames: stringsOrNil(r.ResourceNames),
			Verbs:         jsii.Strings(r.Verbs...),
		})
	}
	k8s.NewKubeRole(scope, p.childID("role"), &k8s.KubeRoleProps{
		Metadata: p.metadata(p.name),
		Rules:    &rules,
	})
}

func (p *endpointPicker) addRoleBinding(scope constructs.Construct) {
	k8s.NewKubeRoleBinding(scope, p.childID("role-binding"), &k8s.KubeRoleBindingProps{
		Metadata: p.metadata(p.name),
		RoleRef: &k8s.RoleRef{
			ApiGroup: jsii.String("rbac.authorization.k8s.io"),
			Kind:     jsii.String("Role"),
			Name:     jsii.String(p.name),
		},
		Subjects: &[]*k8s.Subject{{Kind: jsii.String("ServiceAccount"), Name: jsii.String(p.name)}},
	})
}

func (p *endpointPicker) addConfigMap(scope constructs.Construct) {
	k8s.NewKubeConfigMap(scope, p.childID("config"), &k8s.KubeConfigMapProps{
		Metadata: p.metadata(p.name),
		Data:     &map[string]*string{pickerConfigFile: jsii.String(RenderPickerConfig(p.config()))},
	})
}

// config is the pool's picker configuration.
func (p *endpointPicker) config() llmd.Config {
	return PickerConfigFor(len(p.server.Adapters()) > 0, p.props.FlowControl.pickerBlock(p.pool.priorities()))
}

// addService exposes the ext-proc port the pool names, and the metrics.
func (p *endpointPicker) addService(scope constructs.Construct) {
	k8s.NewKubeService(scope, p.childID("service"), &k8s.KubeServiceProps{
		Metadata: p.metadata(p.name),
		Spec: &k8s.ServiceSpec{
			Type:     jsii.String("ClusterIP"),
			Selector: stringMap(p.selector()),
			Ports: &[]*k8s.ServicePort{
				{Name: jsii.String("grpc-ext-proc"), Port: jsii.Number(PickerExtProcPort), TargetPort: intOrString("grpc"), Protocol: jsii.String("TCP")},
				{Name: jsii.String("http-metrics"), Port: jsii.Number(PickerMetricsPort), TargetPort: intOrString("metrics"), Protocol: jsii.String("TCP")},
			},
		},
	})
}

// addNetworkPolicy admits the peers that reach the model servers (the
// gateway's data plane, Prometheus) to the picker's ext-proc and metrics
// ports; every other ingress to its pods is denied. The kubelet's gRPC health
// probes come from the node and are not subject to the policy.
func (p *endpointPicker) addNetworkPolicy(scope constructs.Construct) {
	rules := admitPeers(p.server.props.AllowTrafficFrom, PickerExtProcPort, PickerMetricsPort)
	rules = append(rules, p.server.props.Monitoring.scrapeRules(PickerMetricsPort)...)
	addIngressPolicy(scope, p.childID("network-policy"), p.metadata(p.name), p.selector(), rules)
}

// addScrapePolicy lets the picker read /metrics on the serving port of its
// pool's pods, where vLLM reports queue depth and KV-cache use. It adds to
// the server's own policy (NetworkPolicies are additive): the server admits
// the gateway, this policy admits the picker of its pool and nobody else.
func (p *endpointPicker) addScrapePolicy(scope constructs.Construct) {
	fromPicker := &k8s.NetworkPolicyIngressRule{
		From:  &[]*k8s.NetworkPolicyPeer{{PodSelector: &k8s.LabelSelector{MatchLabels: stringMap(p.selector())}}},
		Ports: tcpPorts(p.pool.TargetPorts),
	}
	addIngressPolicy(scope, p.childID("scrape-policy"), p.metadata(scrapePolicyName(p.pool.Name)), p.server.selector(), []*k8s.NetworkPolicyIngressRule{fromPicker})
}

// args name the pool and the configuration; the ports are spelled out so the
// Deployment, the Service and the pool visibly agree.
func (p *endpointPicker) args() []string {
	args := []string{
		"--pool-name", p.pool.Name,
		"--pool-namespace", p.server.Service.Namespace,
		"--pool-group", inferencePoolGroup,
		"--config-file", pickerConfigDir + "/" + pickerConfigFile,
		fmt.Sprintf("--grpc-port=%d", PickerExtProcPort),
		fmt.Sprintf("--grpc-health-port=%d", PickerHealthPort),
		fmt.Sprintf("--metrics-port=%d", PickerMetricsPort),
		// /metrics is guarded by the NetworkPolicy instead of TokenReviews,
		// which would need a ClusterRole.
		"--metrics-endpoint-auth=false",
		// No profiling endpoints on the metrics port, no traces to a
		// collector that does not exist.
		"--enable-pprof=false",
		"--tracing=false",
		"--zap-encoder=json",
	}
	if p.leaderElection() {
		args = append(args, "--ha-enable-leader-election")
	}
	return args
}
