package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/crdcheck"
	"github.com/ai-gateway/ai-gateway/internal/crdsource"
	"github.com/ai-gateway/ai-gateway/internal/gomod"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// invalidObjects are objects that break one rule family a user can reach
// through the config, with the message of the CRD rule that rejects them.
// Layer 1 (crdcheck) and the real API server must both reject each one.
var invalidObjects = []struct {
	file, message string
}{
	{"httproute-backend-timeout-longer-than-request.yaml", "backendRequest timeout cannot be longer than request timeout"},
	{"httproute-timeout-not-a-duration.yaml", `spec.rules[0].timeouts.request in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'`},
	{"httproute-weight-above-one-million.yaml", "spec.rules[0].backendRefs[0].weight in body should be less than or equal to 1000000"},
	{"httproute-retry-code-above-599.yaml", "spec.rules[0].retry.codes[0] in body should be less than or equal to 599"},
	{"httproute-retry-code-listed-twice.yaml", "spec.rules[0].retry.codes[1]: Duplicate value: 503"},
	{"httproute-mirror-percent-above-100.yaml", "spec.rules[0].filters[0].requestMirror.percent in body should be less than or equal to 100"},
	{"httproute-redirect-with-backends.yaml", "RequestRedirect filter must not be used together with backendRefs"},
	{"httproute-rewrite-with-two-matches.yaml", "When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"},
	{"httproute-path-with-dot-segment.yaml", "must not contain '/../' when type one of ['Exact', 'PathPrefix']"},
	{"httproute-upper-case-hostname.yaml", `spec.hostnames[0]: Invalid value: "AI.Example.com"`},
	{"gateway-duplicate-listener-names.yaml", "Listener name must be unique within the Gateway"},
	{"gateway-upper-case-listener-name.yaml", `spec.listeners[0].name: Invalid value: "HTTP"`},
	{"gateway-hostname-with-inner-wildcard.yaml", `spec.listeners[0].hostname: Invalid value: "ai.*.example.com"`},
	{"gateway-https-without-certificate.yaml", "certificateRefs or options must be specified when mode is Terminate"},
	{"referencegrant-without-to.yaml", "spec.to: Required value"},
	{"envoyextensionpolicy-full-duplex-failing-open.yaml", "If FullDuplexStreamed body processing mode is used, FailOpen must be false."},
	{"agentgatewaypolicy-unknown-phase.yaml", `spec.traffic.phase: Unsupported value: "BeforeRouting"`},
	{"envoyfilter-unknown-operation.yaml", `spec.configPatches[0].patch.operation: Unsupported value: "PREPEND"`},
}

// gatewayAPIDir is the folder of the pinned sigs.k8s.io/gateway-api module.
func gatewayAPIDir(t *testing.T) string {
	t.Helper()
	dir, err := gomod.Dir("", "sigs.k8s.io/gateway-api")
	require.NoError(t, err)
	return dir
}

// gatewayAPICRDs lists the standard-channel CRD files of the pinned module.
func gatewayAPICRDs(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(gatewayAPIDir(t), "config", "crd", "standard", "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return files
}

// pinnedCRDs are the CRDs the module proxy cannot give (the Inference
// Extension's InferencePool, llm-d-router's InferenceObjective and
// InferenceModelRewrite, agentgateway's AgentgatewayPolicy), never committed here: each one's variable, else
// the shared copy beside the repository, else a checked download
// (internal/crdsource).
func pinnedCRDs(t *testing.T) []string {
	t.Helper()
	var paths []string
	for _, c := range crdsource.All {
		path, err := c.Source(".").Path(context.Background())
		require.NoError(t, err)
		paths = append(paths, path)
	}
	return paths
}

// emittedCRDs are the CRDs of every custom resource the app writes: the
// Gateway API's, the pinned ones, and those of Go modules (KEDA's, the
// Prometheus Operator's, Istio's, Envoy Gateway's).
func emittedCRDs(t *testing.T) []string {
	t.Helper()
	paths := append(gatewayAPICRDs(t), pinnedCRDs(t)...)
	for _, c := range crdsource.Modules {
		path, err := c.Path()
		require.NoError(t, err)
		paths = append(paths, path)
	}
	return paths
}

func crdValidator(t *testing.T) *crdcheck.Validator {
	t.Helper()
	v, err := crdcheck.Load(emittedCRDs(t)...)
	require.NoError(t, err)
	return v
}

func TestEveryEmittedCustomResourcePassesItsCRD(t *testing.T) {
	v := crdValidator(t)
	checked := 0
	for _, glob := range []string{"dist/*.yaml", "testdata/platform/*.yaml", "constructs/testdata/*.golden", "platform/testdata/*.golden"} {
		checked += assertAccepted(t, v, readObjects(t, glob))
	}
	assert.Greater(t, checked, 20, "custom resources validated")
}

// modelFromConfigs are the platforms with modelFrom: body, one for each
// implementation that reads the body.
func modelFromConfigs(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/modelfrom/*.yaml")
	require.NoError(t, err)
	require.Len(t, files, 3, "one for each implementation of implementations.BodyModel")
	return files
}

func TestEveryBodyModelObjectPassesItsCRD(t *testing.T) {
	v := crdValidator(t)
	for _, config := range modelFromConfigs(t) {
		t.Run(filepath.Base(config), func(t *testing.T) {
			dist, _ := synthConfig(t, config)
			objects := readObjects(t, filepath.Join(dist, "*.yaml"))
			checked := assertAccepted(t, v, objects)
			assert.GreaterOrEqual(t, checked, 1, "the implementation's own objects are validated")
		})
	}
}

// assertAccepted validates the custom resources among objects and returns how many it checked.
func assertAccepted(t *testing.T, v *crdcheck.Validator, objects []manifest.Object) int {
	t.Helper()
	checked := 0
	for _, o := range objects {
		if !v.Handles(o.GVK) {
			continue
		}
		checked++
		errs, err := v.ValidateYAML(o.JSON)
		require.NoError(t, err)
		assert.Empty(t, errs, "%s: %s %s", o.Source, o.GVK.Kind, o.Name)
	}
	return checked
}

func TestBrokenObjectsAreRejectedWithTheCRDMessage(t *testing.T) {
	v := crdValidator(t)
	files, err := filepath.Glob("testdata/invalid/*.yaml")
	require.NoError(t, err)
	require.Len(t, files, len(invalidObjects), "every file in testdata/invalid has an expected message")
	for _, tt := range invalidObjects {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "invalid", tt.file))
			require.NoError(t, err)
			errs, err := v.ValidateYAML(data)
			require.NoError(t, err)
			require.NotEmpty(t, errs, "accepted")
			assert.Contains(t, errs.ToAggregate().Error(), tt.message)
		})
	}
}

// yamlFilesUnder lists the YAML files below dir.
func yamlFilesUnder(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			files = append(files, path)
		}
		return err
	}))
	return files
}

func TestTheGatewayAPIInvalidExamplesAreRejected(t *testing.T) {
	v := crdValidator(t)
	files := yamlFilesUnder(t, filepath.Join(gatewayAPIDir(t), "hack", "invalid-examples", "standard"))
	require.Len(t, files, 32, "invalid examples shipped with sigs.k8s.io/gateway-api v1.7.0")
	for _, file := range files {
		t.Run(filepath.Base(filepath.Dir(file))+"/"+filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			objects, err := manifest.Parse(file, data)
			require.NoError(t, err)
			rejected := false
			for _, o := range objects {
				errs, err := v.ValidateYAML(o.JSON)
				require.NoError(t, err)
				rejected = rejected || len(errs) > 0
			}
			assert.True(t, rejected, "no object of %s was rejected", file)
		})
	}
}

// TestTheGatewayAPIExamplesAreAccepted is the control: a validator that
// rejected everything would pass the test above.
func TestTheGatewayAPIExamplesAreAccepted(t *testing.T) {
	v := crdValidator(t)
	checked := 0
	for _, file := range yamlFilesUnder(t, filepath.Join(gatewayAPIDir(t), "examples", "standard")) {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		objects, err := manifest.Parse(file, data)
		require.NoError(t, err)
		checked += assertAccepted(t, v, objects)
	}
	assert.Greater(t, checked, 50, "example objects validated")
}
