package constructs

import (
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	gwapi "github.com/ai-gateway/ai-gateway/imports/gatewaynetworkingk8sio"
	"github.com/ai-gateway/ai-gateway/internal/gwduration"
)

// addHTTPRoute emits the route of an HTTP model.
func (r *ModelRoute) addHTTPRoute(scope constructs.Construct, id string) {
	gwapi.NewHttpRoute(scope, jsii.String(id), &gwapi.HttpRouteProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(r.Name), Labels: modelLabels(r.Name)},
		Spec: &gwapi.HttpRouteSpec{
			Hostnames:  stringsOrNil(r.props.Hostnames),
			ParentRefs: &[]*gwapi.HttpRouteSpecParentRefs{r.props.Gateway.parentRef(r.listener())},
			Rules:      &[]*gwapi.HttpRouteSpecRules{r.rule()},
		},
	})
}

// rule is the route's single rule: the matches, the weighted versions, the
// optional rewrite and mirror filters, the timeouts and the retries.
func (r *ModelRoute) rule() *gwapi.HttpRouteSpecRules {
	p := r.props
	matches := make([]*gwapi.HttpRouteSpecRulesMatches, len(p.Matches))
	for i, m := range p.Matches {
		matches[i] = pathPrefixMatch(m.PathPrefix)
		if m.Header != nil {
			matches[i].Headers = &[]*gwapi.HttpRouteSpecRulesMatchesHeaders{{
				Type:  gwapi.HttpRouteSpecRulesMatchesHeadersType_EXACT,
				Name:  jsii.String(m.Header.Name),
				Value: jsii.String(m.Header.Value),
			}}
		}
	}
	backends := make([]*gwapi.HttpRouteSpecRulesBackendRefs, len(p.Versions))
	for i, v := range p.Versions {
		if v.Pool != nil {
			backends[i] = &gwapi.HttpRouteSpecRulesBackendRefs{
				Group:  jsii.String("inference.networking.k8s.io"),
				Kind:   jsii.String("InferencePool"),
				Name:   jsii.String(v.Pool.Name),
				Weight: jsii.Number(*v.Weight),
			}
			continue
		}
		backends[i] = &gwapi.HttpRouteSpecRulesBackendRefs{
			Group:     jsii.String(""),
			Kind:      jsii.String("Service"),
			Name:      jsii.String(v.Service.Name),
			Namespace: r.foreignNamespace(v.Service),
			Port:      jsii.Number(v.Service.Port),
			Weight:    jsii.Number(*v.Weight),
		}
	}
	return &gwapi.HttpRouteSpecRules{
		Matches:     &matches,
		BackendRefs: &backends,
		Filters:     r.filters(),
		Retry:       p.Retry.retry(),
		Timeouts:    p.Timeouts.timeouts(),
	}
}

// timeouts renders the timeouts that are set; nil when none is.
func (t Timeouts) timeouts() *gwapi.HttpRouteSpecRulesTimeouts {
	if t.Request == nil && t.BackendRequest == nil {
		return nil
	}
	render := func(d *time.Duration) *string {
		if d == nil {
			return nil
		}
		text, _ := gwduration.Format(*d)
		return jsii.String(text)
	}
	return &gwapi.HttpRouteSpecRulesTimeouts{Request: render(t.Request), BackendRequest: render(t.BackendRequest)}
}

func (r *ModelRoute) filters() *[]*gwapi.HttpRouteSpecRulesFilters {
	var filters []*gwapi.HttpRouteSpecRulesFilters
	if prefix := r.props.RewritePathPrefix; prefix != "" {
		filters = append(filters, &gwapi.HttpRouteSpecRulesFilters{
			Type: gwapi.HttpRouteSpecRulesFiltersType_URL_REWRITE,
			UrlRewrite: &gwapi.HttpRouteSpecRulesFiltersUrlRewrite{
				Path: &gwapi.HttpRouteSpecRulesFiltersUrlRewritePath{
					Type:               gwapi.HttpRouteSpecRulesFiltersUrlRewritePathType_REPLACE_PREFIX_MATCH,
					ReplacePrefixMatch: jsii.String(prefix),
				},
			},
		})
	}
	if m := r.props.Mirror; m != nil {
		filters = append(filters, &gwapi.HttpRouteSpecRulesFilters{
			Type: gwapi.HttpRouteSpecRulesFiltersType_REQUEST_MIRROR,
			RequestMirror: &gwapi.HttpRouteSpecRulesFiltersRequestMirror{
				BackendRef: &gwapi.HttpRouteSpecRulesFiltersRequestMirrorBackendRef{
					Group:     jsii.String(""),
					Kind:      jsii.String("Service"),
					Name:      jsii.String(m.Service.Name),
					Namespace: r.foreignNamespace(m.Service),
					Port:      jsii.Number(m.Service.Port),
				},
				Percent: jsii.Number(m.Percent),
			},
		})
	}
	if len(filters) == 0 {
		return nil
	}
	return &filters
}
