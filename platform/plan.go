package platform

import (
	"slices"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/field"
)

// Plan is every construct of a platform with its props validated, before
// anything is built: checks across the whole platform (names, requests) run
// on it, in plain Go, so a broken config costs no cdk8s work at any size.
type Plan struct {
	config    *config.Platform
	namespace *constructs.Namespace
	gateway   *constructs.AIGateway
	models    []modelPlan
}

// modelPlan is one model's constructs: a server and maybe a pool per
// version (when the platform runs the servers), and the route.
type modelPlan struct {
	servers []*constructs.ModelServer
	pools   []*constructs.InferencePool
	// scalers are the versions' KEDA scalers, where they scale on signals.
	scalers []*constructs.Scaler
	route   *constructs.ModelRoute
	// aliases are the model's other names and where the config gives them.
	aliases []alias
}

// Check plans the platform and reports every problem, each at its config
// path, without building anything.
func Check(p *config.Platform) error {
	_, err := NewPlan(p)
	return err
}

// NewPlan validates the props of every construct of p. A broken namespace
// or gateway stops the checks of the models, which depend on them.
func NewPlan(p *config.Platform) (*Plan, error) {
	plan := &Plan{config: p}
	var errs field.List
	ns, err := constructs.PlanNamespace(constructs.NamespaceProps{Name: p.Namespace})
	errs = append(errs, mapErrors(err, namespaceKeys, nil)...)
	plan.namespace = ns

	props, badImplementation := gatewayProps(p.Gateway)
	errs.Add(badImplementation)
	props.AllowTrafficFrom = allowTrafficFrom(p)
	header, headerErrs := modelHeader(p)
	errs = append(errs, headerErrs...)
	errs = append(errs, checkModelFrom(p)...)
	props.ModelHeader = header
	if badImplementation == nil && len(headerErrs) == 0 {
		plan.gateway, err = constructs.PlanAIGateway(p.Namespace, props)
		errs = append(errs, mapErrors(err, gatewayKeys, nil)...)
		errs.Add(checkAllowTrafficFrom(p, plan.gateway))
	}
	if len(errs) > 0 {
		return nil, errs.Err()
	}
	plan.models = make([]modelPlan, len(p.Models))
	for i := range p.Models {
		errs = append(errs, plan.planModel(i)...)
	}
	if len(errs) == 0 {
		errs = append(errs, plan.checkObjects()...)
		names := plan.checkModelNames()
		errs = append(errs, names...)
		errs = append(errs, plan.checkRequests(names.Paths())...)
	}
	if err := errs.Unique().Err(); err != nil {
		return nil, err
	}
	return plan, nil
}

// planModel plans model i's servers, pools and route.
func (plan *Plan) planModel(i int) field.List {
	p, m := plan.config, plan.config.Models[i]
	at := modelPaths{model: field.Path("models").Index(i)}
	var errs field.List
	mp := &plan.models[i]
	versions := make([]constructs.ModelVersion, len(m.Versions))
	for j, v := range m.Versions {
		at.version = at.model.Child("versions").Index(j)
		versions[j].Weight = v.Weight
		if m.Server == nil {
			versions[j].Service = serviceRef(*v.Service)
			continue
		}
		server, err := constructs.PlanModelServer(p.Namespace, modelServerProps(p, m, v))
		errs = append(errs, mapErrors(err, serverKeys, &at, v)...)
		mp.servers = append(mp.servers, server)
		if server == nil {
			// Check the route anyway, against a stand-in for the Service:
			// the server's own errors are reported at its keys.
			versions[j].Service = constructs.ServiceRef{Name: "stand-in", Port: constructs.DefaultServicePort}
			continue
		}
		versions[j].Service = server.Service
		var pool *constructs.InferencePool
		if m.Backend == config.BackendInferencePool {
			pool, err = constructs.PlanInferencePool(inferencePoolProps(m, server))
			errs = append(errs, mapErrors(err, poolKeys, &at, v)...)
			mp.pools = append(mp.pools, pool)
			if pool == nil {
				continue
			}
			versions[j] = constructs.ModelVersion{Pool: pool, Weight: v.Weight}
		}
	}
	mp.aliases = aliases(m, at.model)
	props := modelRouteProps(m, mp.aliases, versions, plan.gateway)
	if slices.ContainsFunc(versions, func(v constructs.ModelVersion) bool { return v.Pool == nil }) && m.Backend == config.BackendInferencePool {
		// A pool that failed has no objectives to check the default
		// against; its own errors say what is wrong.
		props.DefaultObjective = ""
	}
	route, err := constructs.PlanModelRoute(p.Namespace, props)
	errs = append(errs, mapErrors(err, withAliasPaths(routeKeys, mp.aliases), &at, config.Version{})...)
	mp.route = route
	return append(errs, plan.planScalers(i, route)...)
}

// planScalers plans the KEDA scalers of model i's versions, where they
// scale on signals; the route says how long a request may wait.
func (plan *Plan) planScalers(i int, route *constructs.ModelRoute) field.List {
	p, m, mp := plan.config, plan.config.Models[i], &plan.models[i]
	if !scaledOnSignals(p, m) || m.Replicas != nil || len(mp.servers) != len(m.Versions) || slices.Contains(mp.servers, nil) ||
		m.Backend == config.BackendInferencePool && (len(mp.pools) != len(m.Versions) || slices.Contains(mp.pools, nil)) {
		return nil // nothing to scale, or what it scales has errors of its own
	}
	at := modelPaths{model: field.Path("models").Index(i)}
	var errs field.List
	for j, server := range mp.servers {
		at.version = at.model.Child("versions").Index(j)
		var pool *constructs.InferencePool
		if j < len(mp.pools) {
			pool = mp.pools[j]
		}
		props := scalerProps(p, m, server, pool)
		if route != nil {
			props.RequestTimeout = route.Props().Timeouts.Request
		}
		scaler, err := constructs.PlanScaler(props)
		errs = append(errs, mapErrors(err, scalerKeys, &at, m.Versions[j])...)
		mp.scalers = append(mp.scalers, scaler)
	}
	return errs
}
