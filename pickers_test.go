package main

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// TestEveryInferencePoolHasItsEndpointPicker checks that a pool never names
// a picker nobody runs: its endpointPickerRef is a Service of dist/ on that
// port, whose pods listen there, or a Service the config says the user runs.
func TestEveryInferencePoolHasItsEndpointPicker(t *testing.T) {
	objects := decodeAll(t)
	pools := ofType[*manifest.InferencePool](objects)
	require.NotEmpty(t, pools)
	external := externalPickers(t)
	for _, pool := range pools {
		ref := pool.Spec.EndpointPickerRef
		require.NotNil(t, ref, "InferencePool %s has no endpoint picker", pool.Name)
		require.NotNil(t, ref.Port, "InferencePool %s: picker port", pool.Name)
		key := fmt.Sprintf("%s/%s:%d", pool.Namespace, ref.Name, ref.Port.Number)
		if external[key] {
			continue
		}
		svc := findService(objects, pool.Namespace, ref.Name)
		require.NotNil(t, svc, "InferencePool %s names picker Service %s, which dist/ does not define", pool.Name, ref.Name)
		port := servicePort(svc, ref.Port.Number)
		require.NotNil(t, port, "InferencePool %s names port %d, which Service %s does not expose", pool.Name, ref.Port.Number, svc.Name)
		picker := selectedDeployment(t, objects, svc)
		assert.True(t, listensOn(picker, port.TargetPort), "picker %s does not listen on the Service's target port %s", picker.Name, port.TargetPort.String())
		args := picker.Spec.Template.Spec.Containers[0].Args
		assert.Equal(t, pool.Name, argAfter(args, "--pool-name"), "picker %s serves pool %s", picker.Name, pool.Name)
		assert.Equal(t, pool.Namespace, argAfter(args, "--pool-namespace"))
		assert.Equal(t, "inference.networking.k8s.io", argAfter(args, "--pool-group"))
	}
}

// TestEndpointPickerRolesGrantExactlyWhatThePickerReads compares every Role
// of dist/ with the list of what a picker reads, written out here.
func TestEndpointPickerRolesGrantExactlyWhatThePickerReads(t *testing.T) {
	objects := decodeAll(t)
	roles := ofType[*rbacv1.Role](objects)
	require.NotEmpty(t, roles)
	read := []string{"get", "list", "watch"}
	for _, role := range roles {
		picker := findDeployment(objects, role.Namespace, role.Name)
		require.NotNil(t, picker, "Role %s belongs to no picker", role.Name)
		pool := argAfter(picker.Spec.Template.Spec.Containers[0].Args, "--pool-name")
		want := []rbacv1.PolicyRule{
			{APIGroups: []string{""}, Resources: []string{"pods"}, Verbs: read},
			{APIGroups: []string{"inference.networking.k8s.io"}, Resources: []string{"inferencepools"}, ResourceNames: []string{pool}, Verbs: read},
			{APIGroups: []string{"inference.networking.x-k8s.io", "llm-d.ai"}, Resources: []string{"inferenceobjectives", "inferencemodelrewrites"}, Verbs: read},
		}
		if *picker.Spec.Replicas > 1 {
			want = append(want,
				rbacv1.PolicyRule{APIGroups: []string{"coordination.k8s.io"}, Resources: []string{"leases"}, Verbs: []string{"get", "create", "update"}},
				rbacv1.PolicyRule{APIGroups: []string{""}, Resources: []string{"events"}, Verbs: []string{"create", "patch"}})
		}
		assert.Equal(t, want, role.Rules, "Role %s", role.Name)
	}
	for _, b := range ofType[*rbacv1.RoleBinding](objects) {
		assert.Equal(t, rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "Role", Name: b.Name}, b.RoleRef)
		assert.Equal(t, []rbacv1.Subject{{Kind: "ServiceAccount", Name: b.Name}}, b.Subjects, "RoleBinding %s binds only its picker", b.Name)
	}
}

// ingress is one admitted flow: a peer (namespace and pod labels) to a port.
type ingress struct {
	namespaces, pods string
	port             string
}

// TestNetworkPoliciesAdmitTheGatewayToPickersAndPickersToTheirServers
// lists, for the pods of every Deployment, the flows the NetworkPolicies
// that select them admit, and compares them with what each needs: the
// gateway to the serving and ext-proc ports, each picker to its pool's
// servers, and Prometheus to the metrics ports.
func TestNetworkPoliciesAdmitTheGatewayToPickersAndPickersToTheirServers(t *testing.T) {
	objects := decodeAll(t)
	policies := ofType[*networkingv1.NetworkPolicy](objects)
	p, err := config.Parse(defaultPlatform)
	require.NoError(t, err)
	gateway := labels.Set{"kubernetes.io/metadata.name": p.Namespace}.String()
	pickerOf := map[string]string{} // pool name → picker pod labels
	for _, d := range ofType[*appsv1.Deployment](objects) {
		if d.Spec.Template.Labels["app.kubernetes.io/component"] == "endpoint-picker" {
			pool := argAfter(d.Spec.Template.Spec.Containers[0].Args, "--pool-name")
			pickerOf[pool] = labels.Set(d.Spec.Selector.MatchLabels).String()
		}
	}
	require.NotEmpty(t, pickerOf)
	require.NotNil(t, p.Monitoring, "the default platform is scraped")
	prometheus := labels.Set(p.Monitoring.Prometheus.NamespaceLabels).String()
	prometheusPods := labels.Set(p.Monitoring.Prometheus.PodLabels).String()
	for _, d := range ofType[*appsv1.Deployment](objects) {
		t.Run(d.Name, func(t *testing.T) {
			got := admitted(policies, d)
			var want []ingress
			if d.Spec.Template.Labels["app.kubernetes.io/component"] == "endpoint-picker" {
				want = []ingress{{gateway, "", "9002"}, {gateway, "", "9090"}, {prometheus, prometheusPods, "9090"}}
			} else {
				container := d.Spec.Template.Spec.Containers[0]
				serving := fmt.Sprint(container.Ports[0].ContainerPort)
				want = []ingress{{gateway, "", serving}, {prometheus, prometheusPods, metricsPort(container.Ports)}}
				if picker, ok := pickerOf[d.Name]; ok {
					want = append(want, ingress{sameNamespace, picker, serving})
				}
			}
			assert.ElementsMatch(t, want, got, "flows admitted to the pods of %s", d.Name)
		})
	}
}

// metricsPort is the port a server serves /metrics on: the one named
// metrics, else the serving port.
func metricsPort(ports []corev1.ContainerPort) string {
	for _, p := range ports {
		if p.Name == "metrics" {
			return fmt.Sprint(p.ContainerPort)
		}
	}
	return fmt.Sprint(ports[0].ContainerPort)
}

// admitted lists the flows that the policies selecting d's pods admit.
func admitted(policies []*networkingv1.NetworkPolicy, d *appsv1.Deployment) []ingress {
	var out []ingress
	for _, np := range policies {
		if np.Namespace != d.Namespace || !labels.SelectorFromSet(np.Spec.PodSelector.MatchLabels).Matches(labels.Set(d.Spec.Template.Labels)) {
			continue
		}
		for _, rule := range np.Spec.Ingress {
			for _, from := range rule.From {
				for _, port := range rule.Ports {
					out = append(out, ingress{selectorText(from.NamespaceSelector), selectorText(from.PodSelector), port.Port.String()})
				}
			}
		}
	}
	return out
}

// sameNamespace stands for a peer without a namespace selector: the
// policy's own namespace.
const sameNamespace = "<same namespace>"

// selectorText renders a peer's selector as label-selector text; {} selects
// everything and renders as "".
func selectorText(s *metav1.LabelSelector) string {
	if s == nil {
		return sameNamespace
	}
	sel, err := metav1.LabelSelectorAsSelector(s)
	if err != nil {
		return "invalid: " + err.Error()
	}
	return sel.String()
}

// externalPickers lists namespace/name:port of the pickers the config says
// the user runs.
func externalPickers(t *testing.T) map[string]bool {
	p, err := config.Parse(defaultPlatform)
	require.NoError(t, err)
	out := map[string]bool{}
	for _, m := range p.Models {
		if e := m.EndpointPicker; e != nil && e.Service != "" {
			out[fmt.Sprintf("%s/%s:%d", p.Namespace, e.Service, *e.Port)] = true
		}
	}
	return out
}

func findService(objects []any, ns, name string) *corev1.Service {
	for _, s := range ofType[*corev1.Service](objects) {
		if s.Namespace == ns && s.Name == name {
			return s
		}
	}
	return nil
}

func findDeployment(objects []any, ns, name string) *appsv1.Deployment {
	for _, d := range ofType[*appsv1.Deployment](objects) {
		if d.Namespace == ns && d.Name == name {
			return d
		}
	}
	return nil
}

func servicePort(svc *corev1.Service, port int32) *corev1.ServicePort {
	for i := range svc.Spec.Ports {
		if svc.Spec.Ports[i].Port == port {
			return &svc.Spec.Ports[i]
		}
	}
	return nil
}

// selectedDeployment is the one Deployment whose pods svc selects.
func selectedDeployment(t *testing.T, objects []any, svc *corev1.Service) *appsv1.Deployment {
	t.Helper()
	var found []*appsv1.Deployment
	for _, d := range ofType[*appsv1.Deployment](objects) {
		if d.Namespace == svc.Namespace && labels.SelectorFromSet(svc.Spec.Selector).Matches(labels.Set(d.Spec.Template.Labels)) {
			found = append(found, d)
		}
	}
	require.Len(t, found, 1, "Service %s selects the pods of exactly one Deployment", svc.Name)
	return found[0]
}

func listensOn(d *appsv1.Deployment, target intstr.IntOrString) bool {
	for _, c := range d.Spec.Template.Spec.Containers {
		for _, p := range c.Ports {
			if (target.Type == intstr.String && p.Name == target.StrVal) || (target.Type == intstr.Int && p.ContainerPort == target.IntVal) {
				return true
			}
		}
	}
	return false
}

// argAfter returns the argument that follows flag, or "".
func argAfter(args []string, flag string) string {
	i := slices.Index(args, flag)
	if i < 0 || i+1 >= len(args) {
		return ""
	}
	return args[i+1]
}
