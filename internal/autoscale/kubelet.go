// Package autoscale runs, beside a kubetest control plane, what turns the
// autoscaling loop of a cluster: KEDA's operator and metrics server, a
// Prometheus configured from PodMonitors by the Prometheus Operator's own
// code, and a stand-in for the kubelets that gives the Pods the
// ReplicaSets create an address, servers and a ready status.
package autoscale

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"sync"
	"time"

	corev1 "k8s.io/api/core/v1"

	"github.com/ai-gateway/ai-gateway/internal/dataplane"
	"github.com/ai-gateway/ai-gateway/internal/kubetest"
)

// Pod is a pod the Kubelet runs.
type Pod struct {
	// Name and Labels as stored.
	Name   string
	Labels map[string]string
	// IP the Kubelet gave it; its servers listen there.
	IP net.IP
	// Ports are its containers' ports by name.
	Ports map[string]int
	// Created is its creation time.
	Created time.Time
}

// RunPod starts a pod's servers on pod.IP and returns what stops them.
type RunPod func(pod Pod) (io.Closer, error)

// Kubelet stands in for the kubelets of a cluster that has none: every
// second it lists the Pods of a namespace, starts the servers of each new
// one (RunPod) on an address of its own, and reports it Running and Ready
// with that IP through the status subresource, so that Prometheus'
// Kubernetes discovery finds it as it would a scheduled pod. It stops the
// servers of Pods that are gone.
type Kubelet struct {
	cp        *kubetest.ControlPlane
	client    *http.Client
	namespace string
	addrs     *dataplane.PodAddresses
	run       RunPod
	stop      context.CancelFunc
	done      chan struct{}

	mu      sync.Mutex
	running map[string]*runningPod // by UID
	err     error
}

type runningPod struct {
	pod    Pod
	closer io.Closer
}

// StartKubelet starts a Kubelet for namespace. Stop must be called.
func StartKubelet(cp *kubetest.ControlPlane, namespace string, addrs *dataplane.PodAddresses, run RunPod) *Kubelet {
	ctx, stop := context.WithCancel(context.Background())
	k := &Kubelet{
		cp: cp, client: cp.Client(), namespace: namespace, addrs: addrs, run: run,
		stop: stop, done: make(chan struct{}), running: map[string]*runningPod{},
	}
	go k.loop(ctx)
	return k
}

// Stop ends the loop and the servers of every pod.
func (k *Kubelet) Stop() {
	k.stop()
	<-k.done
	k.mu.Lock()
	defer k.mu.Unlock()
	for uid, p := range k.running {
		_ = p.closer.Close()
		delete(k.running, uid)
	}
}

// Err is the last error of a sync, if the last sync failed.
func (k *Kubelet) Err() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.err
}

// Pods returns the running pods whose label key has value, oldest first.
func (k *Kubelet) Pods(key, value string) []Pod {
	k.mu.Lock()
	defer k.mu.Unlock()
	var pods []Pod
	for _, p := range k.running {
		if p.pod.Labels[key] == value {
			pods = append(pods, p.pod)
		}
	}
	sort.Slice(pods, func(i, j int) bool {
		if !pods[i].Created.Equal(pods[j].Created) {
			return pods[i].Created.Before(pods[j].Created)
		}
		return pods[i].Name < pods[j].Name
	})
	return pods
}

func (k *Kubelet) loop(ctx context.Context) {
	defer close(k.done)
	for {
		err := k.sync(ctx)
		k.mu.Lock()
		k.err = err
		k.mu.Unlock()
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
}

func (k *Kubelet) sync(ctx context.Context) error {
	var list corev1.PodList
	if err := k.call(ctx, http.MethodGet, k.podsURL(""), nil, &list); err != nil {
		return fmt.Errorf("list pods: %w", err)
	}
	seen := map[string]bool{}
	for i := range list.Items {
		pod := &list.Items[i]
		if pod.DeletionTimestamp != nil {
			continue
		}
		uid := string(pod.UID)
		seen[uid] = true
		k.mu.Lock()
		_, ok := k.running[uid]
		k.mu.Unlock()
		if ok {
			continue
		}
		if err := k.start(ctx, pod); err != nil {
			return fmt.Errorf("pod %s: %w", pod.Name, err)
		}
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	for uid, p := range k.running {
		if !seen[uid] {
			_ = p.closer.Close()
			delete(k.running, uid)
		}
	}
	return nil
}

// start runs a new pod's servers and reports it ready.
func (k *Kubelet) start(ctx context.Context, pod *corev1.Pod) error {
	ip, err := k.addrs.Next()
	if err != nil {
		return err
	}
	p := Pod{Name: pod.Name, Labels: pod.Labels, IP: ip, Ports: map[string]int{}, Created: pod.CreationTimestamp.Time}
	for _, c := range pod.Spec.Containers {
		for _, port := range c.Ports {
			if port.Name != "" {
				p.Ports[port.Name] = int(port.ContainerPort)
			}
		}
	}
	closer, err := k.run(p)
	if err != nil {
		return err
	}
	if err := k.call(ctx, http.MethodPatch, k.podsURL(pod.Name)+"/status", readyStatus(ip), nil); err != nil {
		_ = closer.Close()
		return fmt.Errorf("report it ready: %w", err)
	}
	k.mu.Lock()
	k.running[string(pod.UID)] = &runningPod{pod: p, closer: closer}
	k.mu.Unlock()
	return nil
}

// readyStatus is the status a kubelet reports for a pod whose containers
// all started and passed their readiness probes.
func readyStatus(ip net.IP) map[string]any {
	now := time.Now().UTC().Format(time.RFC3339)
	condition := func(kind string) map[string]any {
		return map[string]any{"type": kind, "status": "True", "lastTransitionTime": now}
	}
	return map[string]any{"status": map[string]any{
		"phase":     "Running",
		"podIP":     ip.String(),
		"podIPs":    []any{map[string]any{"ip": ip.String()}},
		"startTime": now,
		"conditions": []any{
			condition("PodScheduled"), condition("Initialized"),
			condition("ContainersReady"), condition("Ready"),
		},
	}}
}

func (k *Kubelet) podsURL(name string) string {
	url := fmt.Sprintf("%s/api/v1/namespaces/%s/pods", k.cp.Server, k.namespace)
	if name != "" {
		url += "/" + name
	}
	return url
}

// call sends body (as a JSON merge patch) and decodes the answer into out.
func (k *Kubelet) call(ctx context.Context, method, url string, body, out any) error {
	var reader io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return err
		}
		reader = bytes.NewReader(data)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, reader)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/merge-patch+json")
	}
	resp, err := k.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: %s: %s", method, url, resp.Status, bytes.TrimSpace(data))
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(data, out)
}
