package constructs

import (
	"time"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"

	gwapi "github.com/ai-gateway/ai-gateway/imports/gatewaynetworkingk8sio"
)

// The helpers below turn Go values into the pointers the generated
// bindings take, leaving empty values out of the output.

// ModelLabel is set to the model's name on every object that belongs to a
// model, so `kubectl get -l app.kubernetes.io/name=MODEL` finds them all and
// the output step writes them to the model's file.
const ModelLabel = "app.kubernetes.io/name"

// The labels of the platform's pods besides ModelLabel: the instance
// (MODEL-VERSION, or a picker's POOL-epp) selects one Deployment's pods.
const (
	instanceLabel  = "app.kubernetes.io/instance"
	versionLabel   = "app.kubernetes.io/version"
	componentLabel = "app.kubernetes.io/component"
)

// namespaceNameLabel is the label Kubernetes sets on every namespace to its
// name, the one way a NetworkPolicy or a Gateway can select a namespace by name.
const namespaceNameLabel = "kubernetes.io/metadata.name"

// modelLabels are the labels of every object of model.
func modelLabels(model string) *map[string]*string {
	return &map[string]*string{ModelLabel: jsii.String(model)}
}

// optional is s, or nil (left out) when s is empty.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return jsii.String(s)
}

// stringsOrNil is values, or nil (left out) when there are none.
func stringsOrNil(values []string) *[]*string {
	if len(values) == 0 {
		return nil
	}
	return jsii.Strings(values...)
}

// stringMap converts a map of strings.
func stringMap(m map[string]string) *map[string]*string {
	out := make(map[string]*string, len(m))
	for k, v := range m {
		out[k] = jsii.String(v)
	}
	return &out
}

// seconds is d in whole seconds, as Kubernetes fields such as
// terminationGracePeriodSeconds take it; validation has checked that d is
// whole.
func seconds(d time.Duration) int { return int(d / time.Second) }

// labelSelector selects by labels; with none it is {}, which selects everything.
func labelSelector(labels map[string]string) *k8s.LabelSelector {
	if len(labels) == 0 {
		return &k8s.LabelSelector{}
	}
	return &k8s.LabelSelector{MatchLabels: stringMap(labels)}
}

// pathPrefixMatch matches requests whose path starts with prefix.
func pathPrefixMatch(prefix string) *gwapi.HttpRouteSpecRulesMatches {
	return &gwapi.HttpRouteSpecRulesMatches{
		Path: &gwapi.HttpRouteSpecRulesMatchesPath{
			Type:  gwapi.HttpRouteSpecRulesMatchesPathType_PATH_PREFIX,
			Value: jsii.String(prefix),
		},
	}
}
