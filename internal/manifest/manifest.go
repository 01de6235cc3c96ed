// Package manifest reads synthesized Kubernetes YAML back into the Go types
// of the APIs it targets, strictly: a field the API does not know is an error.
// The topology picture reads objects through it, and tests use it to prove
// that every object we emit is one the API accepts.
package manifest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	gwv1 "sigs.k8s.io/gateway-api/apis/v1"
	"sigs.k8s.io/yaml"
)

// Object is one manifest: its source, its type and its raw JSON.
type Object struct {
	// Source names the file and document the object came from.
	Source string
	// GVK is the object's apiVersion and kind.
	GVK schema.GroupVersionKind
	// Name and Namespace identify the object.
	Name, Namespace string
	// JSON is the object as JSON.
	JSON []byte
}

// InferencePool is an inference.networking.k8s.io/v1 InferencePool, field for
// field as its v1.6.0 CRD declares the spec. The Inference Extension's own Go
// module is not served here; strict decoding into this type still catches
// fields the API does not have.
type InferencePool struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              InferencePoolSpec `json:"spec"`
}

// InferencePoolSpec is the spec of an InferencePool.
type InferencePoolSpec struct {
	Selector struct {
		MatchLabels map[string]string `json:"matchLabels"`
	} `json:"selector"`
	TargetPorts []struct {
		Number int32 `json:"number"`
	} `json:"targetPorts"`
	AppProtocol       string `json:"appProtocol,omitempty"`
	EndpointPickerRef *struct {
		Group       *string     `json:"group,omitempty"`
		Kind        string      `json:"kind,omitempty"`
		Name        string      `json:"name"`
		FailureMode string      `json:"failureMode,omitempty"`
		Port        *PickerPort `json:"port,omitempty"`
	} `json:"endpointPickerRef,omitempty"`
}

// PickerPort is the port of an InferencePool's endpoint picker Service.
type PickerPort struct {
	Number int32 `json:"number"`
}

// PoolRef names the InferencePool of an llm-d.ai object.
type PoolRef struct {
	Group string `json:"group,omitempty"`
	Kind  string `json:"kind,omitempty"`
	Name  string `json:"name"`
}

// InferenceObjective is an llm-d.ai/v1alpha2 InferenceObjective (llm-d-router
// v0.10.0), field for field as its CRD declares the spec.
type InferenceObjective struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              struct {
		PoolRef  PoolRef `json:"poolRef"`
		Priority *int32  `json:"priority,omitempty"`
	} `json:"spec"`
}

// InferenceModelRewrite is an llm-d.ai/v1alpha2 InferenceModelRewrite
// (llm-d-router v0.10.0), field for field as its CRD declares the spec.
type InferenceModelRewrite struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              struct {
		PoolRef PoolRef `json:"poolRef"`
		Rules   []struct {
			Matches []struct {
				Model struct {
					Type  string `json:"type,omitempty"`
					Value string `json:"value"`
				} `json:"model"`
			} `json:"matches,omitempty"`
			Targets []struct {
				ModelRewrite string `json:"modelRewrite"`
				Weight       *int32 `json:"weight,omitempty"`
			} `json:"targets,omitempty"`
		} `json:"rules"`
	} `json:"spec"`
}

// ScaledObject is a keda.sh/v1alpha1 ScaledObject (KEDA v2.21.0), the
// fields of its CRD the app writes and the tests read; strict decoding fails
// on any other. (KEDA's own Go types come with KEDA's controllers.)
type ScaledObject struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              ScaledObjectSpec `json:"spec"`
}

// ScaledObjectSpec is the spec of a ScaledObject.
type ScaledObjectSpec struct {
	ScaleTargetRef struct {
		APIVersion string `json:"apiVersion,omitempty"`
		Kind       string `json:"kind,omitempty"`
		Name       string `json:"name"`
	} `json:"scaleTargetRef"`
	PollingInterval *int32 `json:"pollingInterval,omitempty"`
	CooldownPeriod  *int32 `json:"cooldownPeriod,omitempty"`
	MinReplicaCount *int32 `json:"minReplicaCount,omitempty"`
	MaxReplicaCount *int32 `json:"maxReplicaCount,omitempty"`
	Fallback        *struct {
		FailureThreshold int32  `json:"failureThreshold"`
		Replicas         int32  `json:"replicas"`
		Behavior         string `json:"behavior,omitempty"`
	} `json:"fallback,omitempty"`
	Advanced *struct {
		HorizontalPodAutoscalerConfig *struct {
			Name     string                                         `json:"name,omitempty"`
			Behavior *autoscalingv2.HorizontalPodAutoscalerBehavior `json:"behavior,omitempty"`
		} `json:"horizontalPodAutoscalerConfig,omitempty"`
	} `json:"advanced,omitempty"`
	Triggers []struct {
		Type       string            `json:"type"`
		Name       string            `json:"name,omitempty"`
		MetricType string            `json:"metricType,omitempty"`
		Metadata   map[string]string `json:"metadata"`
	} `json:"triggers"`
}

// Kinds of the custom resources of the Inference Extension and llm-d-router.
var (
	inferencePoolGVK         = schema.GroupVersionKind{Group: "inference.networking.k8s.io", Version: "v1", Kind: "InferencePool"}
	inferenceObjectiveGVK    = schema.GroupVersionKind{Group: "llm-d.ai", Version: "v1alpha2", Kind: "InferenceObjective"}
	inferenceModelRewriteGVK = schema.GroupVersionKind{Group: "llm-d.ai", Version: "v1alpha2", Kind: "InferenceModelRewrite"}
	scaledObjectGVK          = schema.GroupVersionKind{Group: "keda.sh", Version: "v1alpha1", Kind: "ScaledObject"}
)

// Kinds that set the model header from the body, one implementation's each.
// Their Go types come only with their controllers' modules, so they decode
// into maps here; the tests validate them against their CRDs (crdcheck),
// which refuses unknown fields.
var bodyModelKinds = []schema.GroupVersionKind{
	{Group: "agentgateway.dev", Version: "v1alpha1", Kind: "AgentgatewayPolicy"},
	{Group: "networking.istio.io", Version: "v1alpha3", Kind: "EnvoyFilter"},
	{Group: "networking.istio.io", Version: "v1", Kind: "DestinationRule"},
	{Group: "gateway.envoyproxy.io", Version: "v1alpha1", Kind: "EnvoyExtensionPolicy"},
}

func init() {
	for _, gvk := range bodyModelKinds {
		newObject[gvk] = func() any { return &map[string]any{} }
	}
}

// newObject returns an empty Go object of the type that serves gvk.
var newObject = map[schema.GroupVersionKind]func() any{
	corev1.SchemeGroupVersion.WithKind("Namespace"):                      func() any { return &corev1.Namespace{} },
	corev1.SchemeGroupVersion.WithKind("ServiceAccount"):                 func() any { return &corev1.ServiceAccount{} },
	corev1.SchemeGroupVersion.WithKind("Service"):                        func() any { return &corev1.Service{} },
	corev1.SchemeGroupVersion.WithKind("ConfigMap"):                      func() any { return &corev1.ConfigMap{} },
	rbacv1.SchemeGroupVersion.WithKind("Role"):                           func() any { return &rbacv1.Role{} },
	rbacv1.SchemeGroupVersion.WithKind("RoleBinding"):                    func() any { return &rbacv1.RoleBinding{} },
	corev1.SchemeGroupVersion.WithKind("PersistentVolumeClaim"):          func() any { return &corev1.PersistentVolumeClaim{} },
	appsv1.SchemeGroupVersion.WithKind("Deployment"):                     func() any { return &appsv1.Deployment{} },
	autoscalingv2.SchemeGroupVersion.WithKind("HorizontalPodAutoscaler"): func() any { return &autoscalingv2.HorizontalPodAutoscaler{} },
	policyv1.SchemeGroupVersion.WithKind("PodDisruptionBudget"):          func() any { return &policyv1.PodDisruptionBudget{} },
	networkingv1.SchemeGroupVersion.WithKind("NetworkPolicy"):            func() any { return &networkingv1.NetworkPolicy{} },
	gwv1.SchemeGroupVersion.WithKind("Gateway"):                          func() any { return &gwv1.Gateway{} },
	gwv1.SchemeGroupVersion.WithKind("HTTPRoute"):                        func() any { return &gwv1.HTTPRoute{} },
	gwv1.SchemeGroupVersion.WithKind("GRPCRoute"):                        func() any { return &gwv1.GRPCRoute{} },
	gwv1.SchemeGroupVersion.WithKind("ReferenceGrant"):                   func() any { return &gwv1.ReferenceGrant{} },
	inferencePoolGVK:         func() any { return &InferencePool{} },
	inferenceObjectiveGVK:    func() any { return &InferenceObjective{} },
	inferenceModelRewriteGVK: func() any { return &InferenceModelRewrite{} },
	scaledObjectGVK:          func() any { return &ScaledObject{} },
	monitoringv1.SchemeGroupVersion.WithKind("PodMonitor"): func() any { return &monitoringv1.PodMonitor{} },
}

var documentSeparator = regexp.MustCompile(`(?m)^---\s*$`)

// SplitDocuments splits a multi-document YAML stream at its "---" lines.
func SplitDocuments(data []byte) []string {
	return documentSeparator.Split(string(data), -1)
}

// Parse splits a multi-document YAML stream into objects.
func Parse(source string, data []byte) ([]Object, error) {
	var objects []Object
	for i, doc := range SplitDocuments(data) {
		if len(bytes.TrimSpace([]byte(doc))) == 0 {
			continue
		}
		src := fmt.Sprintf("%s#%d", source, i)
		raw, err := yaml.YAMLToJSON([]byte(doc))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src, err)
		}
		o, err := fromJSON(src, raw)
		if err != nil {
			return nil, err
		}
		objects = append(objects, o)
	}
	return objects, nil
}

// FromValue wraps an object held as JSON values (as cdk8s resolves it).
func FromValue(source string, value map[string]any) (Object, error) {
	raw, err := json.Marshal(value)
	if err != nil {
		return Object{}, fmt.Errorf("%s: %w", source, err)
	}
	return fromJSON(source, raw)
}

// fromJSON reads the identity of one object given as JSON.
func fromJSON(source string, raw []byte) (Object, error) {
	var head struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
		Metadata   struct {
			Name      string `json:"name"`
			Namespace string `json:"namespace"`
		} `json:"metadata"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return Object{}, fmt.Errorf("%s: %w", source, err)
	}
	return Object{
		Source:    source,
		GVK:       schema.FromAPIVersionAndKind(head.APIVersion, head.Kind),
		Name:      head.Metadata.Name,
		Namespace: head.Metadata.Namespace,
		JSON:      raw,
	}, nil
}

// ReadFiles parses every file that matches glob, in lexical order: the order
// in which `kubectl apply -f DIR` applies a folder's files.
func ReadFiles(glob string) ([]Object, error) {
	files, err := filepath.Glob(glob)
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var objects []Object
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		parsed, err := Parse(f, data)
		if err != nil {
			return nil, err
		}
		objects = append(objects, parsed...)
	}
	return objects, nil
}

// DecodeStrict decodes o into the Go type of its API (k8s.io/api,
// sigs.k8s.io/gateway-api apis/v1, or InferencePool) and fails on fields that
// type does not have.
func (o Object) DecodeStrict() (any, error) {
	build, ok := newObject[o.GVK]
	if !ok {
		return nil, fmt.Errorf("%s: %s is not a kind we emit", o.Source, o.GVK)
	}
	into := build()
	dec := json.NewDecoder(bytes.NewReader(o.JSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(into); err != nil {
		return nil, fmt.Errorf("%s: %s %s: %w", o.Source, o.GVK.Kind, o.Name, err)
	}
	return into, nil
}
