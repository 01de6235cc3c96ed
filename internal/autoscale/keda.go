package autoscale

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ai-gateway/ai-gateway/internal/kubetest"
)

// KEDABinaries locate KEDA's operator (cmd/operator) and metrics server
// (cmd/adapter).
type KEDABinaries struct {
	Operator, Adapter string
}

// Check reports a missing binary.
func (b KEDABinaries) Check() error {
	var errs []error
	for _, path := range []string{b.Operator, b.Adapter} {
		if _, err := os.Stat(path); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// kedaNamespace is where KEDA keeps its objects, as its release manifests do.
const kedaNamespace = "keda"

// StartKEDA installs KEDA's CRDs (every file of crdDir, its module's
// config/crd/bases) and runs its operator and metrics server as processes
// with the administrator's kubeconfig, the way its release manifests run
// them in pods: the metrics server serves external.metrics.k8s.io through
// the API server's aggregation layer (an APIService whose Service names
// localhost), and talks to the operator over mTLS with certificates of a
// CA made here. It returns once the APIService is Available. The control
// plane's Stop ends both.
func StartKEDA(ctx context.Context, cp *kubetest.ControlPlane, bin KEDABinaries, crdDir string) error {
	if err := bin.Check(); err != nil {
		return fmt.Errorf("KEDA: %w (build it with `make keda`)", err)
	}
	certDir := filepath.Join(cp.Dir(), "keda-certs")
	ca, err := kubetest.NewCA(certDir, "ca")
	if err != nil {
		return err
	}
	// KEDA reads ca.crt, tls.crt and tls.key from its cert dir, for both
	// ends of its gRPC connection and the metrics server's HTTPS.
	_, _, err = ca.Issue(certDir, "tls", kubetest.Cert{
		CommonName: "keda", Client: true, Server: true,
		Hosts: []string{"127.0.0.1", "localhost", "keda-operator.keda.svc", "keda-metrics-apiserver.keda.svc"},
	})
	if err != nil {
		return err
	}
	if out, err := cp.Kubectl(ctx, "apply", "--server-side", "-f", crdDir); err != nil {
		return fmt.Errorf("install KEDA's CRDs: %v: %s", err, out)
	}
	if out, err := cp.Kubectl(ctx, "wait", "--for", "condition=Established", "--timeout", "60s", "crd", "--all"); err != nil {
		return fmt.Errorf("KEDA's CRDs: %v: %s", err, out)
	}
	adapterPort := kubetest.FreePort()
	if err := applyText(ctx, cp, metricsAPIService(adapterPort, ca.PEM)); err != nil {
		return fmt.Errorf("register external.metrics.k8s.io: %w", err)
	}
	grpcAddr := fmt.Sprintf("127.0.0.1:%d", kubetest.FreePort())
	if err := startOperator(ctx, cp, bin.Operator, certDir, grpcAddr); err != nil {
		return err
	}
	if err := startMetricsServer(cp, bin.Adapter, certDir, grpcAddr, adapterPort); err != nil {
		return err
	}
	out, err := cp.Kubectl(ctx, "wait", "--for", "condition=Available", "--timeout", "120s", "apiservice/v1beta1.external.metrics.k8s.io")
	if err != nil {
		status, _ := cp.Kubectl(ctx, "get", "apiservice", "v1beta1.external.metrics.k8s.io", "-o", "jsonpath={.status}")
		return fmt.Errorf("KEDA's metrics server never became available: %v: %s %s", err, out, status)
	}
	return nil
}

func startOperator(ctx context.Context, cp *kubetest.ControlPlane, path, certDir, grpcAddr string) error {
	probe := fmt.Sprintf("127.0.0.1:%d", kubetest.FreePort())
	env := []string{
		"KEDA_CLUSTER_OBJECT_NAMESPACE=" + kedaNamespace,
		"POD_NAMESPACE=" + kedaNamespace,
		"WATCH_NAMESPACE=", // every namespace
	}
	err := cp.Spawn("keda-operator", path, env,
		"--kubeconfig", cp.Kubeconfig,
		"--leader-elect=false",
		"--cert-dir", certDir,
		"--enable-cert-rotation=false",
		"--enable-webhook-patching=false",
		"--enable-apiservice-patching=false",
		// The defaults (:8080, :8081, :9666) assume a pod of its own.
		"--metrics-bind-address", fmt.Sprintf("127.0.0.1:%d", kubetest.FreePort()),
		"--health-probe-bind-address", probe,
		"--metrics-service-bind-address", grpcAddr,
	)
	if err != nil {
		return err
	}
	return cp.WaitReady(ctx, "keda-operator", "http://"+probe+"/readyz", "")
}

func startMetricsServer(cp *kubetest.ControlPlane, path, certDir, grpcAddr string, port int) error {
	env := []string{"POD_NAMESPACE=" + kedaNamespace, "WATCH_NAMESPACE="}
	return cp.Spawn("keda-metrics-apiserver", path, env,
		"--kubeconfig", cp.Kubeconfig,
		"--lister-kubeconfig", cp.Kubeconfig,
		"--authentication-kubeconfig", cp.Kubeconfig,
		"--authorization-kubeconfig", cp.Kubeconfig,
		"--bind-address", "127.0.0.1",
		"--secure-port", fmt.Sprint(port),
		"--cert-dir", certDir,
		"--tls-cert-file", filepath.Join(certDir, "tls.crt"),
		"--tls-private-key-file", filepath.Join(certDir, "tls.key"),
		"--client-ca-file", filepath.Join(certDir, "ca.crt"),
		"--metrics-service-address", grpcAddr,
		// Its own /metrics; the default, 8080, is a common port.
		"--port", fmt.Sprint(kubetest.FreePort()),
	)
}

// metricsAPIService registers KEDA's metrics server for
// external.metrics.k8s.io, as its release manifests do, except that the
// Service is of type ExternalName for localhost: the API server reaches
// the process on this machine without an EndpointSlice (which may not hold
// a loopback address), and checks its certificate against caBundle for
// keda-metrics-apiserver.keda.svc.
func metricsAPIService(port int, caPEM []byte) string {
	return fmt.Sprintf(`apiVersion: v1
kind: Namespace
metadata: {name: %[1]s}
---
apiVersion: v1
kind: Service
metadata: {name: keda-metrics-apiserver, namespace: %[1]s}
spec:
  type: ExternalName
  externalName: localhost
  ports: [{name: https, port: %[2]d, protocol: TCP}]
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata: {name: v1beta1.external.metrics.k8s.io}
spec:
  service: {name: keda-metrics-apiserver, namespace: %[1]s, port: %[2]d}
  group: external.metrics.k8s.io
  version: v1beta1
  caBundle: %[3]s
  groupPriorityMinimum: 100
  versionPriority: 100
`, kedaNamespace, port, base64.StdEncoding.EncodeToString(caPEM))
}

// applyText applies YAML text with kubectl.
func applyText(ctx context.Context, cp *kubetest.ControlPlane, text string) error {
	file, err := os.CreateTemp(cp.Dir(), "apply-*.yaml")
	if err != nil {
		return err
	}
	defer os.Remove(file.Name())
	if _, err := file.WriteString(text); err != nil {
		file.Close()
		return err
	}
	if err := file.Close(); err != nil {
		return err
	}
	out, err := cp.Kubectl(ctx, "apply", "-f", file.Name())
	if err != nil {
		return fmt.Errorf("%v: %s", err, strings.TrimSpace(out))
	}
	return nil
}
