// Package platform turns a parsed platform description into construct props
// and adds the resulting charts to a cdk8s app: one chart for the namespace,
// one for the gateway, one per hundred models. Chart ids become dist/ file names,
// chosen so that lexical order is a valid apply order; the output step splits
// the models' objects into one file per model.
//
// Models share charts of up to ModelsPerChart, not one each: cdk8s
// re-validates the whole app for every chart it synthesizes, so synth time
// grows with charts × objects.
package platform

import (
	"errors"
	"fmt"
	"iter"
	"slices"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/field"
	"github.com/ai-gateway/ai-gateway/implementations"
)

// Chart is one chart of the platform and the file its objects go to.
type Chart struct {
	// Chart holds the objects.
	Chart cdk8s.Chart
	// File names the output file, or, with SplitByModel, is empty.
	File string
	// SplitByModel writes one file per model, named by ModelFile.
	SplitByModel bool
}

// ModelFile names the output file of a model's objects. The prefix sorts it
// after the namespace and the gateway, the order kubectl applies files in.
func ModelFile(model string) string { return "20-model-" + model + FileSuffix }

// FileSuffix ends the name of every output file; the output folder holds
// nothing else.
const FileSuffix = ".k8s.yaml"

// Build checks the whole platform (NewPlan), then adds its charts to app
// and returns them in apply order. Every problem found is returned at once,
// each naming its config path, and nothing is built then.
func Build(app cdk8s.App, p *config.Platform) ([]Chart, error) {
	plan, err := NewPlan(p)
	if err != nil {
		return nil, err
	}
	return plan.Build(app), nil
}

// Build adds the planned platform's charts to app, in apply order.
func (plan *Plan) Build(app cdk8s.App) []Chart {
	return slices.Collect(plan.Charts(app))
}

// Charts adds the planned platform's charts to app, in apply order, and
// yields each once it holds all its objects. Each chart and each model is
// added under WithBridge, so another goroutine may resolve the charts yielded
// so far while the next ones are built.
func (plan *Plan) Charts(app cdk8s.App) iter.Seq[Chart] {
	return func(yield func(Chart) bool) {
		var ns, gw Chart
		WithBridge(func() { ns = plan.namespaceChart(app) })
		if !yield(ns) {
			return
		}
		WithBridge(func() { gw = plan.gatewayChart(app) })
		if !yield(gw) {
			return
		}
		var models Chart
		for i := range plan.config.Models {
			if i%ModelsPerChart == 0 {
				if i > 0 && !yield(models) {
					return
				}
				id := fmt.Sprintf("%s-%03d", ModelsChart, i/ModelsPerChart)
				WithBridge(func() {
					models = Chart{Chart: cdk8s.NewChart(app, jsii.String(id), plan.chartProps()), SplitByModel: true}
				})
			}
			WithBridge(func() { plan.addModel(models.Chart, i) })
		}
		if len(plan.config.Models) > 0 {
			yield(models)
		}
	}
}

func (plan *Plan) namespaceChart(app cdk8s.App) Chart {
	chart := cdk8s.NewChart(app, jsii.String("00-namespace"), &cdk8s.ChartProps{Labels: plan.labels()})
	plan.namespace.Add(chart, "namespace")
	return Chart{Chart: chart, File: "00-namespace" + FileSuffix}
}

func (plan *Plan) gatewayChart(app cdk8s.App) Chart {
	chart := cdk8s.NewChart(app, jsii.String("10-gateway"), plan.chartProps())
	plan.gateway.Add(chart, "gateway")
	return Chart{Chart: chart, File: "10-gateway" + FileSuffix}
}

// addModel adds model i's servers, pools, scalers and route to chart.
func (plan *Plan) addModel(chart cdk8s.Chart, i int) {
	m, mp := plan.config.Models[i], plan.models[i]
	for j, server := range mp.servers {
		server.Add(chart, m.Name+"-server-"+m.Versions[j].Name)
		if j < len(mp.pools) {
			mp.pools[j].Add(chart, m.Name+"-pool-"+m.Versions[j].Name)
		}
		if j < len(mp.scalers) {
			mp.scalers[j].Add(chart, m.Name+"-scaler-"+m.Versions[j].Name)
		}
	}
	mp.route.Add(chart, m.Name+"-route")
}

// Models share charts, ModelsPerChart to a chart, named ModelsChart-000,
// ModelsChart-001 and so on. cdk8s re-validates the whole app for every chart
// it resolves, so a chart per model makes synth grow with models²; one chart
// for all makes the output step hold every object at once. A hundred models
// keep both small.
const (
	ModelsChart    = "20-models"
	ModelsPerChart = 100
)

func (plan *Plan) chartProps() *cdk8s.ChartProps {
	return &cdk8s.ChartProps{Namespace: jsii.String(plan.config.Namespace), Labels: plan.labels()}
}

// labels marks every object with the gateway it belongs to, so `kubectl get
// -l` finds them; the constructs label model objects with their model.
func (plan *Plan) labels() *map[string]*string {
	return &map[string]*string{
		"app.kubernetes.io/part-of":    jsii.String(plan.gateway.Name),
		"app.kubernetes.io/managed-by": jsii.String("cdk8s"),
	}
}

// gatewayProps maps the gateway block; an implementation without a
// conformance report of that name and version is an error.
func gatewayProps(g config.Gateway) (constructs.AIGatewayProps, *field.Error) {
	props := constructs.AIGatewayProps{
		Name: g.Name, ClassName: g.ClassName, Hostname: g.Hostname, GRPCHostname: g.GRPCHostname,
		ModelFrom: constructs.ModelFrom(g.ModelFrom),
	}
	if i := g.Implementation; i != nil {
		impl, err := implementations.Lookup(i.Name, i.Version)
		var unknown *implementations.LookupError
		if errors.As(err, &unknown) && unknown.Version {
			return props, field.Invalid("gateway.implementation.version", i.Version, unknown.Msg)
		}
		if err != nil {
			return props, field.Invalid("gateway.implementation.name", i.Name, err.Error())
		}
		props.Implementation = &impl
	}
	if g.TLS != nil {
		props.TLSSecretName = g.TLS.SecretName
	}
	if g.AllowedRoutes != nil {
		props.AllowedRoutes = constructs.AllowedRoutes{
			From:       constructs.RouteNamespaces(g.AllowedRoutes.From),
			Namespaces: g.AllowedRoutes.Namespaces,
		}
	}
	return props, nil
}

func modelRouteProps(m config.Model, names []alias, versions []constructs.ModelVersion, gateway *constructs.AIGateway) constructs.ModelRouteProps {
	props := constructs.ModelRouteProps{
		Name:              m.Name,
		Protocol:          constructs.Protocol(m.Protocol),
		Gateway:           gateway,
		Hostnames:         m.Hostnames,
		RewritePathPrefix: m.RewritePathPrefix,
		Versions:          versions,
		DefaultObjective:  m.DefaultObjective,
	}
	for _, a := range names {
		props.Aliases = append(props.Aliases, a.name)
	}
	if gateway.ModelFrom() == constructs.ModelFromPath && m.Protocol != config.ProtocolGRPC {
		// /models/NAME/... reaches the model as /...; its aliases get a
		// path each (constructs.ModelRouteProps.ExpandedMatches).
		props.Matches = []constructs.RouteMatch{{PathPrefix: constructs.ModelPath(m.Name)}}
		props.RewritePathPrefix = "/"
	}
	for _, match := range m.Matches {
		rm := constructs.RouteMatch{PathPrefix: match.PathPrefix, GRPCService: match.GRPCService, GRPCMethod: match.GRPCMethod}
		if match.Header != nil {
			rm.Header = &constructs.HeaderMatch{Name: match.Header.Name, Value: match.Header.Value}
		}
		props.Matches = append(props.Matches, rm)
	}
	if m.Mirror != nil {
		props.Mirror = &constructs.Mirror{Service: serviceRef(m.Mirror.Service), Percent: m.Mirror.Percent}
	}
	if m.Timeouts != nil {
		props.Timeouts = constructs.Timeouts{Request: m.Timeouts.Request.Std(), BackendRequest: m.Timeouts.BackendRequest.Std()}
	}
	if r := m.Retry; r != nil {
		props.Retry = &constructs.Retry{Codes: r.Codes, Attempts: r.Attempts, Backoff: r.Backoff.Std()}
	}
	return props
}

func serviceRef(s config.Service) constructs.ServiceRef {
	return constructs.ServiceRef{Name: s.Name, Namespace: s.Namespace, Port: s.Port}
}
