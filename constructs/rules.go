package constructs

import (
	"fmt"
	"maps"
	"net"
	"regexp"
	"slices"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/validation"

	"github.com/ai-gateway/ai-gateway/field"
)

// The rules below are the ones the Gateway API CRDs (v1.7.0) and Kubernetes
// enforce on fields our props fill, in one place. Checking them here turns a
// rejected `kubectl apply` into an error that names the config field.
// Kubernetes' own rules (object names, label keys and values, environment
// variable names, quantities) come from k8s.io/apimachinery, the code the
// API server runs; the Gateway API's are its CRDs' patterns and CEL rules,
// which apimachinery does not have.

var (
	// HTTPHeaderName of the Gateway API: an RFC 7230 token, wider than
	// apimachinery's IsHTTPHeaderName (letters, digits and '-').
	headerNamePattern = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+\\-.^_`|~]+$")
	// Characters an HTTPRoute PathPrefix match may hold.
	pathPattern = regexp.MustCompile(`^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$`)
	// The parts of an image reference (the OCI distribution grammar).
	imageRepoPattern   = regexp.MustCompile(`^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*$`)
	imageTagPattern    = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`)
	imageDigestPattern = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)
	// A model name as clients send it in the body's "model" field and in a
	// header that names the model: a Hugging Face id, a served name, an
	// adapter's name.
	modelNamePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._/:-]*$`)
)

// Limits of the Gateway API CRDs.
const (
	maxHostnames   = 16
	maxMatches     = 64
	maxRules       = 16
	maxBackends    = 16
	maxWeight      = 1_000_000
	maxHeaderValue = 4096
	maxHeaderName  = 256
	maxPathLength  = 1024
	// maxModelName is ours: a Kubernetes name's length, ample for model ids.
	maxModelName = 253
)

// checkDNSLabel applies the rule of namespace, route and listener names.
func checkDNSLabel(path field.Path, value string) *field.Error {
	return checkName(path, value, validation.IsDNS1123Label,
		"must be a DNS label: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit")
}

// checkDNSSubdomain applies the rule of most object names: Gateways,
// Secrets, GatewayClasses, StorageClasses.
func checkDNSSubdomain(path field.Path, value string) *field.Error {
	return checkName(path, value, validation.IsDNS1123Subdomain,
		"must be a DNS subdomain: lowercase letters, digits, '-' and '.', at most 253 characters")
}

// checkServiceName applies the rule of Service names (DNS-1035: a letter first).
func checkServiceName(path field.Path, value string) *field.Error {
	return checkName(path, value, validation.IsDNS1035Label,
		"must be a Service name: at most 63 lowercase letters, digits and '-', starting with a letter")
}

// checkName reports value as required when empty, and with rule when
// apimachinery's check finds anything wrong with it.
func checkName(path field.Path, value string, check func(string) []string, rule string) *field.Error {
	if value == "" {
		return field.Required(path, "")
	}
	if len(check(value)) > 0 {
		return field.Invalid(path, value, rule)
	}
	return nil
}

func checkPort(path field.Path, port int) *field.Error {
	if len(validation.IsValidPortNum(port)) > 0 {
		return field.Invalid(path, port, "must be a port between 1 and 65535")
	}
	return nil
}

// checkHostname applies the Gateway API Hostname rules: RFC 1123, an optional
// leading "*." wildcard, no IP address. (The CRD's pattern is apimachinery's
// DNS subdomain, with or without the wildcard.)
func checkHostname(path field.Path, host string) *field.Error {
	if host == "" {
		return field.Required(path, "")
	}
	if net.ParseIP(host) != nil {
		return field.Invalid(path, host, "is an IP address; the Gateway API accepts only DNS names")
	}
	check := validation.IsDNS1123Subdomain
	if strings.HasPrefix(host, "*.") {
		check = validation.IsWildcardDNS1123Subdomain
	}
	if len(check(host)) > 0 {
		return field.Invalid(path, host, "must be a lowercase RFC 1123 hostname, optionally starting with \"*.\"")
	}
	return nil
}

// HostnamesIntersect reports whether some request's host matches both a and
// b, each a Gateway API hostname ("" for every hostname, "*.example.com"
// for the names below example.com). Two routes whose hostnames intersect
// compete for the same requests.
func HostnamesIntersect(a, b string) bool {
	return a == "" || b == "" || hostnameWithin(a, b) || hostnameWithin(b, a)
}

// hostnameWithin reports whether a route hostname can attach to a listener
// hostname ("" accepts every hostname), following the Gateway API's
// intersection rules for wildcards.
func hostnameWithin(route, listener string) bool {
	if listener == "" || route == listener {
		return true
	}
	if suffix, ok := strings.CutPrefix(listener, "*"); ok && strings.HasSuffix(route, suffix) {
		return true
	}
	if suffix, ok := strings.CutPrefix(route, "*"); ok && strings.HasSuffix(listener, suffix) {
		return true
	}
	return false
}

// checkPathPrefix applies the CEL rules of HTTPRoute path matches.
func checkPathPrefix(path field.Path, value string) *field.Error {
	switch {
	case !strings.HasPrefix(value, "/"):
		return field.Invalid(path, value, "must be an absolute path and start with '/'")
	case len(value) > maxPathLength:
		return field.Invalid(path, value, fmt.Sprintf("must be at most %d characters", maxPathLength))
	case !pathPattern.MatchString(value):
		return field.Invalid(path, value, "must only contain valid URL path characters")
	}
	for _, bad := range []string{"//", "/./", "/../", "%2f", "%2F", "#"} {
		if strings.Contains(value, bad) {
			return field.Invalid(path, value, fmt.Sprintf("must not contain '%s'", bad))
		}
	}
	for _, bad := range []string{"/..", "/."} {
		if strings.HasSuffix(value, bad) {
			return field.Invalid(path, value, fmt.Sprintf("must not end with '%s'", bad))
		}
	}
	return nil
}

// checkModelName accepts a model name clients can send both in the body and
// as a header value (the Gateway API's header values allow these and more).
func checkModelName(path field.Path, name string) *field.Error {
	switch {
	case name == "":
		return field.Required(path, "")
	case len(name) > maxModelName || !modelNamePattern.MatchString(name):
		return field.Invalid(path, name, fmt.Sprintf("must be a model name: letters, digits and . _ / : -, starting with a letter or digit, at most %d characters", maxModelName))
	}
	return nil
}

func checkHeaderName(path field.Path, name string) *field.Error {
	if name == "" {
		return field.Required(path, "")
	}
	if len(name) > maxHeaderName || !headerNamePattern.MatchString(name) {
		return field.Invalid(path, name, "must be an HTTP header name (RFC 7230 token)")
	}
	return nil
}

// checkLabels applies the rules of label keys (a qualified name with an
// optional DNS-subdomain prefix) and label values.
func checkLabels(path field.Path, labels map[string]string) field.List {
	var errs field.List
	for _, key := range slices.Sorted(maps.Keys(labels)) {
		if len(validation.IsQualifiedName(key)) > 0 {
			errs.Add(field.Invalid(path.Child(key), key, "is not a valid label key"))
		}
		if len(validation.IsValidLabelValue(labels[key])) > 0 {
			errs.Add(field.Invalid(path.Child(key), labels[key], "is not a valid label value"))
		}
	}
	return errs
}

// checkPositiveQuantity accepts a Kubernetes quantity above zero.
func checkPositiveQuantity(path field.Path, value string) *field.Error {
	if value == "" {
		return field.Required(path, "")
	}
	q, err := resource.ParseQuantity(value)
	if err != nil {
		return field.Invalid(path, value, "is not a quantity (use e.g. 500m, 4, 16Gi)")
	}
	if q.Sign() <= 0 {
		return field.Invalid(path, value, "must be above zero")
	}
	return nil
}

// checkAtLeast reports value when both are quantities and value < floor.
func checkAtLeast(path field.Path, value, floor, floorName string) *field.Error {
	v, err1 := resource.ParseQuantity(value)
	f, err2 := resource.ParseQuantity(floor)
	if err1 == nil && err2 == nil && v.Cmp(f) < 0 {
		return field.Invalid(path, value, fmt.Sprintf("is below %s %s", floorName, floor))
	}
	return nil
}

// canonical renders a valid quantity the way the API server stores it
// ("2048Mi" → "2Gi"), so re-applies show no drift.
func canonical(value string) string {
	q := resource.MustParse(value)
	return q.String()
}

// checkWholeSeconds accepts a duration of at least min in whole seconds.
func checkWholeSeconds(path field.Path, d, min time.Duration) *field.Error {
	switch {
	case d < min:
		return field.Invalid(path, d.String(), fmt.Sprintf("must be at least %s", min))
	case d%time.Second != 0:
		return field.Invalid(path, d.String(), "must be a whole number of seconds")
	}
	return nil
}

// checkImage requires a pinned image: a tag other than latest, or a digest.
func checkImage(path field.Path, image string) *field.Error {
	if image == "" {
		return field.Required(path, "")
	}
	repo, digest, hasDigest := strings.Cut(image, "@")
	tag := ""
	if i := strings.LastIndex(repo, ":"); i > strings.LastIndex(repo, "/") {
		repo, tag = repo[:i], repo[i+1:]
	}
	switch {
	case !imageRepoPattern.MatchString(repo):
		return field.Invalid(path, image, "is not an image reference (lowercase repository, then :tag or @sha256:digest)")
	case hasDigest && !imageDigestPattern.MatchString(digest):
		return field.Invalid(path, image, "has a malformed digest (want @sha256: and 64 hex digits)")
	case hasDigest:
		return nil
	case tag == "":
		return field.Invalid(path, image, "has no tag or digest; pin a version (e.g. vllm/vllm-openai:v0.31.0)")
	case !imageTagPattern.MatchString(tag):
		return field.Invalid(path, image, "has a malformed tag")
	case tag == "latest":
		return field.Invalid(path, image, "uses the tag latest, which is not a pin; name a version or a digest")
	}
	return nil
}
