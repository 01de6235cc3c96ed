// Command promconfig turns PodMonitors into the configuration of the
// Prometheus that selects them, with the Prometheus Operator's own config
// generator (github.com/prometheus-operator/prometheus-operator, the release
// whose CRDs the app writes for), exactly as the operator would write it into
// the Prometheus' Secret. The autoscaling test runs it on the PodMonitors of
// dist/, so its Prometheus scrapes what they say, not what a test thinks they
// say.
//
// Usage: promconfig -apiserver URL -token-file FILE -ca-file FILE -interval 5s -out FILE PODMONITOR.yaml...
//
// Every PodMonitor of the files is selected (podMonitorSelector {}, every
// namespace); Kubernetes service discovery reaches the API server at URL with
// the bearer token in FILE. Two things happen in a cluster between the
// operator and Prometheus, and happen here too: the API server sets the CRD's
// defaults on the Prometheus object (evaluationInterval 30s), and the config
// reloader expands the pod's environment variables (POD_NAME, SHARD) in it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"regexp"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	"github.com/prometheus-operator/prometheus-operator/pkg/assets"
	"github.com/prometheus-operator/prometheus-operator/pkg/prometheus"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"sigs.k8s.io/yaml"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "promconfig:", err)
		os.Exit(1)
	}
}

func run() error {
	apiserver := flag.String("apiserver", "", "URL of the API server service discovery watches")
	tokenFile := flag.String("token-file", "", "file with the bearer token for the API server")
	caFile := flag.String("ca-file", "", "CA of the API server's certificate")
	interval := flag.String("interval", "30s", "global scrape interval")
	version := flag.String("version", "v3.7.0", "Prometheus version the configuration is for")
	out := flag.String("out", "", "file to write the configuration to")
	flag.Parse()
	if *apiserver == "" || *out == "" || flag.NArg() == 0 {
		return fmt.Errorf("usage: promconfig -apiserver URL -token-file FILE -ca-file FILE -out FILE PODMONITOR.yaml...")
	}
	monitors, err := readPodMonitors(flag.Args())
	if err != nil {
		return err
	}
	p := &monitoringv1.Prometheus{
		ObjectMeta: metav1.ObjectMeta{Name: "test", Namespace: "monitoring"},
		Spec: monitoringv1.PrometheusSpec{
			// The CRD's default (monitoring.coreos.com_prometheuses.yaml).
			EvaluationInterval: "30s",
			CommonPrometheusFields: monitoringv1.CommonPrometheusFields{
				Version:                     *version,
				ScrapeInterval:              monitoringv1.Duration(*interval),
				PodMonitorSelector:          &metav1.LabelSelector{},
				PodMonitorNamespaceSelector: &metav1.LabelSelector{},
				APIServerConfig: &monitoringv1.APIServerConfig{
					Host:            *apiserver,
					BearerTokenFile: *tokenFile,
					TLSConfig:       &monitoringv1.TLSConfig{CAFile: *caFile},
				},
			}},
	}
	gen, err := prometheus.NewConfigGenerator(slog.New(slog.DiscardHandler), p)
	if err != nil {
		return err
	}
	cfg, err := gen.GenerateServerConfiguration(p, nil, monitors, nil, nil, assets.NewStoreBuilder(nil, nil), nil, nil, nil, nil)
	if err != nil {
		return err
	}
	cfg, err = expandPodEnv(cfg, p)
	if err != nil {
		return err
	}
	return os.WriteFile(*out, cfg, 0o644)
}

var envReference = regexp.MustCompile(`\$\(([A-Z_]+)\)`)

// expandPodEnv does what prometheus-config-reloader does before Prometheus
// reads the configuration: it expands $(VAR) from the environment the
// operator gives the first pod of the first shard (POD_NAME, SHARD). A
// reference to any other variable is an error, so that a new one in a
// later release is noticed rather than left in the configuration.
func expandPodEnv(cfg []byte, p *monitoringv1.Prometheus) ([]byte, error) {
	env := map[string]string{"POD_NAME": "prometheus-" + p.Name + "-0", "SHARD": "0"}
	var unknown []string
	cfg = envReference.ReplaceAllFunc(cfg, func(ref []byte) []byte {
		name := string(envReference.FindSubmatch(ref)[1])
		value, ok := env[name]
		if !ok {
			unknown = append(unknown, name)
			return ref
		}
		return []byte(value)
	})
	if len(unknown) > 0 {
		return nil, fmt.Errorf("the configuration refers to variables the pod does not have: %v", unknown)
	}
	return cfg, nil
}

var documentSeparator = regexp.MustCompile(`(?m)^---\s*$`)

// readPodMonitors reads the PodMonitors of files (other kinds are skipped),
// keyed as the operator keys them: namespace/name.
func readPodMonitors(files []string) (map[string]*monitoringv1.PodMonitor, error) {
	monitors := map[string]*monitoringv1.PodMonitor{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, doc := range documentSeparator.Split(string(data), -1) {
			var head metav1.TypeMeta
			if err := yaml.Unmarshal([]byte(doc), &head); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			if head.Kind != monitoringv1.PodMonitorsKind || !bytes.Contains([]byte(head.APIVersion), []byte("monitoring.coreos.com")) {
				continue
			}
			var m monitoringv1.PodMonitor
			if err := yaml.UnmarshalStrict([]byte(doc), &m); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			monitors[m.Namespace+"/"+m.Name] = &m
		}
	}
	if len(monitors) == 0 {
		return nil, fmt.Errorf("no PodMonitor in %v", files)
	}
	return monitors, nil
}
