// Package crdsource finds the CRD files that the repository needs but does
// not commit. Those the Go module proxy cannot give (the Inference
// Extension's InferencePool, llm-d-router's InferenceObjective and
// InferenceModelRewrite, agentgateway's AgentgatewayPolicy): for each it
// looks, in order, at the path an environment variable names, at a local
// copy, at an earlier download, and finally downloads the file from the
// upstream release tag; anything but the variable's file must match a pinned
// SHA-256. Those in Go modules (KEDA's ScaledObject, the Prometheus
// Operator's PodMonitor, Istio's EnvoyFilter and DestinationRule, Envoy
// Gateway's EnvoyExtensionPolicy) come from the module cache. `make import` and the
// tests read them.
package crdsource

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/ai-gateway/ai-gateway/internal/gomod"
)

// Source says where one CRD may come from.
type Source struct {
	// Name of the CRD in messages, e.g. "the InferencePool CRD".
	Name string
	// EnvVar names the environment variable whose path, when set, is used
	// as it is: the user's own copy, not checked against the pin.
	EnvVar string
	// LocalCopy is a copy kept beside the repository, if any.
	LocalCopy string
	// URL is the upstream file.
	URL string
	// SHA256 is the pinned checksum of the file, in hex.
	SHA256 string
	// Cache is where a download is kept (git-ignored).
	Cache string
	// Client fetches URL. Default: an http.Client with a 60 s timeout.
	Client *http.Client
	// Getenv reads the environment. Default: os.Getenv.
	Getenv func(string) string
}

// Release is an upstream release whose CRD files the repository pins.
type Release struct {
	// Project names it in folder names: gateway-api-inference-extension.
	Project string
	// Version is the release tag, e.g. v1.6.0.
	Version string
	// BaseURL is the raw URL of the tag's folder that holds the files.
	BaseURL string
}

// CRD is one pinned file of a release.
type CRD struct {
	// Kind names the CRD in messages, e.g. InferencePool.
	Kind string
	// EnvVar names your own copy, e.g. INFERENCE_POOL_CRD.
	EnvVar string
	// Release the file belongs to.
	Release Release
	// File is its name in the release folder and beside the repository.
	File string
	// SHA256 is the checksum of the file as the release tag holds it.
	SHA256 string
}

// Releases whose CRDs the repository uses. Update a version together with
// the checksums of its files (README: "Updating a pinned CRD").
var (
	inferenceExtension = Release{
		Project: "gateway-api-inference-extension", Version: "v1.6.0",
		BaseURL: "https://raw.githubusercontent.com/kubernetes-sigs/gateway-api-inference-extension/v1.6.0/config/crd/bases/",
	}
	llmdRouter = Release{
		Project: "llm-d-router", Version: "v0.10.0",
		BaseURL: "https://raw.githubusercontent.com/llm-d/llm-d-router/v0.10.0/config/crd/bases/",
	}
	agentgateway = Release{
		Project: "agentgateway", Version: "v1.4.1",
		BaseURL: "https://raw.githubusercontent.com/agentgateway/agentgateway/v1.4.1/controller/install/helm/agentgateway-crds/templates/",
	}
)

// The pinned CRDs.
var (
	InferencePoolCRD = CRD{"InferencePool", "INFERENCE_POOL_CRD", inferenceExtension,
		"inference.networking.k8s.io_inferencepools.yaml", "55e0dbf39c50c4bbdd60106493a4573df4bb44479f9ce46762f1af718883e5cd"}
	InferenceObjectiveCRD = CRD{"InferenceObjective", "INFERENCE_OBJECTIVE_CRD", llmdRouter,
		"llm-d.ai_inferenceobjectives.yaml", "c1e763412fcbe2b55e9282850156269a10053be2d052547cb80a2ca639c09990"}
	InferenceModelRewriteCRD = CRD{"InferenceModelRewrite", "INFERENCE_MODEL_REWRITE_CRD", llmdRouter,
		"llm-d.ai_inferencemodelrewrites.yaml", "62a07fff40e10e919c245d895457a9c15be22947b45f06815552ae8fffaab405"}
	AgentgatewayPolicyCRD = CRD{"AgentgatewayPolicy", "AGENTGATEWAY_POLICY_CRD", agentgateway,
		"agentgateway.dev_agentgatewaypolicies.yaml", "8a1b7e156128b2c37970a1bff7c9a23f3cf5880db57e112248887ea9d958a653"}
)

// All lists the pinned CRDs, for `cmd/crdpath` and the tests.
var All = []CRD{InferencePoolCRD, InferenceObjectiveCRD, InferenceModelRewriteCRD, AgentgatewayPolicyCRD}

// Source is where the CRD comes from for the repository rooted at root:
// its variable, then ../shared/crds/PROJECT-VERSION/ beside the repository,
// then .gen/crds/, then the file at the upstream release tag.
func (c CRD) Source(root string) Source {
	folder := c.Release.Project + "-" + c.Release.Version
	return Source{
		Name:      "the " + c.Kind + " CRD",
		EnvVar:    c.EnvVar,
		LocalCopy: filepath.Join(root, "..", "shared", "crds", folder, c.File),
		URL:       c.Release.BaseURL + c.File,
		SHA256:    c.SHA256,
		Cache:     filepath.Join(root, ".gen", "crds", folder+"-"+c.File),
	}
}

// InferencePool is the source of the InferencePool CRD.
func InferencePool(root string) Source { return InferencePoolCRD.Source(root) }

// Path returns the path of a verified copy of the CRD, downloading it into
// Cache when no other copy exists.
func (s Source) Path(ctx context.Context) (string, error) {
	getenv := s.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	if path := getenv(s.EnvVar); path != "" {
		if _, err := os.Stat(path); err != nil {
			return "", fmt.Errorf("%s=%s: %w", s.EnvVar, path, err)
		}
		return path, nil
	}
	for _, path := range []string{s.LocalCopy, s.Cache} {
		ok, err := s.verified(path)
		if err != nil {
			return "", err
		}
		if ok {
			return path, nil
		}
	}
	if err := s.download(ctx); err != nil {
		return "", err
	}
	return s.Cache, nil
}

// verified reports whether path exists with the pinned checksum; a file
// with another checksum is an error, not a reason to look further.
func (s Source) verified(path string) (bool, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if sum := checksum(data); sum != s.SHA256 {
		return false, fmt.Errorf("%s at %s has SHA-256 %s, but %s is pinned; remove the file, or set %s to use it as it is",
			s.Name, path, sum, s.SHA256, s.EnvVar)
	}
	return true, nil
}

// download fetches URL into Cache, atomically, if its checksum is the pin.
func (s Source) download(ctx context.Context) error {
	data, err := s.fetch(ctx)
	if err != nil {
		return fmt.Errorf("%s: no copy at %s, and downloading %s failed (%v); set %s to the path of a copy",
			s.Name, s.LocalCopy, s.URL, err, s.EnvVar)
	}
	if sum := checksum(data); sum != s.SHA256 {
		return fmt.Errorf("%s downloaded from %s has SHA-256 %s, but %s is pinned; if upstream changed the file on purpose, review it and update the pin",
			s.Name, s.URL, sum, s.SHA256)
	}
	if err := os.MkdirAll(filepath.Dir(s.Cache), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.Cache), ".download-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), s.Cache)
}

func (s Source) fetch(ctx context.Context) ([]byte, error) {
	client := s.Client
	if client == nil {
		client = &http.Client{Timeout: 60 * time.Second}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return nil, urlErr.Err // the message names the URL already
	}
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	// A CRD is tens of kilobytes; anything past 16 MiB is not one.
	return io.ReadAll(io.LimitReader(resp.Body, 16<<20))
}

func checksum(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// ModuleCRD is a CRD file in a Go module the module proxy serves: it comes
// from the module cache, downloaded when missing (the go command checks
// the module against go.sum's of the checksum database).
type ModuleCRD struct {
	// Kind names the CRD, e.g. ScaledObject.
	Kind string
	// Module and Version of the Go module that holds it.
	Module, Version string
	// File is its path in the module.
	File string
	// Name is the CRD's metadata.name when File holds several CRDs (as
	// istio.io/api's one file does); Path then gives a file with that one.
	// Default: File holds this CRD alone.
	Name string
}

// The CRDs read from Go modules, at the releases the app writes for: KEDA's,
// the Prometheus Operator's, Istio's and Envoy Gateway's.
var (
	PodMonitorCRD   = ModuleCRD{Kind: "PodMonitor", Module: "github.com/prometheus-operator/prometheus-operator", Version: "v0.85.0", File: "example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml"}
	ScaledObjectCRD = ModuleCRD{Kind: "ScaledObject", Module: "github.com/kedacore/keda/v2", Version: "v2.21.0", File: "config/crd/bases/keda.sh_scaledobjects.yaml"}
	// EnvoyFilterCRD and DestinationRuleCRD are two of the CRDs of Istio's
	// one generated file.
	EnvoyFilterCRD          = ModuleCRD{Kind: "EnvoyFilter", Module: "istio.io/api", Version: "v1.32.0", File: istioCRDs, Name: "envoyfilters.networking.istio.io"}
	DestinationRuleCRD      = ModuleCRD{Kind: "DestinationRule", Module: "istio.io/api", Version: "v1.32.0", File: istioCRDs, Name: "destinationrules.networking.istio.io"}
	EnvoyExtensionPolicyCRD = ModuleCRD{Kind: "EnvoyExtensionPolicy", Module: "github.com/envoyproxy/gateway", Version: "v1.9.1", File: "charts/gateway-helm/charts/crds/crds/generated/gateway.envoyproxy.io_envoyextensionpolicies.yaml"}
)

const istioCRDs = "kubernetes/customresourcedefinitions.gen.yaml"

// Modules lists the CRDs read from Go modules.
var Modules = []ModuleCRD{PodMonitorCRD, ScaledObjectCRD, EnvoyFilterCRD, DestinationRuleCRD, EnvoyExtensionPolicyCRD}

// Path is the path of the CRD file in the module cache or, for a CRD of a
// file of several, of a file with it alone, written once into the user's
// cache folder (the module cache is read-only).
func (c ModuleCRD) Path() (string, error) {
	dir, err := gomod.OutsideModule(c.Module + "@" + c.Version)
	if err != nil {
		return "", fmt.Errorf("the %s CRD: %w", c.Kind, err)
	}
	path := filepath.Join(dir, c.File)
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("the %s CRD: %w", c.Kind, err)
	}
	if c.Name == "" {
		return path, nil
	}
	return c.extract(path)
}

// extract writes the document of path whose metadata.name is c.Name to a
// file of its own, unless an earlier call did, and returns its path.
func (c ModuleCRD) extract(path string) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	out := filepath.Join(cache, "ai-gateway", "crds", strings.ReplaceAll(c.Module, "/", "_")+"@"+c.Version, c.Name+".yaml")
	if _, err := os.Stat(out); err == nil {
		return out, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	doc, ok := documentNamed(data, c.Name)
	if !ok {
		return "", fmt.Errorf("the %s CRD: %s has no CRD named %s", c.Kind, path, c.Name)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".crd-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(doc); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	return out, os.Rename(tmp.Name(), out)
}

// documentNamed finds the YAML document of data whose top-level metadata
// has name: name (the CRD files put it on its own line, two spaces in).
func documentNamed(data []byte, name string) ([]byte, bool) {
	for _, doc := range regexp.MustCompile(`(?m)^---[ \t]*$`).Split(string(data), -1) {
		if regexp.MustCompile(`(?m)^metadata:\n(?:  .*\n)*?  name: ` + regexp.QuoteMeta(name) + `\s*$`).MatchString(doc) {
			return []byte(strings.TrimLeft(doc, "\n")), true
		}
	}
	return nil, false
}
