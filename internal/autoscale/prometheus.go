package autoscale

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ai-gateway/ai-gateway/internal/kubetest"
)

// PrometheusOptions say what Prometheus runs and how it is configured.
type PrometheusOptions struct {
	// Binary is Prometheus (cmd/prometheus).
	Binary string
	// Promconfig is tools/promconfig, which writes the configuration the
	// Prometheus Operator would write for PodMonitors.
	Promconfig string
	// Addr (127.0.0.1:PORT) is where its HTTP API listens: the address the
	// scalers of dist/ were synthesized with.
	Addr string
	// PodMonitors are the files (dist/) whose PodMonitors it scrapes.
	PodMonitors []string
	// Interval between scrapes, unless a PodMonitor sets its own.
	Interval time.Duration
}

// StartPrometheus writes Prometheus' configuration from the PodMonitors with
// the Prometheus Operator's own generator, runs Prometheus with it against
// the control plane (Kubernetes discovery with the administrator's token)
// and returns once it is ready. The control plane's Stop ends it.
func StartPrometheus(ctx context.Context, cp *kubetest.ControlPlane, opts PrometheusOptions) error {
	for _, path := range []string{opts.Binary, opts.Promconfig} {
		if _, err := os.Stat(path); err != nil {
			return fmt.Errorf("prometheus: %w (build it with `make prometheus`)", err)
		}
	}
	dir := filepath.Join(cp.Dir(), "prometheus")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	config := filepath.Join(dir, "prometheus.yaml")
	args := []string{
		"-apiserver", cp.Server, "-token-file", cp.TokenFile, "-ca-file", cp.CA.File,
		"-interval", opts.Interval.String(), "-out", config,
	}
	if out, err := exec.CommandContext(ctx, opts.Promconfig, append(args, opts.PodMonitors...)...).CombinedOutput(); err != nil {
		return fmt.Errorf("promconfig: %v: %s", err, out)
	}
	err := cp.Spawn("prometheus", opts.Binary, nil,
		"--config.file", config,
		"--storage.tsdb.path", filepath.Join(dir, "data"),
		"--web.listen-address", opts.Addr,
	)
	if err != nil {
		return err
	}
	return cp.WaitReady(ctx, "prometheus", "http://"+opts.Addr+"/-/ready", "")
}

// Query runs an instant PromQL query on the Prometheus at addr and returns
// the value of its one series; found is false when it returned none.
func Query(ctx context.Context, addr, query string) (value float64, found bool, err error) {
	u := "http://" + addr + "/api/v1/query?query=" + url.QueryEscape(query)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, false, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, false, err
	}
	defer resp.Body.Close()
	var answer struct {
		Status string `json:"status"`
		Error  string `json:"error"`
		Data   struct {
			Result []struct {
				Value [2]any `json:"value"`
			} `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		return 0, false, fmt.Errorf("query %s: %w", query, err)
	}
	if answer.Status != "success" {
		return 0, false, fmt.Errorf("query %s: %s", query, answer.Error)
	}
	switch len(answer.Data.Result) {
	case 0:
		return 0, false, nil
	case 1:
		text, _ := answer.Data.Result[0].Value[1].(string)
		value, err = strconv.ParseFloat(text, 64)
		return value, err == nil, err
	default:
		return 0, false, errors.New("query " + query + " returned more than one series")
	}
}

// Targets describes the Prometheus' active scrape targets, one per line
// (job, URL, health, last error), and counts the discovered ones its
// relabeling dropped, for a failing test to print.
func Targets(ctx context.Context, addr string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/api/v1/targets", nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var answer struct {
		Data struct {
			ActiveTargets []struct {
				ScrapePool string `json:"scrapePool"`
				ScrapeURL  string `json:"scrapeUrl"`
				Health     string `json:"health"`
				LastError  string `json:"lastError"`
			} `json:"activeTargets"`
			DroppedTargets []struct {
				DiscoveredLabels map[string]string `json:"discoveredLabels"`
			} `json:"droppedTargets"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		return "", err
	}
	var b strings.Builder
	for _, t := range answer.Data.ActiveTargets {
		fmt.Fprintf(&b, "%s %s %s %s\n", t.ScrapePool, t.ScrapeURL, t.Health, t.LastError)
	}
	if b.Len() == 0 {
		b.WriteString("no active target\n")
	}
	fmt.Fprintf(&b, "%d targets dropped by relabeling\n", len(answer.Data.DroppedTargets))
	return b.String(), nil
}
