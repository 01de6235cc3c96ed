package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/golden"
	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// TestMain lets a test run the real main(), exit code included, in a child
// process: the child is this test binary with AI_GATEWAY_RUN_MAIN set.
func TestMain(m *testing.M) {
	if os.Getenv("AI_GATEWAY_RUN_MAIN") == "1" {
		os.Args = append([]string{"ai-gateway"}, strings.Fields(os.Getenv("AI_GATEWAY_ARGS"))...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// synthDefault synthesizes the embedded platform.yaml into a fresh folder.
func synthDefault(t *testing.T) string {
	t.Helper()
	out, _ := synthConfig(t, "")
	return out
}

// synthConfig synthesizes a config file ("" for the embedded default) into a
// fresh folder and returns it with the topology picture written beside it.
func synthConfig(t *testing.T, config string) (out, topology string) {
	t.Helper()
	dir := t.TempDir()
	out, topology = filepath.Join(dir, "dist"), filepath.Join(dir, "topology.md")
	args := []string{"-out", out, "-topology", topology}
	if config != "" {
		args = append(args, "-config", config)
	}
	require.NoError(t, run(args))
	return out, topology
}

// readDir returns the files of dir by name.
func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	files := map[string][]byte{}
	for _, e := range entries {
		require.False(t, e.IsDir(), "kubectl apply -f does not recurse: %s/%s is a folder", dir, e.Name())
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		files[e.Name()] = data
	}
	return files
}

func TestDefaultPlatformGolden(t *testing.T) {
	out := synthDefault(t)
	got := readDir(t, out)
	for name, data := range got {
		golden.Assert(t, filepath.Join("testdata", "platform", name), data)
	}
	if !golden.Updating() {
		want := readDir(t, filepath.Join("testdata", "platform"))
		assert.ElementsMatch(t, keys(want), keys(got), "files of the default platform")
	}
}

func TestDistIsAFreshSynthOfTheDefaultPlatform(t *testing.T) {
	want := readDir(t, synthDefault(t))
	got := readDir(t, "dist")
	require.ElementsMatch(t, keys(want), keys(got), "dist/ is stale: run `make synth` and commit dist/")
	for name := range want {
		assert.Equal(t, string(want[name]), string(got[name]), "dist/%s is stale: run `make synth` and commit dist/", name)
	}
}

func TestEveryObjectDecodesStrictlyIntoItsAPIType(t *testing.T) {
	for _, glob := range []string{"dist/*.yaml", "testdata/platform/*.yaml", "constructs/testdata/*.golden", "platform/testdata/*.golden"} {
		t.Run(glob, func(t *testing.T) {
			objects := readObjects(t, glob)
			require.NotEmpty(t, objects)
			for _, o := range objects {
				assert.Contains(t, []string{"v1", "apps/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1",
					"rbac.authorization.k8s.io/v1", "gateway.networking.k8s.io/v1", "inference.networking.k8s.io/v1",
					// llm-d-router's objectives and rewrites (v0.10.0), KEDA's
					// ScaledObject (v2.21.0), agentgateway's policy (v1.4.1),
					// Istio's EnvoyFilter (1.32) and Envoy Gateway's extension
					// policy (v1.9.1) have no other version.
					"llm-d.ai/v1alpha2", "keda.sh/v1alpha1", "monitoring.coreos.com/v1",
					"agentgateway.dev/v1alpha1", "networking.istio.io/v1alpha3", "networking.istio.io/v1", "gateway.envoyproxy.io/v1alpha1"},
					o.GVK.GroupVersion().String(), "%s: only GA APIs are emitted, and the one version of the rest", o.Source)
				_, err := o.DecodeStrict()
				assert.NoError(t, err)
			}
		})
	}
}

func TestDistAppliesInLexicalOrder(t *testing.T) {
	objects := readObjects(t, "dist/*.yaml")
	require.NotEmpty(t, objects)
	assert.Equal(t, "Namespace", objects[0].GVK.Kind, "the namespace comes first, so that every later object has a home")
	created := map[string]bool{objects[0].Name: true}
	for _, o := range objects[1:] {
		assert.True(t, o.Namespace == "" || created[o.Namespace], "%s: %s %s is applied before namespace %s exists", o.Source, o.GVK.Kind, o.Name, o.Namespace)
		if o.GVK.Kind == "Namespace" {
			created[o.Name] = true
		}
	}
}

func TestDistHasStableReadableNames(t *testing.T) {
	var names []string
	for _, o := range readObjects(t, "dist/*.yaml") {
		names = append(names, o.GVK.Kind+"/"+o.Name)
	}
	var want []string
	want = append(want, "Namespace/ai-services", "Gateway/ai-gateway", "HTTPRoute/ai-gateway-https-redirect")
	// server lists a version's objects; autoscaler is HorizontalPodAutoscaler
	// (CPU) or ScaledObject (KEDA, after the version's other objects).
	server := func(name, service, autoscaler string) []string {
		objects := []string{"ServiceAccount/" + name, "Deployment/" + name, "Service/" + service}
		if autoscaler == "HorizontalPodAutoscaler" {
			objects = append(objects, "HorizontalPodAutoscaler/"+name)
		}
		return append(objects, "PodMonitor/"+name, "PodDisruptionBudget/"+name, "NetworkPolicy/"+name)
	}
	want = append(want, server("chat-stable", "ai-model-service", "ScaledObject")...)
	want = append(want, "ScaledObject/chat-stable")
	want = append(want, server("chat-canary", "ai-model-service-canary", "ScaledObject")...)
	want = append(want, "ScaledObject/chat-canary", "HTTPRoute/chat")
	want = append(want, server("embeddings-stable", "ai-embeddings-service", "HorizontalPodAutoscaler")...)
	want = append(want, "HTTPRoute/embeddings")
	want = append(want, server("reasoning-stable", "reasoning-stable", "ScaledObject")...)
	want = append(want, "ServiceAccount/reasoning-stable-epp", "Role/reasoning-stable-epp", "RoleBinding/reasoning-stable-epp",
		"ConfigMap/reasoning-stable-epp", "Deployment/reasoning-stable-epp", "Service/reasoning-stable-epp",
		"NetworkPolicy/reasoning-stable-epp", "NetworkPolicy/reasoning-stable-epp-scrape", "PodMonitor/reasoning-stable-epp")
	want = append(want, "InferenceObjective/reasoning-stable-interactive", "InferenceObjective/reasoning-stable-batch",
		"InferenceModelRewrite/reasoning-stable", "InferencePool/reasoning-stable", "ScaledObject/reasoning-stable", "HTTPRoute/reasoning")
	want = append(want, server("vision-stable", "vision", "HorizontalPodAutoscaler")...)
	want = append(want, "GRPCRoute/vision")
	assert.Equal(t, want, names)
}

func TestInvalidConfigIsRejectedAndLeavesOutputUntouched(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string
	}{
		{"a timeout that is not a duration", strings.Replace(defaultYAML(t), "request: 300s", "request: 5x", 1),
			`models[0].timeouts.request: "5x" is not a duration (use e.g. 300s)`},
		{"a canary weight above 1e6", strings.Replace(defaultYAML(t), "weight: 10", "weight: 1000001", 1),
			"models[0].versions[1].weight: 1000001 must be between 0 and 1000000"},
		{"a backend timeout longer than the request timeout", strings.Replace(defaultYAML(t), "request: 30s", "request: 30s\n      backendRequest: 60s", 1),
			`models[1].timeouts.backendRequest: "1m0s" is longer than the request timeout 30s`},
		{"an upper-case hostname", strings.Replace(defaultYAML(t), "hostnames: [ai.example.com]", "hostnames: [AI.example.com]", 1),
			`models[0].hostnames[0]: "AI.example.com" must be a lowercase RFC 1123 hostname`},
		{"a hostname outside the gateway's", strings.Replace(defaultYAML(t), "hostnames: [ai.example.com]", "hostnames: [ml.example.com]", 1),
			`models[0].hostnames[0]: "ml.example.com" is outside the gateway hostname "ai.example.com"`},
		{"an invalid namespace", strings.Replace(defaultYAML(t), "namespace: ai-services", "namespace: AI_Services", 1),
			`namespace: "AI_Services" must be a DNS label`},
		{"an unknown key", defaultYAML(t) + "extra: 1\n", "extra: is not a known key here"},
		{"a retry on gateway timeouts", strings.Replace(defaultYAML(t), "    timeouts:\n      request: 300s\n", "    timeouts:\n      request: 300s\n    retry: {codes: [504]}\n", 1),
			"models[0].retry.codes[0]: 504 (Gateway Timeout) reports a timeout: the request may have reached the model, and a retry would run the generation twice"},
		{"a backoff with retries off", strings.Replace(defaultYAML(t), "    timeouts:\n      request: 300s\n", "    timeouts:\n      request: 300s\n    retry: {attempts: 0, backoff: 1s}\n", 1),
			`models[0].retry.backoff: "1s" has no effect with attempts 0 (retries off); leave it out`},
		{"a backend timeout of 0s to get around the backoff's room", strings.Replace(defaultYAML(t), "    timeouts:\n      request: 300s\n", "    timeouts:\n      request: 300s\n      backendRequest: 0s\n    retry: {backoff: 1s}\n", 1),
			`models[0].retry.backoff: "1s" leaves no room for the retries: backendRequest 0s puts no limit on an attempt`},
		{"another model's Service as the endpoint picker", strings.NewReplacer("      flowControl: {requestTTL: 60s, noEndpointRequestTTL: 13m}\n", "      service: ai-model-service\n      port: 80\n",
			"      minReplicas: 0\n      maxReplicas: 4\n      cooldown: 10m\n", "      maxReplicas: 4\n      metric: {name: \"vllm:num_requests_waiting\", averageValue: \"3\"}\n").Replace(defaultYAML(t)),
			"models[2].endpointPicker.service: names Service ai-services/ai-model-service as an endpoint picker that runs elsewhere, but models[0].versions[0].service.name writes that Service"},
		{"a rewrite with two matches", strings.Replace(defaultYAML(t), "        header: {name: x-model, value: embeddings}\n",
			"        header: {name: x-model, value: embeddings}\n      - pathPrefix: /embeddings\n    rewritePathPrefix: /v1\n", 1),
			"models[1].rewritePathPrefix: needs exactly one match, found 2"},
		{"the model from the body without an implementation", strings.Replace(defaultYAML(t), "  grpcHostname: grpc.ai.example.com\n", "  grpcHostname: grpc.ai.example.com\n  modelFrom: body\n", 1),
			`gateway.modelFrom: "body" needs the gateway's implementation named`},
		{"the model from the path beside the models' own matches", strings.Replace(defaultYAML(t), "  grpcHostname: grpc.ai.example.com\n", "  grpcHostname: grpc.ai.example.com\n  modelFrom: path\n", 1),
			"models[0].matches: has no effect with gateway.modelFrom: path, where the model answers on /models/chat/ (leave matches out)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := synthDefault(t)
			before := readDir(t, out)
			file := filepath.Join(t.TempDir(), "platform.yaml")
			require.NoError(t, os.WriteFile(file, []byte(tt.yaml), 0o644))

			picture := filepath.Join(t.TempDir(), "topology.md")
			err := run([]string{"-config", file, "-out", out, "-topology", picture})

			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Equal(t, before, readDir(t, out), "the output folder must be untouched")
			assert.NoFileExists(t, picture, "no picture of a failed synth")
			assertNoLeftovers(t, filepath.Dir(out))
		})
	}
}

func TestMainExitsNonZeroOnBadConfig(t *testing.T) {
	file := filepath.Join(t.TempDir(), "platform.yaml")
	require.NoError(t, os.WriteFile(file, []byte("namespace: ai\n"), 0o644))
	out := filepath.Join(t.TempDir(), "dist")
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "AI_GATEWAY_RUN_MAIN=1", "AI_GATEWAY_ARGS=-config "+file+" -out "+out+" -topology "+out+".md")
	stderr, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, 1, exit.ExitCode())
	assert.Equal(t, "error: "+file+":\ngateway: is required\n", string(stderr))
	assert.NoDirExists(t, out)
}

// TestABinaryBuiltHereRunsAnywhere builds the app outside the repository,
// as `go build -o` or `go install` would, and runs it from another folder:
// it finds the Node.js 24 of the node_modules it was built with (no note
// about the system node), writes the platform, and a successful run prints
// nothing at all on stderr, run after run.
func TestABinaryBuiltHereRunsAnywhere(t *testing.T) {
	elsewhere := t.TempDir()
	bin := filepath.Join(elsewhere, "bin", "ai-gateway")
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)
	for run := range 5 {
		cmd := exec.Command(bin, "-out", filepath.Join(elsewhere, "dist"), "-topology", "")
		cmd.Dir = elsewhere
		cmd.Env = userEnvironment()
		var stderr strings.Builder
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Run(), "run %d: %s", run, stderr.String())
		assert.Empty(t, stderr.String(), "run %d printed on stderr", run)
	}
	assert.FileExists(t, filepath.Join(elsewhere, "dist", "10-gateway.k8s.yaml"))
}

// userEnvironment is this process's environment without what
// internal/jsiikernel set in it when this test binary started.
func userEnvironment() []string {
	return slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "JSII_NODE=") || strings.HasPrefix(kv, "JSII_RUNTIME=")
	})
}

func TestOutputFolderMistakesAreReportedAsSuch(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "dist")
	require.NoError(t, os.WriteFile(file, []byte("keep me"), 0o644))
	project := filepath.Join(root, "project")
	require.NoError(t, os.MkdirAll(filepath.Join(project, ".git"), 0o755))
	tests := []struct {
		name, out, want string
	}{
		{"a regular file", file, "output folder " + file + ": is a file, not a folder; the output is a folder of manifests (e.g. dist)"},
		{"the working directory", ".", "output folder .: is the working directory or holds it; the output folder is replaced as a whole, so name a folder of its own (e.g. dist)"},
		{"a project folder", project, "output folder " + project + ": holds .git, which this app does not write; the folder is replaced as a whole, so name an empty folder or one of its own"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run([]string{"-out", tt.out, "-topology", ""})
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error(), "named as an output problem, not the config's")
		})
	}
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, "keep me", string(data))
	assert.DirExists(t, filepath.Join(project, ".git"))
}

func TestSynthReplacesStaleFiles(t *testing.T) {
	out := synthDefault(t)
	stale := filepath.Join(out, "20-model-retired.k8s.yaml")
	require.NoError(t, os.WriteFile(stale, []byte("kind: Leftover\n"), 0o644))
	require.NoError(t, run([]string{"-out", out, "-topology", ""}))
	assert.NoFileExists(t, stale, "a model removed from the config must disappear from the output")
	assertNoLeftovers(t, filepath.Dir(out))
}

func assertNoLeftovers(t *testing.T, parent string) {
	t.Helper()
	entries, err := os.ReadDir(parent)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.HasPrefix(e.Name(), "."), "temporary folder %s left behind", e.Name())
	}
}

func readObjects(t *testing.T, glob string) []manifest.Object {
	t.Helper()
	objects, err := manifest.ReadFiles(glob)
	require.NoError(t, err)
	return objects
}

func defaultYAML(t *testing.T) string {
	t.Helper()
	return string(defaultPlatform)
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
