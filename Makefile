# The two commands of the README: `make synth` and `make test`. Each installs
# what it needs on a machine that has Go, Node.js and npm.
SHELL := /bin/bash -o pipefail

# go.mod needs Go 1.27 (Gateway API v1.7.0 does). A machine runs its own Go and
# ignores go.mod's toolchain line unless told: this makes the go command fetch
# go1.27.3 from the module proxy once (about 76 MB) and use it for everything.
export GOTOOLCHAIN := go1.27.3

GATEWAY_API_VERSION := v1.7.0
GATEWAY_API_CRDS := gatewayclasses gateways httproutes grpcroutes referencegrants backendtlspolicies listenersets
GATEWAY_API_FILE := .gen/crds/gateway-api-$(GATEWAY_API_VERSION)-standard.yaml
# The CRDs the module proxy cannot give (InferencePool of the Gateway API
# Inference Extension, InferenceObjective and InferenceModelRewrite of
# llm-d-router, AgentgatewayPolicy of agentgateway) are never committed:
# cmd/crdpath prints the path of each one's variable (INFERENCE_POOL_CRD, ...),
# else of the shared copy beside the repository, else of a download from the
# release tag into .gen/crds/, checked against the SHA-256 pinned in
# internal/crdsource.
LLMD_ROUTER_FILE := .gen/crds/llm-d-router-objectives-and-rewrites.yaml
# Istio's two CRDs the app writes, in one file: both are networking.istio.io,
# and cdk8s import writes one package per group.
ISTIO_FILE := .gen/crds/istio-envoyfilter-and-destinationrule.yaml

# The control plane of the integration test, pinned in tools/kube/go.mod.
KUBE_VERSION := $(shell awk '$$1 == "k8s.io/kubernetes" && $$2 ~ /^v/ {print $$2}' tools/kube/go.mod)
ETCD_VERSION := $(shell awk '$$1 == "go.etcd.io/etcd/server/v3" && $$2 ~ /^v/ {print $$2}' tools/kube/go.mod)
KUBE_TOOLS := .cache/kube/$(KUBE_VERSION)-etcd-$(ETCD_VERSION)

# The gateway of the data-plane test, built from the Go module proxy by its script.
TRAEFIK_VERSION := $(shell sed -n 's/^TRAEFIK_VERSION=//p' tools/traefik/build.sh)
TRAEFIK := .cache/traefik/$(TRAEFIK_VERSION)/traefik

# The autoscaling test's Prometheus, KEDA and the Prometheus Operator's config
# generator (tools/promconfig), each pinned in its folder of tools/.
PROMETHEUS_VERSION := $(shell awk '$$1 == "github.com/prometheus/prometheus" {print $$2}' tools/prometheus/go.mod)
PROMETHEUS := .cache/prometheus/$(PROMETHEUS_VERSION)/prometheus
KEDA_VERSION := $(shell sed -n 's/^KEDA_VERSION=//p' tools/keda/build.sh)
KEDA := .cache/keda/$(KEDA_VERSION)/VERSION
PROMCONFIG_VERSION := $(shell awk '$$1 == "github.com/prometheus-operator/prometheus-operator" {print $$2}' tools/promconfig/go.mod)
PROMCONFIG := .cache/promconfig/$(PROMCONFIG_VERSION)/promconfig

NPM_STAMP := node_modules/.package-lock.json
BINDINGS_STAMP := .gen/jsii/.stamp
# The jsii kernel the binary embeds: a copy from the jsii-runtime-go module of go.mod.
KERNEL_COPY := internal/jsiikernel/runtime/status.txt
BIN := bin/ai-gateway

.PHONY: synth test bench build bindings import kube-tools traefik scaling-tools clean

## synth: write dist/ from platform.yaml (replaced atomically, untouched on error)
synth: build
	$(BIN) -out dist

## test: vet and run every test, the real-API-server, data-plane and autoscaling tests included;
## then the packages whose goroutines meet, under the race detector
test: bindings kube-tools traefik scaling-tools
	go vet ./...
	KUBE_TOOLS=$(abspath $(KUBE_TOOLS)) TRAEFIK=$(abspath $(TRAEFIK)) go test -count=1 -timeout 30m ./...
	@command -v "$$(go env CC)" >/dev/null || { echo "make test: the race detector needs a C compiler (cgo), and $$(go env CC) is not installed: install gcc" >&2; exit 1; }
	go test -race -count=1 $(RACE_PACKAGES)

# The packages whose goroutines meet (the jsii relay; the build beside the
# output), run again under the race detector by make test.
RACE_PACKAGES := ./internal/jsiikernel ./output

# The release make bench compares with: the last commit that landed (CI green)
# before this round of issues (17 to 23): the previous release.
BENCH_BASE := 504dbb2935497246f0596f0cafd9a033debae809
BENCH_BASE_BIN := .cache/bench/$(BENCH_BASE)/ai-gateway

## bench: Go benchmarks of synth (N = 1, 10, 100, 1000 models), the plain-Go floor and the
## platform check; then the built binary's wall time (median of 21, 9 and 5 runs at 1, 100 and
## 1,000 models, with nothing reading /proc), and, in runs of their own, the CPU time and peak
## memory of the whole process tree, run in turn with BENCH_BASE's binary, and the ratios
bench: build
	go test -run '^$$' -bench . -benchtime 3x -benchmem -timeout 30m . ./platform
	tools/bench/build-base.sh $(BENCH_BASE) $(BENCH_BASE_BIN)
	go run ./cmd/benchprocess -bin $(BIN) -base $(BENCH_BASE_BIN) -models 1,100,1000 -runs 21,9,5

build: bindings
	go build -o $(BIN) .

## bindings: generate the cdk8s Go bindings the go.mod replace lines point at, and copy the jsii kernel
bindings: $(BINDINGS_STAMP) $(KERNEL_COPY)

$(KERNEL_COPY): go.mod go.sum $(wildcard internal/jsiikernel/internal/gen/*.go internal/jsiikernel/internal/gen/*.js internal/jsiikernel/internal/kernelenv/*.go)
	go run ./internal/jsiikernel/internal/gen

$(BINDINGS_STAMP): $(NPM_STAMP)
	rm -rf .gen/jsii
	npx jsii-pacmak --code-only --targets go --no-fingerprint -o .gen/jsii node_modules/cdk8s node_modules/cdk8s-plus-33
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	# node_modules holds a stray Go package; a go.mod keeps it out of ./...
	echo 'module ignored/node_modules' > node_modules/go.mod

## kube-tools: build kube-apiserver, kube-controller-manager, kubectl and etcd once per version
## (about 8 minutes cold)
kube-tools: $(KUBE_TOOLS)/kubectl

$(KUBE_TOOLS)/kubectl: tools/kube/go.mod tools/kube/go.sum
	cd tools/kube && go build -o ../../$(KUBE_TOOLS)/etcd go.etcd.io/etcd/server/v3
	cd tools/kube && go build -o ../../$(KUBE_TOOLS)/kube-apiserver k8s.io/kubernetes/cmd/kube-apiserver
	cd tools/kube && go build -o ../../$(KUBE_TOOLS)/kube-controller-manager k8s.io/kubernetes/cmd/kube-controller-manager
	cd tools/kube && go build -o ../../$(KUBE_TOOLS)/kubectl.tmp k8s.io/kubernetes/cmd/kubectl
	mv $(KUBE_TOOLS)/kubectl.tmp $@

## traefik: build Traefik for the data-plane test once per version (5-8 minutes cold on 2 idle cores)
traefik: $(TRAEFIK)

$(TRAEFIK): tools/traefik/build.sh
	tools/traefik/build.sh $@

## scaling-tools: build Prometheus, KEDA's operator and metrics server, and tools/promconfig once per
## version, for the autoscaling test (about 16 minutes cold on 2 cores)
scaling-tools: $(PROMETHEUS) $(KEDA) $(PROMCONFIG)

# Only the file, HTTP and Kubernetes service discoveries (what PodMonitors
# use): the other discoveries' SDKs double the build. No web UI assets: they
# are not in the module (the builtinassets tag), and the query API needs none.
$(PROMETHEUS): tools/prometheus/go.mod tools/prometheus/go.sum
	cd tools/prometheus && go build -trimpath -tags remove_all_sd,enable_kubernetes_sd \
	  -o ../../$@.tmp github.com/prometheus/prometheus/cmd/prometheus
	mv $@.tmp $@

$(KEDA): tools/keda/build.sh
	tools/keda/build.sh $(dir $@)

$(PROMCONFIG): tools/promconfig/main.go tools/promconfig/go.mod tools/promconfig/go.sum
	cd tools/promconfig && go build -trimpath -o ../../$@.tmp .
	mv $@.tmp $@

## import: regenerate imports/ from the CRDs that cdk8s.yaml lists (INFERENCE_POOL_CRD=path names your own copy);
## each .go file gets Go's "Code generated ... DO NOT EDIT." line naming the CRDs it came from
import: bindings
	mkdir -p .gen/crds
	go run ./cmd/crdpath InferencePool > .gen/crds/inferencepool.path
	dir=$$(go mod download -json sigs.k8s.io/gateway-api@$(GATEWAY_API_VERSION) | sed -n 's/^\t"Dir": "\(.*\)",$$/\1/p'); \
	test -n "$$dir"; \
	first=1; for crd in $(GATEWAY_API_CRDS); do \
	  [ -n "$$first" ] || echo '---'; first=; \
	  cat "$$dir/config/crd/standard/gateway.networking.k8s.io_$$crd.yaml" || exit 1; \
	done > $(GATEWAY_API_FILE)
	rm -rf imports
	npx cdk8s import --no-check-upgrade --no-save $(GATEWAY_API_FILE)
	tools/imports/stamp.sh imports 'gateway-api $(GATEWAY_API_VERSION) CRDs'
	crd=$$(cat .gen/crds/inferencepool.path); \
	version=$$(sed -n 's/^ *inference\.networking\.k8s\.io\/bundle-version: *//p' "$$crd" | head -n 1); \
	test -n "$$version" || { echo "$$crd: no inference.networking.k8s.io/bundle-version annotation" >&2; exit 1; }; \
	npx cdk8s import --no-check-upgrade --no-save "$$crd" && \
	tools/imports/stamp.sh imports "gateway-api-inference-extension $$version InferencePool CRD"
	crds=$$(go run ./cmd/crdpath InferenceObjective InferenceModelRewrite) && \
	release=$$(go run ./cmd/crdpath -release InferenceObjective) && \
	first=1 && for crd in $$crds; do \
	  [ -n "$$first" ] || echo '---'; first=; \
	  cat "$$crd" || exit 1; \
	done > $(LLMD_ROUTER_FILE) && \
	npx cdk8s import --no-check-upgrade --no-save $(LLMD_ROUTER_FILE) && \
	tools/imports/stamp.sh imports "$$release InferenceObjective and InferenceModelRewrite CRDs"
	crds=$$(go run ./cmd/crdpath EnvoyFilter DestinationRule) && \
	release=$$(go run ./cmd/crdpath -release EnvoyFilter) && \
	first=1 && for crd in $$crds; do \
	  [ -n "$$first" ] || echo '---'; first=; \
	  cat "$$crd" || exit 1; \
	done > $(ISTIO_FILE) && \
	npx cdk8s import --no-check-upgrade --no-save $(ISTIO_FILE) && \
	tools/imports/stamp.sh imports "$$release EnvoyFilter and DestinationRule CRDs"
	for kind in PodMonitor ScaledObject EnvoyExtensionPolicy AgentgatewayPolicy; do \
	  crd=$$(go run ./cmd/crdpath $$kind) && release=$$(go run ./cmd/crdpath -release $$kind) && \
	  npx cdk8s import --no-check-upgrade --no-save "$$crd" && \
	  tools/imports/stamp.sh imports "$$release $$kind CRD" || exit 1; \
	done

clean:
	rm -rf bin .gen node_modules .cache
