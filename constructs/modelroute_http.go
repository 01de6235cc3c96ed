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
			Rules:      r.rules(),
		},
	})
}

// rules are the route's rules: one with the matches, the weighted versions,
// the optional rewrite and mirror filters, the timeouts and the retries;
// with objectives, first a rule per objective, whose matches also require
// its name in the ObjectiveHeader and which tells each pool's picker its
// own InferenceObjective. The rule without the header takes every other
// request and, with a default objective, names that one.
//
// A route that rewrites its path prefix has each match in rules of its own:
// the Gateway API rewrites the prefix of a rule's one PathPrefix match, so
// the aliases of modelFrom: path, each on a path of its own, cannot share one.
func (r *ModelRoute) rules() *[]*gwapi.HttpRouteSpecRules {
	groups := [][]ExpandedMatch{r.matchesWithAliases()}
	if r.props.RewritePathPrefix != "" && len(groups[0]) > 1 {
		groups = nil
		for _, m := range r.matchesWithAliases() {
			groups = append(groups, []ExpandedMatch{m})
		}
	}
	var rules []*gwapi.HttpRouteSpecRules
	for _, matches := range groups {
		for _, o := range r.objectives() {
			if o != r.props.DefaultObjective { // the last rule names that one
				rules = append(rules, r.rule(matches, o, o))
			}
		}
		rules = append(rules, r.rule(matches, "", r.props.DefaultObjective))
	}
	return &rules
}

// rule is one rule of the route, with the expanded matches: they require objective in the
// ObjectiveHeader ("" for none), and it sets the header to the pools'
// InferenceObjective of named ("" leaves the header alone).
func (r *ModelRoute) rule(expanded []ExpandedMatch, objective, named string) *gwapi.HttpRouteSpecRules {
	p := r.props
	var matches []*gwapi.HttpRouteSpecRulesMatches
	for _, m := range expanded {
		match := pathPrefixMatch(m.PathPrefix)
		var headers []*gwapi.HttpRouteSpecRulesMatchesHeaders
		if m.Header != nil {
			headers = append(headers, exactHeader(m.Header.Name, m.Header.Value))
		}
		if objective != "" {
			headers = append(headers, exactHeader(ObjectiveHeader, objective))
		}
		if len(headers) > 0 {
			match.Headers = &headers
		}
		matches = append(matches, match)
	}
	backends := make([]*gwapi.HttpRouteSpecRulesBackendRefs, len(p.Versions))
	for i, v := range p.Versions {
		if v.Pool != nil {
			backends[i] = &gwapi.HttpRouteSpecRulesBackendRefs{
				Group:  jsii.String(inferencePoolGroup),
				Kind:   jsii.String("InferencePool"),
				Name:   jsii.String(v.Pool.Name),
				Weight: jsii.Number(*v.Weight),
			}
			if named != "" && len(p.Versions) > 1 {
				backends[i].Filters = &[]*gwapi.HttpRouteSpecRulesBackendRefsFilters{{
					Type:                  gwapi.HttpRouteSpecRulesBackendRefsFiltersType_REQUEST_HEADER_MODIFIER,
					RequestHeaderModifier: &gwapi.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier{Set: objectiveHeaderSet(v.Pool, named)},
				}}
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
	filters := r.filters()
	if named != "" && len(p.Versions) == 1 {
		filters = append(filters, &gwapi.HttpRouteSpecRulesFilters{
			Type:                  gwapi.HttpRouteSpecRulesFiltersType_REQUEST_HEADER_MODIFIER,
			RequestHeaderModifier: &gwapi.HttpRouteSpecRulesFiltersRequestHeaderModifier{Set: objectiveHeaderSetRule(p.Versions[0].Pool, named)},
		})
	}
	rule := &gwapi.HttpRouteSpecRules{
		Matches:     &matches,
		BackendRefs: &backends,
		Retry:       p.Retry.retry(),
		Timeouts:    p.Timeouts.timeouts(),
	}
	if len(filters) > 0 {
		rule.Filters = &filters
	}
	return rule
}

func exactHeader(name, value string) *gwapi.HttpRouteSpecRulesMatchesHeaders {
	return &gwapi.HttpRouteSpecRulesMatchesHeaders{
		Type:  gwapi.HttpRouteSpecRulesMatchesHeadersType_EXACT,
		Name:  jsii.String(name),
		Value: jsii.String(value),
	}
}

// objectiveHeaderSet sets the ObjectiveHeader to pool's InferenceObjective
// of objective, on the request to that pool.
func objectiveHeaderSet(pool *InferencePool, objective string) *[]*gwapi.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet {
	return &[]*gwapi.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet{{
		Name: jsii.String(ObjectiveHeader), Value: jsii.String(pool.objectiveName(objective)),
	}}
}

// objectiveHeaderSetRule is objectiveHeaderSet for a rule with one backend.
func objectiveHeaderSetRule(pool *InferencePool, objective string) *[]*gwapi.HttpRouteSpecRulesFiltersRequestHeaderModifierSet {
	return &[]*gwapi.HttpRouteSpecRulesFiltersRequestHeaderModifierSet{{
		Name: jsii.String(ObjectiveHeader), Value: jsii.String(pool.objectiveName(objective)),
	}}
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

// filters are the rewrite and mirror filters of every rule.
func (r *ModelRoute) filters() []*gwapi.HttpRouteSpecRulesFilters {
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
	return filters
}
