package kubetest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Controllers are the kube-controller-manager controllers that turn a
// Deployment into Pods and scale it, and what they need: ReplicaSets, the
// horizontal pod autoscaler, garbage collection of what a deleted owner
// leaves, and service accounts with their tokens (each controller acts as
// its own service account, as in a cluster, so RBAC applies to it).
var Controllers = []string{
	"deployment-controller",
	"replicaset-controller",
	"horizontal-pod-autoscaler-controller",
	"garbage-collector-controller",
	"serviceaccount-controller",
	"serviceaccount-token-controller",
	"namespace-controller",
}

// ControllerOptions shorten the controllers' periods for a test.
type ControllerOptions struct {
	// HPASyncPeriod is how often each HorizontalPodAutoscaler is computed.
	// Default: 15s, as in a cluster.
	HPASyncPeriod time.Duration
	// DownscaleStabilization is the window in which the HPA never scales
	// below a recommendation it made, for HPAs that set no behavior of their
	// own. Default: 5m, as in a cluster.
	DownscaleStabilization time.Duration
}

// StartControllers runs kube-controller-manager with Controllers against the
// control plane and returns once it is healthy. Stop ends it first.
func (cp *ControlPlane) StartControllers(ctx context.Context, opts ControllerOptions) error {
	if opts.HPASyncPeriod == 0 {
		opts.HPASyncPeriod = 15 * time.Second
	}
	if opts.DownscaleStabilization == 0 {
		opts.DownscaleStabilization = 5 * time.Minute
	}
	port := freePort()
	err := cp.run("kube-controller-manager",
		"--kubeconfig", cp.Kubeconfig,
		"--authentication-kubeconfig", cp.Kubeconfig,
		"--authorization-kubeconfig", cp.Kubeconfig,
		"--bind-address", "127.0.0.1",
		"--secure-port", fmt.Sprint(port),
		"--cert-dir", filepath.Join(cp.dir, "kube-controller-manager"),
		"--leader-elect=false",
		// Without it the controllers act as the controller manager's own
		// user; with it each gets its service account and bootstrap role
		// (the HPA's may read external metrics and update */scale).
		"--use-service-account-credentials=true",
		"--service-account-private-key-file", cp.ServiceAccountKey,
		"--root-ca-file", cp.CA.File,
		"--controllers", strings.Join(Controllers, ","),
		"--horizontal-pod-autoscaler-sync-period", opts.HPASyncPeriod.String(),
		"--horizontal-pod-autoscaler-downscale-stabilization", opts.DownscaleStabilization.String(),
	)
	if err != nil {
		return err
	}
	return cp.WaitReady(ctx, "kube-controller-manager", fmt.Sprintf("https://127.0.0.1:%d/healthz", port), "")
}
