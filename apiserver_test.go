package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kubeToolsDir is where `make kube-tools` puts kube-apiserver, kubectl and
// etcd: .cache/kube/KUBERNETES-etcd-ETCD, versions as tools/kube/go.mod pins them.
func kubeToolsDir(t *testing.T) string {
	t.Helper()
	if dir := os.Getenv("KUBE_TOOLS"); dir != "" {
		return dir
	}
	version := func(module string) string {
		return pinnedVersion(t, filepath.Join("tools", "kube", "go.mod"), module, `(?m)^\s*`+regexp.QuoteMeta(module)+`\s+(v\S+)`)
	}
	return cachePath(t, "kube", version("k8s.io/kubernetes")+"-etcd-"+version("go.etcd.io/etcd/server/v3"))
}

// TestDistAppliesToARealAPIServer does what a user does, `kubectl apply -f
// dist/`, against kube-apiserver with the Gateway API CRDs installed.
// AI_GATEWAY_SKIP_APISERVER=1 skips it for a quick local loop; never in CI.
func TestDistAppliesToARealAPIServer(t *testing.T) {
	skipLocallyIf(t, "AI_GATEWAY_SKIP_APISERVER")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cp := startControlPlane(t, ctx, 60)

	kubectl := func(args ...string) (string, error) {
		out, err := cp.Kubectl(ctx, args...)
		t.Logf("kubectl %s\n%s", strings.Join(args, " "), out)
		return out, err
	}
	installCRDs(t, kubectl)

	assertAppliesUnchanged(t, kubectl, "dist")
	for _, config := range modelFromConfigs(t) {
		t.Run(strings.TrimSuffix(filepath.Base(config), ".yaml"), func(t *testing.T) {
			dist, _ := synthConfig(t, config)
			assertAppliesUnchanged(t, kubectl, dist)
		})
	}

	for _, tt := range invalidObjects {
		t.Run("rejects "+tt.file, func(t *testing.T) {
			out, err := kubectl("apply", "-f", filepath.Join("testdata", "invalid", tt.file))
			assert.Error(t, err)
			assert.Contains(t, out, tt.message, "the server rejects it with the message layer 1 predicted")
		})
	}
}

// assertAppliesUnchanged applies the folder dist, as a user applies dist/:
// every object is created, kubectl diff then shows nothing, and a second
// apply changes no stored object.
func assertAppliesUnchanged(t *testing.T, kubectl func(...string) (string, error), dist string) {
	t.Helper()
	objects := readObjects(t, filepath.Join(dist, "*.yaml"))
	out, err := kubectl("apply", "-f", dist)
	require.NoError(t, err)
	assert.Equal(t, len(objects), strings.Count(out, " created\n"), "every object of %s is created", dist)

	out, err = kubectl("diff", "-f", dist)
	assert.NoError(t, err, "kubectl diff exits 0 when the cluster matches %s", dist)
	assert.Empty(t, out, "kubectl diff shows nothing")

	versions := resourceVersions(t, kubectl, dist)
	out, err = kubectl("apply", "-f", dist)
	require.NoError(t, err)
	assert.Equal(t, versions, resourceVersions(t, kubectl, dist), "a second apply changes no stored object")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, "poddisruptionbudget.policy/") {
			// PodDisruptionBudget.spec.selector has patchStrategy "replace", so
			// client-side apply always sends it and says "configured" though the
			// server stores nothing new (checked by the resourceVersions above).
			continue
		}
		assert.True(t, strings.HasSuffix(line, " unchanged"), "a second apply leaves every object unchanged: %q", line)
	}
	assert.Equal(t, len(objects), strings.Count(out, "\n"), "the second apply covers every object")
}

// resourceVersions maps each object of dist to its stored resourceVersion.
func resourceVersions(t *testing.T, kubectl func(...string) (string, error), dist string) string {
	t.Helper()
	out, err := kubectl("get", "-f", dist, "-o", `jsonpath={range .items[*]}{.kind}/{.metadata.name}={.metadata.resourceVersion}{"\n"}{end}`)
	require.NoError(t, err)
	return out
}

// installCRDs installs the CRDs of every custom resource the app writes
// server-side (they are too large for the last-applied annotation) and waits
// until they are served.
func installCRDs(t *testing.T, kubectl func(...string) (string, error)) {
	t.Helper()
	args := []string{"apply", "--server-side"}
	for _, f := range emittedCRDs(t) {
		if !strings.Contains(f, "vap_") { // a ValidatingAdmissionPolicy, not a CRD
			args = append(args, "-f", f)
		}
	}
	_, err := kubectl(args...)
	require.NoError(t, err)
	_, err = kubectl("wait", "--for", "condition=Established", "--timeout", "60s", "crd", "--all")
	require.NoError(t, err)
}
