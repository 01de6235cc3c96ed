package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/k8s"
)

// addServiceAccount gives the version an identity of its own, with no API token.
func (s *ModelServer) addServiceAccount(scope constructs.Construct) {
	k8s.NewKubeServiceAccount(scope, s.childID("service-account"), &k8s.KubeServiceAccountProps{
		Metadata:                     s.metadata(s.Name),
		AutomountServiceAccountToken: jsii.Bool(false),
	})
}

func (s *ModelServer) cacheClaimName() string { return s.Name + "-cache" }

func (s *ModelServer) addCacheClaim(scope constructs.Construct, claim *CacheClaim) {
	storage := map[string]k8s.Quantity{"storage": quantity(s.props.Cache.Size)}
	k8s.NewKubePersistentVolumeClaim(scope, s.childID("cache"), &k8s.KubePersistentVolumeClaimProps{
		Metadata: s.metadata(s.cacheClaimName()),
		Spec: &k8s.PersistentVolumeClaimSpec{
			AccessModes:      jsii.Strings(claim.AccessMode),
			StorageClassName: optional(claim.StorageClassName),
			Resources:        &k8s.VolumeResourceRequirements{Requests: &storage},
		},
	})
}

// addService adds the ClusterIP Service that routes send this version's requests to.
func (s *ModelServer) addService(scope constructs.Construct) {
	k8s.NewKubeService(scope, s.childID("service"), &k8s.KubeServiceProps{
		Metadata: s.metadata(s.Service.Name),
		Spec: &k8s.ServiceSpec{
			Type:     jsii.String("ClusterIP"),
			Selector: stringMap(s.selector()),
			Ports:    &[]*k8s.ServicePort{s.servicePort()},
		},
	})
}

// servicePort forwards to the serving port; gRPC is marked as cleartext
// HTTP/2 so gateways speak h2c to the pods.
func (s *ModelServer) servicePort() *k8s.ServicePort {
	port := &k8s.ServicePort{
		Name:       jsii.String(s.portName()),
		Port:       jsii.Number(s.Service.Port),
		TargetPort: intOrString(s.portName()),
		Protocol:   jsii.String("TCP"),
	}
	if s.props.Protocol == ProtocolGRPC {
		port.AppProtocol = jsii.String("kubernetes.io/h2c")
	}
	return port
}

// addAutoscaler scales the Deployment on CPU, and waits
// ScaleDownStabilization before removing replicas. (A signal in Prometheus
// is a Scaler's.)
func (s *ModelServer) addAutoscaler(scope constructs.Construct) {
	a := s.props.Autoscaling
	metric := &k8s.MetricSpecV2{
		Type: jsii.String("Resource"),
		Resource: &k8s.ResourceMetricSourceV2{
			Name:   jsii.String("cpu"),
			Target: &k8s.MetricTargetV2{Type: jsii.String("Utilization"), AverageUtilization: jsii.Number(orZero(a.CPUUtilization))},
		},
	}
	k8s.NewKubeHorizontalPodAutoscalerV2(scope, s.childID("autoscaler"), &k8s.KubeHorizontalPodAutoscalerV2Props{
		Metadata: s.metadata(s.Name),
		Spec: &k8s.HorizontalPodAutoscalerSpecV2{
			ScaleTargetRef: &k8s.CrossVersionObjectReferenceV2{
				ApiVersion: jsii.String("apps/v1"), Kind: jsii.String("Deployment"), Name: jsii.String(s.Name),
			},
			MinReplicas: jsii.Number(*a.MinReplicas),
			MaxReplicas: jsii.Number(*a.MaxReplicas),
			Metrics:     &[]*k8s.MetricSpecV2{metric},
			Behavior: &k8s.HorizontalPodAutoscalerBehaviorV2{
				ScaleDown: &k8s.HpaScalingRulesV2{StabilizationWindowSeconds: jsii.Number(seconds(*a.ScaleDownStabilization))},
			},
		},
	})
}

// addDisruptionBudget lets node drains take one replica at a time. A replica
// that never became ready may always be evicted, so a stuck rollout cannot
// block a drain.
func (s *ModelServer) addDisruptionBudget(scope constructs.Construct) {
	k8s.NewKubePodDisruptionBudget(scope, s.childID("disruption-budget"), &k8s.KubePodDisruptionBudgetProps{
		Metadata: s.metadata(s.Name),
		Spec: &k8s.PodDisruptionBudgetSpec{
			MaxUnavailable:             intOrString(1),
			Selector:                   &k8s.LabelSelector{MatchLabels: stringMap(s.selector())},
			UnhealthyPodEvictionPolicy: jsii.String("AlwaysAllow"),
		},
	})
}

// addNetworkPolicy admits traffic to the serving port from the listed peers
// only, and the monitoring's Prometheus to the metrics port; every other
// ingress to the pods is denied.
func (s *ModelServer) addNetworkPolicy(scope constructs.Construct) {
	rules := admitPeers(s.props.AllowTrafficFrom, s.port)
	if s.monitored() {
		rules = append(rules, s.props.Monitoring.scrapeRules(*s.props.MetricsPort)...)
	}
	addIngressPolicy(scope, s.childID("network-policy"), s.metadata(s.Name), s.selector(), rules)
}
