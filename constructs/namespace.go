package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"

	"github.com/ai-gateway/ai-gateway/field"
)

// PodSecurityLevel is a Pod Security Standard that the namespace enforces.
type PodSecurityLevel string

// Pod Security Standards, from most to least strict.
const (
	PodSecurityRestricted PodSecurityLevel = "restricted"
	PodSecurityBaseline   PodSecurityLevel = "baseline"
	PodSecurityPrivileged PodSecurityLevel = "privileged"
)

// NamespaceProps describes the namespace the platform lives in.
type NamespaceProps struct {
	// Name of the namespace. Required; a DNS label.
	Name string
	// PodSecurity is the Pod Security Standard enforced on the namespace's pods
	// (label pod-security.kubernetes.io/enforce). Default: restricted.
	PodSecurity PodSecurityLevel
}

// Namespace is the namespace that holds the gateway and model routes, with
// Pod Security Admission enforcing a standard on every pod created in it.
type Namespace struct {
	// Name of the namespace.
	Name        string
	podSecurity PodSecurityLevel
}

// NewNamespace validates props and adds a Namespace object to scope.
// Errors name the offending prop by its config key.
func NewNamespace(scope constructs.Construct, id string, props NamespaceProps) (*Namespace, error) {
	ns, err := PlanNamespace(props)
	return added(scope, id, ns, err)
}

// PlanNamespace applies defaults to props and validates them, without
// touching a chart.
func PlanNamespace(props NamespaceProps) (*Namespace, error) {
	if props.PodSecurity == "" {
		props.PodSecurity = PodSecurityRestricted
	}
	if err := props.validate(); err != nil {
		return nil, err
	}
	return &Namespace{Name: props.Name, podSecurity: props.PodSecurity}, nil
}

// Add adds the planned Namespace object to scope.
func (ns *Namespace) Add(scope constructs.Construct, id string) {
	level := string(ns.podSecurity)
	k8s.NewKubeNamespace(scope, jsii.String(id), &k8s.KubeNamespaceProps{
		Metadata: &k8s.ObjectMeta{
			Name: jsii.String(ns.Name),
			Labels: &map[string]*string{
				"pod-security.kubernetes.io/enforce": jsii.String(level),
				"pod-security.kubernetes.io/audit":   jsii.String(level),
				"pod-security.kubernetes.io/warn":    jsii.String(level),
			},
		},
	})
}

// Objects is the Namespace object.
func (ns *Namespace) Objects() []ObjectID { return []ObjectID{{"Namespace", "", ns.Name}} }

// reservedNamespaces hold Kubernetes' own workloads, which need privileges.
var reservedNamespaces = map[string]bool{"kube-system": true, "kube-public": true, "kube-node-lease": true}

func (p NamespaceProps) validate() error {
	var errs field.List
	errs.Add(checkDNSLabel("name", p.Name))
	if reservedNamespaces[p.Name] {
		errs.Add(field.Invalid("name", p.Name, "is reserved for Kubernetes itself: labelling it to enforce a Pod Security Standard would keep its privileged pods (kube-proxy, DNS, CNI) from being recreated; use a namespace of your own"))
	}
	switch p.PodSecurity {
	case PodSecurityRestricted, PodSecurityBaseline, PodSecurityPrivileged:
	default:
		errs.Add(field.Invalid("podSecurity", string(p.PodSecurity), "must be one of restricted, baseline, privileged"))
	}
	return errs.Err()
}
