package constructs

import (
	"fmt"
	"net"
	"regexp"
	"strings"
	"time"

	"github.com/ai-gateway/ai-gateway/field"
)

// The rules below are the ones the Gateway API CRDs (v1.7.0) and Kubernetes
// enforce on fields our props fill. Checking them here turns a rejected
// `kubectl apply` into an error that names the config field.

var (
	// Hostname pattern of HTTPRoute.spec.hostnames and Listener.hostname (RFC 1123, optional leading "*.").
	hostnamePattern = regexp.MustCompile(`^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
	// DNS-1123 label: namespaces, route and listener names.
	dnsLabelPattern = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)
	// DNS-1035 label: Service names.
	serviceNamePattern = regexp.MustCompile(`^[a-z]([-a-z0-9]*[a-z0-9])?$`)
	// DNS-1123 subdomain: Gateway, Secret and GatewayClass names.
	dnsSubdomainPattern = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
	// HTTPHeaderName of the Gateway API (RFC 7230 token).
	headerNamePattern = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+\\-.^_`|~]+$")
	// Characters a PathPrefix match may hold.
	pathPattern = regexp.MustCompile(`^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$`)
)

// Limits of the Gateway API CRDs.
const (
	maxHostnames     = 16
	maxMatches       = 64
	maxBackends      = 16
	maxWeight        = 1_000_000
	maxHeaderValue   = 4096
	maxHeaderName    = 256
	maxPathLength    = 1024
	maxDurationValue = 99999 // Gateway API durations allow at most 5 digits per unit.
)

func checkDNSLabel(path field.Path, value string) *field.Error {
	if value == "" {
		return field.Required(path, "")
	}
	if len(value) > 63 || !dnsLabelPattern.MatchString(value) {
		return field.Invalid(path, value, "must be a DNS label: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit")
	}
	return nil
}

func checkDNSSubdomain(path field.Path, value string) *field.Error {
	if value == "" {
		return field.Required(path, "")
	}
	if len(value) > 253 || !dnsSubdomainPattern.MatchString(value) {
		return field.Invalid(path, value, "must be a DNS subdomain: lowercase letters, digits, '-' and '.', at most 253 characters")
	}
	return nil
}

func checkServiceName(path field.Path, value string) *field.Error {
	if value == "" {
		return field.Required(path, "")
	}
	if len(value) > 63 || !serviceNamePattern.MatchString(value) {
		return field.Invalid(path, value, "must be a Service name: at most 63 lowercase letters, digits and '-', starting with a letter")
	}
	return nil
}

func checkPort(path field.Path, port int) *field.Error {
	if port < 1 || port > 65535 {
		return field.Invalid(path, port, "must be a port between 1 and 65535")
	}
	return nil
}

// checkHostname applies the Gateway API Hostname rules: RFC 1123, an optional
// leading "*." wildcard, no IP address.
func checkHostname(path field.Path, host string) *field.Error {
	if host == "" {
		return field.Required(path, "")
	}
	if net.ParseIP(host) != nil {
		return field.Invalid(path, host, "is an IP address; the Gateway API accepts only DNS names")
	}
	if len(host) > 253 || !hostnamePattern.MatchString(host) {
		return field.Invalid(path, host, "must be a lowercase RFC 1123 hostname, optionally starting with \"*.\"")
	}
	return nil
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

func checkHeaderName(path field.Path, name string) *field.Error {
	if name == "" {
		return field.Required(path, "")
	}
	if len(name) > maxHeaderName || !headerNamePattern.MatchString(name) {
		return field.Invalid(path, name, "must be an HTTP header name (RFC 7230 token)")
	}
	return nil
}

// gatewayDuration renders d in the Gateway API Duration format
// (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`): whole seconds as "300s", longer spans as
// "1h30m", sub-second parts in milliseconds.
func gatewayDuration(d time.Duration) (string, error) {
	if d < 0 {
		return "", fmt.Errorf("must not be negative")
	}
	if d%time.Millisecond != 0 {
		return "", fmt.Errorf("must be a whole number of milliseconds")
	}
	if d == 0 {
		return "0s", nil
	}
	if d%time.Second == 0 && d/time.Second <= maxDurationValue {
		return fmt.Sprintf("%ds", d/time.Second), nil
	}
	var b strings.Builder
	units := []struct {
		suffix string
		size   time.Duration
	}{{"h", time.Hour}, {"m", time.Minute}, {"s", time.Second}, {"ms", time.Millisecond}}
	for _, u := range units {
		n := d / u.size
		d -= n * u.size
		if n == 0 {
			continue
		}
		if n > maxDurationValue {
			return "", fmt.Errorf("must be shorter than %d hours", maxDurationValue+1)
		}
		fmt.Fprintf(&b, "%d%s", n, u.suffix)
	}
	return b.String(), nil
}
