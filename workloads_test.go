package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/labels"
	gwv1 "sigs.k8s.io/gateway-api/apis/v1"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// decodeAll decodes every object of dist/ into its API type.
func decodeAll(t *testing.T) []any {
	t.Helper()
	var out []any
	for _, o := range readObjects(t, "dist/*.yaml") {
		obj, err := o.DecodeStrict()
		require.NoError(t, err)
		out = append(out, obj)
	}
	return out
}

func ofType[T any](objects []any) []T {
	var out []T
	for _, o := range objects {
		if typed, ok := o.(T); ok {
			out = append(out, typed)
		}
	}
	return out
}

func TestEveryContainerIsLimitedProbedAndLockedDown(t *testing.T) {
	deployments := ofType[*appsv1.Deployment](decodeAll(t))
	require.NotEmpty(t, deployments)
	for _, d := range deployments {
		pod := d.Spec.Template.Spec
		t.Run(d.Name, func(t *testing.T) {
			// Only endpoint pickers talk to the API server (they watch their pool).
			picker := d.Spec.Template.Labels["app.kubernetes.io/component"] == "endpoint-picker"
			assert.Equal(t, picker, *pod.AutomountServiceAccountToken, "an API token only in endpoint picker pods")
			require.NotNil(t, pod.SecurityContext)
			assert.True(t, *pod.SecurityContext.RunAsNonRoot)
			assert.Equal(t, corev1.SeccompProfileTypeRuntimeDefault, pod.SecurityContext.SeccompProfile.Type)
			for _, c := range append(pod.InitContainers, pod.Containers...) {
				for _, r := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory, corev1.ResourceEphemeralStorage} {
					assert.Contains(t, c.Resources.Requests, r, "%s: %s request", c.Name, r)
					assert.Contains(t, c.Resources.Limits, r, "%s: %s limit", c.Name, r)
				}
				assert.NotNil(t, c.StartupProbe, "%s: startup probe", c.Name)
				assert.NotNil(t, c.ReadinessProbe, "%s: readiness probe", c.Name)
				assert.NotNil(t, c.LivenessProbe, "%s: liveness probe", c.Name)
				sc := c.SecurityContext
				require.NotNil(t, sc, "%s: security context", c.Name)
				assert.True(t, *sc.RunAsNonRoot, "%s: runAsNonRoot", c.Name)
				assert.True(t, *sc.ReadOnlyRootFilesystem, "%s: readOnlyRootFilesystem", c.Name)
				assert.False(t, *sc.AllowPrivilegeEscalation, "%s: allowPrivilegeEscalation", c.Name)
				assert.Equal(t, []corev1.Capability{"ALL"}, sc.Capabilities.Drop, "%s: capabilities", c.Name)
			}
		})
	}
}

func TestAutoscaledDeploymentsLeaveReplicasToTheAutoscaler(t *testing.T) {
	objects := decodeAll(t)
	scaled := map[string]bool{}
	for _, hpa := range ofType[*autoscalingv2.HorizontalPodAutoscaler](objects) {
		scaled[hpa.Spec.ScaleTargetRef.Name] = true
	}
	require.NotEmpty(t, scaled)
	for _, d := range ofType[*appsv1.Deployment](objects) {
		if scaled[d.Name] {
			assert.Nil(t, d.Spec.Replicas, "%s: replicas set beside an autoscaler; every apply would reset the scale", d.Name)
		}
	}
}

// TestEveryRouteBackendIsServed checks that each route backend is served:
// a Service that dist/ defines on that port, or one the config declares
// external (a version of a model without a server), or an InferencePool whose
// selector picks the pods of a Deployment in dist/ that listen on its target port.
func TestEveryRouteBackendIsServed(t *testing.T) {
	objects := decodeAll(t)
	served := servedServices(t, objects)
	pools := map[string]*manifest.InferencePool{}
	for _, pool := range ofType[*manifest.InferencePool](objects) {
		pools[pool.Namespace+"/"+pool.Name] = pool
	}
	checked := 0
	check := func(route, ns string, group *gwv1.Group, kind *gwv1.Kind, name gwv1.ObjectName, namespace *gwv1.Namespace, port *gwv1.PortNumber) {
		checked++
		if namespace != nil {
			ns = string(*namespace)
		}
		if kind != nil && *kind == "InferencePool" {
			require.Equal(t, "inference.networking.k8s.io", string(*group))
			pool := pools[ns+"/"+string(name)]
			require.NotNil(t, pool, "%s targets InferencePool %s/%s, which dist/ does not define", route, ns, name)
			assertPoolSelectsServingPods(t, pool, ofType[*appsv1.Deployment](objects))
			return
		}
		key := fmt.Sprintf("%s/%s:%d", ns, name, *port)
		assert.True(t, served[key], "%s sends requests to %s, which nothing serves", route, key)
	}
	for _, r := range ofType[*gwv1.HTTPRoute](objects) {
		for _, rule := range r.Spec.Rules {
			for _, b := range rule.BackendRefs {
				check("HTTPRoute "+r.Name, r.Namespace, b.Group, b.Kind, b.Name, b.Namespace, b.Port)
			}
		}
	}
	for _, r := range ofType[*gwv1.GRPCRoute](objects) {
		for _, rule := range r.Spec.Rules {
			for _, b := range rule.BackendRefs {
				check("GRPCRoute "+r.Name, r.Namespace, b.Group, b.Kind, b.Name, b.Namespace, b.Port)
			}
		}
	}
	assert.GreaterOrEqual(t, checked, 5, "backends checked")
}

// servedServices lists namespace/name:port of every Service of dist/ and of
// every external Service the config declares.
func servedServices(t *testing.T, objects []any) map[string]bool {
	served := map[string]bool{}
	for _, svc := range ofType[*corev1.Service](objects) {
		for _, port := range svc.Spec.Ports {
			served[fmt.Sprintf("%s/%s:%d", svc.Namespace, svc.Name, port.Port)] = true
		}
	}
	p, err := config.Parse(defaultPlatform)
	require.NoError(t, err)
	for _, m := range p.Models {
		if m.Server != nil {
			continue
		}
		for _, v := range m.Versions {
			ns := v.Service.Namespace
			if ns == "" {
				ns = p.Namespace
			}
			served[fmt.Sprintf("%s/%s:%d", ns, v.Service.Name, v.Service.Port)] = true
		}
	}
	return served
}

// assertPoolSelectsServingPods checks the pool against the generated
// Deployments: its selector must pick one Deployment's pods, whose
// container listens on each target port.
func assertPoolSelectsServingPods(t *testing.T, pool *manifest.InferencePool, deployments []*appsv1.Deployment) {
	t.Helper()
	for _, d := range deployments {
		if d.Namespace != pool.Namespace || !labels.SelectorFromSet(pool.Spec.Selector.MatchLabels).Matches(labels.Set(d.Spec.Template.Labels)) {
			continue
		}
		listening := map[int32]bool{}
		for _, c := range d.Spec.Template.Spec.Containers {
			for _, port := range c.Ports {
				listening[port.ContainerPort] = true
			}
		}
		for _, port := range pool.Spec.TargetPorts {
			assert.True(t, listening[port.Number], "InferencePool %s targets port %d, where the pods of %s do not listen", pool.Name, port.Number, d.Name)
		}
		return
	}
	t.Errorf("InferencePool %s selects %v, which matches no Deployment's pods", pool.Name, pool.Spec.Selector.MatchLabels)
}

// kubeScoreSkipped lists the kube-score checks switched off, with the reason
// the README gives.
var kubeScoreSkipped = []string{
	// Liveness and readiness both call /health, the one endpoint that reports
	// the inference engine's health; liveness waits 5 × 20 s, readiness 3 × 10 s,
	// so a busy server leaves the endpoints long before it is restarted.
	"pod-probes-identical",
}

func TestKubeScoreFindsNothingCriticalInDist(t *testing.T) {
	files, err := filepath.Glob("dist/*.yaml")
	require.NoError(t, err)
	args := []string{"run", "github.com/zegl/kube-score/cmd/kube-score@v1.20.0", "score", "--output-format", "ci"}
	for _, check := range kubeScoreSkipped {
		args = append(args, "--ignore-test", check)
	}
	cmd := exec.Command("go", append(args, files...)...)
	out, err := cmd.CombinedOutput()
	var critical []string
	scored := 0
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "[CRITICAL]") {
			critical = append(critical, line)
		}
		if strings.Contains(line, "apps/v1/Deployment") {
			scored++
		}
	}
	assert.Empty(t, critical)
	assert.NoError(t, err, "kube-score failed:\n%s", out)
	assert.Positive(t, scored, "kube-score scored no Deployment:\n%s", out)
}
