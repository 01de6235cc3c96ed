package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	gwapi "github.com/ai-gateway/ai-gateway/imports/gatewaynetworkingk8sio"
)

// addGRPCRoute emits the route of a gRPC model (Triton, KServe v2):
// matches by service and method, weighted versions, optional mirror.
func (r *ModelRoute) addGRPCRoute(scope constructs.Construct, id string) {
	parent := r.props.Gateway.parentRef(r.listener())
	gwapi.NewGrpcRoute(scope, jsii.String(id), &gwapi.GrpcRouteProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(r.Name), Labels: modelLabels(r.Name)},
		Spec: &gwapi.GrpcRouteSpec{
			Hostnames: stringsOrNil(r.props.Hostnames),
			ParentRefs: &[]*gwapi.GrpcRouteSpecParentRefs{{
				Group: parent.Group, Kind: parent.Kind, Name: parent.Name, SectionName: parent.SectionName,
			}},
			Rules: &[]*gwapi.GrpcRouteSpecRules{r.grpcRule()},
		},
	})
}

func (r *ModelRoute) grpcRule() *gwapi.GrpcRouteSpecRules {
	p := r.props
	matches := make([]*gwapi.GrpcRouteSpecRulesMatches, len(p.Matches))
	for i, m := range p.Matches {
		match := &gwapi.GrpcRouteSpecRulesMatches{}
		if m.GRPCService != "" || m.GRPCMethod != "" {
			match.Method = &gwapi.GrpcRouteSpecRulesMatchesMethod{
				Type:    gwapi.GrpcRouteSpecRulesMatchesMethodType_EXACT,
				Service: optional(m.GRPCService),
				Method:  optional(m.GRPCMethod),
			}
		}
		if m.Header != nil {
			match.Headers = &[]*gwapi.GrpcRouteSpecRulesMatchesHeaders{{
				Type:  gwapi.GrpcRouteSpecRulesMatchesHeadersType_EXACT,
				Name:  jsii.String(m.Header.Name),
				Value: jsii.String(m.Header.Value),
			}}
		}
		matches[i] = match
	}
	backends := make([]*gwapi.GrpcRouteSpecRulesBackendRefs, len(p.Versions))
	for i, v := range p.Versions {
		backends[i] = &gwapi.GrpcRouteSpecRulesBackendRefs{
			Group:     jsii.String(""),
			Kind:      jsii.String("Service"),
			Name:      jsii.String(v.Service.Name),
			Namespace: r.foreignNamespace(v.Service),
			Port:      jsii.Number(v.Service.Port),
			Weight:    jsii.Number(*v.Weight),
		}
	}
	rule := &gwapi.GrpcRouteSpecRules{Matches: &matches, BackendRefs: &backends}
	if m := p.Mirror; m != nil {
		rule.Filters = &[]*gwapi.GrpcRouteSpecRulesFilters{{
			Type: gwapi.GrpcRouteSpecRulesFiltersType_REQUEST_MIRROR,
			RequestMirror: &gwapi.GrpcRouteSpecRulesFiltersRequestMirror{
				BackendRef: &gwapi.GrpcRouteSpecRulesFiltersRequestMirrorBackendRef{
					Group:     jsii.String(""),
					Kind:      jsii.String("Service"),
					Name:      jsii.String(m.Service.Name),
					Namespace: r.foreignNamespace(m.Service),
					Port:      jsii.Number(m.Service.Port),
				},
				Percent: jsii.Number(m.Percent),
			},
		}}
	}
	return rule
}
