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
	gwv1 "sigs.k8s.io/gateway-api/apis/v1"

	"github.com/ai-gateway/ai-gateway/config"
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
			assert.False(t, *pod.AutomountServiceAccountToken, "no API token in model pods")
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

// TestEveryRouteBackendIsServed checks that each HTTPRoute backend (and
// mirror) names a Service that dist/ defines on that port, or one that the
// config declares external: a version of a model without a server.
func TestEveryRouteBackendIsServed(t *testing.T) {
	objects := decodeAll(t)
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
	routes := ofType[*gwv1.HTTPRoute](objects)
	require.NotEmpty(t, routes)
	for _, r := range routes {
		for _, rule := range r.Spec.Rules {
			for _, b := range rule.BackendRefs {
				ns := r.Namespace
				if b.Namespace != nil {
					ns = string(*b.Namespace)
				}
				key := fmt.Sprintf("%s/%s:%d", ns, b.Name, *b.Port)
				assert.True(t, served[key], "HTTPRoute %s sends requests to %s, which nothing serves", r.Name, key)
			}
		}
	}
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
