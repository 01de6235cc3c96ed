// Package implementations says which Gateway API features each gateway
// implementation is proven to support: the conformance reports that the
// Gateway API project publishes (Go module sigs.k8s.io/gateway-api/conformance,
// folder reports/), and, for InferencePool backends, the Inference
// Extension's conformance reports. The table in table.go is generated from
// them by `go generate ./implementations`; the reports are not copied here.
package implementations

//go:generate go run ./internal/gen
//go:generate go run ./internal/readme

import (
	"fmt"
	"slices"
	"strings"
)

// Feature is a conformance feature name, as the reports spell it.
type Feature string

// The features the app emits beyond the core of HTTPRoute (path and header
// matches, weighted backends, hostnames, ReferenceGrants), which every
// conformant implementation supports.
const (
	// GRPCRoute is the core of the GATEWAY-GRPC profile.
	GRPCRoute Feature = "GRPCRoute"
	// SchemeRedirect is the HTTP-to-HTTPS redirect of a gateway with TLS.
	SchemeRedirect Feature = "HTTPRouteSchemeRedirect"
	// PathRewrite is a route's rewritePathPrefix.
	PathRewrite Feature = "HTTPRoutePathRewrite"
	// RequestMirror is a route's mirror.
	RequestMirror Feature = "HTTPRouteRequestMirror"
	// PercentageMirror is a mirror's percent.
	PercentageMirror Feature = "HTTPRouteRequestPercentageMirror"
	// RequestTimeout is timeouts.request.
	RequestTimeout Feature = "HTTPRouteRequestTimeout"
	// BackendTimeout is timeouts.backendRequest.
	BackendTimeout Feature = "HTTPRouteBackendTimeout"
	// RetryCodes is retry.codes (named HTTPRouteRetry before Gateway API v1.7).
	RetryCodes Feature = "HTTPRouteRetryCodes"
	// RetryConnectionError is retrying refused connections, which any
	// retry with attempts above 0 asks for.
	RetryConnectionError Feature = "HTTPRouteRetryConnectionError"
	// ListenerIsolation keeps requests for one listener's hostname off the
	// routes of another listener on the same port whose hostname also matches.
	ListenerIsolation Feature = "GatewayHTTPListenerIsolation"
	// InferencePool is routing to InferencePools (the Inference Extension).
	InferencePool Feature = "InferencePool"
	// BackendHeaderModification sets a request header per backend: the
	// objective each version's pool knows the request by.
	BackendHeaderModification Feature = "HTTPRouteBackendRequestHeaderModification"
)

// Implementation is what one conformance report proves of one version.
type Implementation struct {
	// Name by which the config names it, e.g. traefik.
	Name string
	// Organization and Project as the report gives them.
	Organization, Project string
	// Version of the implementation the report is about, e.g. v3.7.10.
	Version string
	// Mode of the report (most are "default").
	Mode string
	// ReportFolder is the Gateway API release folder of the report, e.g. v1.6.
	ReportFolder string
	// Report is the report's path in the conformance module.
	Report string
	// Features are the features it passed, sorted.
	Features []Feature
	// InferencePoolReport cites the Inference Extension conformance report
	// behind InferencePool support; empty without one.
	InferencePoolReport string
}

// Supports reports whether the implementation passed f or, for
// ModelFromBody, has a mechanism in BodyModel.
func (i Implementation) Supports(f Feature) bool {
	if f == ModelFromBody {
		_, ok := BodyModel[i.Name]
		return ok
	}
	_, found := slices.BinarySearch(i.Features, f)
	return found
}

// String names the implementation and version: "traefik v3.7.10".
func (i Implementation) String() string { return i.Name + " " + i.Version }

// Refusal is the reason an implementation cannot honour f, for an error
// message: "traefik v3.7.10 does not pass HTTPRouteRequestMirror (Gateway API
// conformance report v1.6)".
func (i Implementation) Refusal(f Feature) string {
	if f == InferencePool {
		return fmt.Sprintf("%s does not route to InferencePools (no Gateway API Inference Extension conformance report)", i)
	}
	if f == ModelFromBody {
		return i.bodyModelRefusal()
	}
	return fmt.Sprintf("%s does not pass %s (Gateway API conformance report %s)", i, f, i.ReportFolder)
}

// aliases are other names users give implementations.
var aliases = map[string]string{"gke": "gke-gateway"}

// Lookup finds the report of the named implementation for a version as
// users write it: "1.31", "1.31.0", "v1.31.0" and "v3.7" alike (a leading v
// is optional). The version matches, in this order of preference:
//   - a report of exactly that version ("3.7.10" or "1.31.0" of report 1.31);
//   - the report of a release series it belongs to (1.31.2 of report 1.31);
//   - the newest report it is a prefix of, by whole parts (v3.7 of v3.7.10);
//   - the newest report of the same minor release (v3.7.13 of v3.7.10):
//     patch releases keep the features of their minor release.
//
// An empty version is the newest report.
func Lookup(name, version string) (Implementation, error) {
	if alias, ok := aliases[name]; ok {
		name = alias
	}
	var versions []Implementation
	for _, i := range table {
		if i.Name == name {
			versions = append(versions, i)
		}
	}
	if len(versions) == 0 {
		return Implementation{}, &LookupError{Msg: fmt.Sprintf("is not an implementation with a Gateway API conformance report (known: %s)", strings.Join(Names(), ", "))}
	}
	if version == "" {
		return versions[0], nil // newest first
	}
	want := versionParts(version)
	for _, match := range []func(have []string) bool{
		func(have []string) bool { return slices.Equal(trimZeros(have), trimZeros(want)) },
		func(have []string) bool { return len(have) < len(want) && slices.Equal(have, want[:len(have)]) },
		func(have []string) bool { return len(want) < len(have) && slices.Equal(want, have[:len(want)]) },
		func(have []string) bool { return len(have) >= 2 && len(want) >= 2 && slices.Equal(have[:2], want[:2]) },
	} {
		for _, i := range versions {
			if match(versionParts(i.Version)) {
				return i, nil
			}
		}
	}
	known := make([]string, len(versions))
	for k, i := range versions {
		known[k] = i.Version
	}
	return Implementation{}, &LookupError{Version: true, Msg: fmt.Sprintf(
		"has no conformance report of %s (reported: %s; a report covers the patch releases of its minor release)",
		name, strings.Join(known, ", "))}
}

// versionParts splits a version at its dots, without a leading v: "v1.31.0"
// gives 1, 31, 0.
func versionParts(version string) []string {
	return strings.Split(strings.TrimPrefix(version, "v"), ".")
}

// trimZeros drops trailing zero parts past the minor version: 1.31.0 is 1.31.
func trimZeros(parts []string) []string {
	for len(parts) > 2 && parts[len(parts)-1] == "0" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

// LookupError says why Lookup found no report: no implementation of that
// name, or none of that version.
type LookupError struct {
	// Version is true when the name is known and the version is not.
	Version bool
	// Msg completes a sentence about the name or the version.
	Msg string
}

func (e *LookupError) Error() string { return e.Msg }

// Names lists the implementations of the table, sorted.
func Names() []string {
	var names []string
	for _, i := range table {
		if !slices.Contains(names, i.Name) {
			names = append(names, i.Name)
		}
	}
	slices.Sort(names)
	return names
}

// All returns the newest report of every implementation, sorted by name.
func All() []Implementation {
	var out []Implementation
	for _, name := range Names() {
		i, _ := Lookup(name, "")
		out = append(out, i)
	}
	return out
}

// Use is one thing the app can write and the features it needs.
type Use struct {
	// Short names the use in the matrix's header.
	Short string
	// Key is the config key (and value) that asks for it.
	Key string
	// Features it needs, all of them.
	Features []Feature
}

// Uses lists what the app writes beyond the core of HTTPRoute, in the order
// of the README's matrix.
var Uses = []Use{
	{"gRPC", "`models[].protocol: grpc`", []Feature{GRPCRoute}},
	{"redirect", "`gateway.tls` (HTTP → HTTPS 301)", []Feature{SchemeRedirect}},
	{"isolation", "`gateway.grpcHostname` overlapping `gateway.hostname`", []Feature{ListenerIsolation}},
	{"rewrite", "`models[].rewritePathPrefix`", []Feature{PathRewrite}},
	{"mirror", "`models[].mirror`", []Feature{RequestMirror, PercentageMirror}},
	{"timeout", "`models[].timeouts.request` (default 300s)", []Feature{RequestTimeout}},
	{"backend timeout", "`models[].timeouts.backendRequest` (default: the request timeout)", []Feature{BackendTimeout}},
	{"retry", "`models[].retry` (default: 503 and refused connections, once)", []Feature{RetryCodes, RetryConnectionError}},
	{"InferencePool", "`models[].backend: inferencePool`", []Feature{InferencePool}},
	{"objectives × versions", "`models[].objectives` on a pool model of two versions or more", []Feature{InferencePool, BackendHeaderModification}},
	{"model from body", "`gateway.modelFrom: body`", []Feature{ModelFromBody}},
	{"model from path", "`gateway.modelFrom: path`", []Feature{PathRewrite}},
}

// SupportsUse reports whether the implementation passes every feature of u.
func (i Implementation) SupportsUse(u Use) bool {
	for _, f := range u.Features {
		if !i.Supports(f) {
			return false
		}
	}
	return true
}

// Matrix renders the README's table of implementations × uses, from the
// newest report of each implementation.
func Matrix() string {
	var b strings.Builder
	b.WriteString("| implementation | version | HTTPRoute |")
	for _, u := range Uses {
		b.WriteString(" " + u.Short + " |")
	}
	b.WriteString("\n| --- | --- | :-: |" + strings.Repeat(" :-: |", len(Uses)) + "\n")
	mark := func(ok bool) string {
		if ok {
			return " ✓ |"
		}
		return " – |"
	}
	for _, i := range All() {
		fmt.Fprintf(&b, "| `%s` | %s |%s", i.Name, i.Version, mark(i.Supports("HTTPRoute")))
		for _, u := range Uses {
			b.WriteString(mark(i.SupportsUse(u)))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// The README's matrix sits between these markers.
const (
	matrixBegin = "<!-- implementations matrix: go generate ./implementations -->\n"
	matrixEnd   = "<!-- end of implementations matrix -->\n"
)

// ReplaceMatrix returns readme with the text between the matrix markers
// replaced by Matrix().
func ReplaceMatrix(readme []byte) ([]byte, error) {
	text := string(readme)
	begin := strings.Index(text, matrixBegin)
	end := strings.Index(text, matrixEnd)
	if begin < 0 || end < begin {
		return nil, fmt.Errorf("the README has no implementations matrix markers")
	}
	return []byte(text[:begin+len(matrixBegin)] + Matrix() + text[end:]), nil
}
