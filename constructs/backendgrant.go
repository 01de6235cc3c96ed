package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	gwapi "github.com/ai-gateway/ai-gateway/imports/gatewaynetworkingk8sio"
)

// BackendGrantProps describes the Services of one namespace that a route
// (an HTTPRoute or a GRPCRoute) in another namespace may send requests to.
type BackendGrantProps struct {
	// Namespace that holds the Services, where the grant is created. Required.
	Namespace string
	// RouteNamespace is the namespace of the route granted access. Required.
	RouteNamespace string
	// RouteName names the route; the grant is called "<routeNamespace>-<routeName>".
	RouteName string
	// RouteKind is HTTPRoute or GRPCRoute. Default: HTTPRoute.
	RouteKind string
	// Services the route may use, by name. Required: a grant without names
	// would open every Service of the namespace to every route of RouteNamespace.
	Services []string
}

// NewBackendGrant adds a ReferenceGrant to scope that lets routes of RouteKind
// in RouteNamespace reference exactly the named Services of Namespace.
func NewBackendGrant(scope constructs.Construct, id string, props BackendGrantProps) {
	to := make([]*gwapi.ReferenceGrantSpecTo, len(props.Services))
	for i, name := range props.Services {
		to[i] = &gwapi.ReferenceGrantSpecTo{Group: jsii.String(""), Kind: jsii.String("Service"), Name: jsii.String(name)}
	}
	gwapi.NewReferenceGrant(scope, jsii.String(id), &gwapi.ReferenceGrantProps{
		Metadata: &cdk8s.ApiObjectMetadata{
			Name:      jsii.String(grantName(props)),
			Labels:    modelLabels(props.RouteName),
			Namespace: jsii.String(props.Namespace),
		},
		Spec: &gwapi.ReferenceGrantSpec{
			From: &[]*gwapi.ReferenceGrantSpecFrom{{
				Group:     jsii.String(gatewayGroup),
				Kind:      jsii.String(orDefault(props.RouteKind, "HTTPRoute")),
				Namespace: jsii.String(props.RouteNamespace),
			}},
			To: &to,
		},
	})
}

// grantName names a grant after the route it admits.
func grantName(p BackendGrantProps) string { return p.RouteNamespace + "-" + p.RouteName }
