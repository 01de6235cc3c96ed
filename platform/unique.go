package platform

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/field"
)

// owner is the config key behind an object: one that writes it, or one that
// uses it as a Service that runs elsewhere, as a model's backend or as an
// endpoint picker.
type owner struct {
	path  field.Path
	usage usage
}

// usage is how a config key refers to an object.
type usage int

const (
	// writes: the platform writes the object.
	writes usage = iota
	// routesTo: a route sends model traffic to a Service that runs elsewhere.
	routesTo
	// picksWith: a pool's ext-proc traffic goes to a Service that runs elsewhere.
	picksWith
)

// checkObjects finds objects that two config keys would write (the second
// would overwrite the first on apply), Services the platform would write
// where another key expects a Service that runs elsewhere, and one Service
// used both as a model's backend and as an endpoint picker. Linear in objects.
func (plan *Plan) checkObjects() field.List {
	owners := map[constructs.ObjectID][]owner{}
	var order []constructs.ObjectID
	add := func(path field.Path, u usage, ids ...constructs.ObjectID) {
		for _, id := range ids {
			if _, seen := owners[id]; !seen {
				order = append(order, id)
			}
			owners[id] = append(owners[id], owner{path, u})
		}
	}
	add("namespace", writes, plan.namespace.Objects()...)
	add("gateway.name", writes, plan.gateway.Objects()...)
	p := plan.config
	for i, m := range p.Models {
		at := field.Path("models").Index(i)
		mp := plan.models[i]
		add(at.Child("name"), writes, mp.route.Objects()...)
		for j, v := range m.Versions {
			version := at.Child("versions").Index(j)
			if m.Server == nil {
				add(version.Child("service.name"), routesTo, serviceID(p.Namespace, v.Service.Namespace, v.Service.Name))
				continue
			}
			for _, id := range mp.servers[j].Objects() {
				path := version.Child("name")
				if id.Kind == "Service" && v.Service != nil {
					path = version.Child("service.name")
				}
				add(path, writes, id)
			}
			if j < len(mp.pools) && mp.pools[j] != nil {
				add(version.Child("name"), writes, mp.pools[j].Objects()...)
			}
			if j < len(mp.scalers) && mp.scalers[j] != nil {
				add(version.Child("name"), writes, mp.scalers[j].Objects()...)
			}
		}
		if picker := m.EndpointPicker; picker != nil && picker.Service != "" && len(mp.pools) > 0 {
			add(at.Child("endpointPicker.service"), picksWith, serviceID(p.Namespace, "", picker.Service))
		}
		if m.Mirror != nil {
			add(at.Child("mirror.service.name"), routesTo, serviceID(p.Namespace, m.Mirror.Service.Namespace, m.Mirror.Service.Name))
		}
	}
	return clashes(order, owners)
}

func serviceID(platformNamespace, namespace, name string) constructs.ObjectID {
	if namespace == "" {
		namespace = platformNamespace
	}
	return constructs.ObjectID{Kind: "Service", Namespace: namespace, Name: name}
}

// clash is two keys after one name: the key the error is reported at, and
// the other.
type clash struct {
	at, other owner
	name      string
}

// clashes reports, once per pair of keys, every object both would write;
// every Service the platform writes where another key expects one that runs
// elsewhere; and a Service that one key routes model traffic to and another
// names as an endpoint picker.
func clashes(order []constructs.ObjectID, owners map[constructs.ObjectID][]owner) field.List {
	kinds := map[clash][]string{}
	var found []clash
	for _, id := range order {
		name := strings.TrimPrefix(id.String(), id.Kind+" ")
		for _, c := range pairs(owners[id]) {
			c.name = name
			if _, ok := kinds[c]; !ok {
				found = append(found, c)
			}
			kinds[c] = append(kinds[c], id.Kind)
		}
	}
	var errs field.List
	for _, c := range found {
		k := kinds[c]
		slices.Sort(k)
		errs.Add(c.err(list(k)))
	}
	return errs
}

// pairs are the clashes among the owners of one object: each other owner
// against the first that writes it or, when nothing writes it, a picker
// against the first route to it. A picker is reported at its own key: the
// platform never writes a Service for someone else's picker.
func pairs(owners []owner) []clash {
	first := slices.IndexFunc(owners, func(o owner) bool { return o.usage == writes })
	if first < 0 {
		first = slices.IndexFunc(owners, func(o owner) bool { return o.usage == routesTo })
		if first < 0 {
			return nil
		}
	}
	var out []clash
	for i, o := range owners {
		switch {
		case i == first || o == owners[first]:
		case owners[first].usage == routesTo && o.usage != picksWith:
			// Two routes to one Service that runs elsewhere share it.
		case o.usage == writes || o.usage == picksWith:
			out = append(out, clash{at: o, other: owners[first]})
		default: // a route to a Service the platform writes
			out = append(out, clash{at: owners[first], other: o})
		}
	}
	return out
}

// err says what is wrong with the pair; kinds lists the kinds they share.
func (c clash) err(kinds string) *field.Error {
	switch {
	case c.at.usage == picksWith && c.other.usage == writes:
		return field.Errorf(c.at.path, "names Service %s as an endpoint picker that runs elsewhere, but %s writes that Service for something else; a Service the platform writes is never your picker (leave endpointPicker.service out for the platform's own)",
			c.name, c.other.path)
	case c.at.usage == picksWith:
		return field.Errorf(c.at.path, "names Service %s as an endpoint picker, but %s sends model traffic to it; a Service is either a picker or a model's backend",
			c.name, c.other.path)
	case c.other.usage == routesTo:
		return field.Errorf(c.at.path, "writes %s %s, which %s routes to as a Service that runs elsewhere; the platform's Service would take that traffic",
			kinds, c.name, c.other.path)
	}
	return field.Errorf(c.at.path, "writes %s %s, which %s writes too; on apply one would overwrite the other",
		kinds, c.name, c.other.path)
}

// list joins words: "A", "A and B", "A, B and C".
func list(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// checkModelNames rejects a model name that two models answer to: an
// adapter or a rewritten model of one that is another's name, adapter or
// rewritten model. Clients name the model in the body and in the header the
// routes match, so the second model would take the first one's requests, or
// its picker rewrite them.
func (plan *Plan) checkModelNames() field.List {
	type owner struct {
		model int
		path  field.Path
	}
	owners := map[string]owner{}
	for i, m := range plan.config.Models {
		owners[m.Name] = owner{i, field.Path("models").Index(i).Child("name")}
	}
	var errs field.List
	for i, mp := range plan.models {
		for _, a := range mp.aliases {
			first, ok := owners[a.name]
			switch {
			case !ok:
				owners[a.name] = owner{i, a.path}
			case first.model != i:
				errs.Add(field.Invalid(a.path, a.name, fmt.Sprintf("is a model name %s answers to already; clients asking for it would reach one model or the other", first.path)))
			}
		}
	}
	return errs
}

// request is one (hostname, match) pair a model answers for, as the Gateway
// API compares them: path prefixes without a trailing slash, header names
// in lower case. path is the config key of the match: the match, or the
// alias a copy of it is for.
type request struct {
	model    int
	path     field.Path
	hostname string
	key      string
}

// checkRequests rejects two models that take the same requests: the same
// match on hostnames that intersect. The Gateway API would give every such
// request to one of them, so the other would never get traffic. Keys in
// reported have an error already, which says it. Linear in matches ×
// hostnames × hostname labels.
func (plan *Plan) checkRequests(reported map[field.Path]bool) field.List {
	groups := map[string]*hostIndex{}
	var errs field.List
	for i, mp := range plan.models {
		for _, r := range modelRequests(i, mp) {
			g := groups[r.key]
			if g == nil {
				g = newHostIndex()
				groups[r.key] = g
			}
			if other, ok := g.intersecting(r); ok && !reported[r.path] {
				reported[r.path] = true
				errs.Add(field.Errorf(r.path,
					"takes the same requests as %s; one of the two models would never get traffic (add a header match that names the model)",
					other.path))
			}
			g.add(r)
		}
	}
	return errs
}

// modelRequests lists model i's requests, with defaults applied; a route
// without hostnames takes every hostname ("").
func modelRequests(i int, mp modelPlan) []request {
	route := mp.route.Props()
	hostnames := route.Hostnames
	if len(hostnames) == 0 {
		hostnames = []string{""}
	}
	var out []request
	for _, m := range route.ExpandedMatches() {
		path := field.Path("models").Index(i).Child("matches").Index(m.Match)
		if m.Alias >= 0 {
			path = mp.aliases[m.Alias].path
		}
		prefix := m.PathPrefix
		if len(prefix) > 1 {
			prefix = strings.TrimSuffix(prefix, "/")
		}
		key := fmt.Sprintf("%s\x00%s\x00%s\x00%s\x00%s", route.Protocol, prefix, m.GRPCService, m.GRPCMethod, "")
		if m.Header != nil {
			key = fmt.Sprintf("%s\x00%s\x00%s\x00%s\x00%s=%s", route.Protocol, prefix, m.GRPCService, m.GRPCMethod, strings.ToLower(m.Header.Name), m.Header.Value)
		}
		for _, h := range hostnames {
			out = append(out, request{model: i, path: path, hostname: h, key: key})
		}
	}
	return out
}

// hostIndex finds, among the requests of one match, one of another model
// whose hostname intersects a given one: equal, every hostname (""), or a
// wildcard ("*.example.com") covering the other. It answers what
// constructs.HostnamesIntersect answers for every pair, in time linear in
// the requests (a test holds the two together).
type hostIndex struct {
	any      []request            // hostname "": every hostname
	exact    map[string][]request // by hostname
	wild     map[string][]request // wildcards by suffix (".example.com")
	exactSfx map[string][]request // exact hostnames by each of their suffixes
	wildSfx  map[string][]request // wildcards by each of their shorter suffixes
	all      []request
}

func newHostIndex() *hostIndex {
	return &hostIndex{exact: map[string][]request{}, wild: map[string][]request{}, exactSfx: map[string][]request{}, wildSfx: map[string][]request{}}
}

// keep holds at most two requests of different models per bucket: enough to
// find one of a model other than any given one.
func keep(list []request, r request) []request {
	if len(list) == 0 || len(list) == 1 && list[0].model != r.model {
		return append(list, r)
	}
	return list
}

func (x *hostIndex) add(r request) {
	x.all = keep(x.all, r)
	switch h := r.hostname; {
	case h == "":
		x.any = keep(x.any, r)
	case strings.HasPrefix(h, "*."):
		suffix := h[1:]
		x.wild[suffix] = keep(x.wild[suffix], r)
		for _, s := range suffixes(suffix) {
			x.wildSfx[s] = keep(x.wildSfx[s], r)
		}
	default:
		x.exact[h] = keep(x.exact[h], r)
		for _, s := range suffixes("." + h) {
			x.exactSfx[s] = keep(x.exactSfx[s], r)
		}
	}
}

// suffixes are the proper domain suffixes of a dotted name: ".a.b.c" gives
// ".b.c" and ".c".
func suffixes(dotted string) []string {
	var out []string
	for i := 1; i < len(dotted); i++ {
		if dotted[i] == '.' {
			out = append(out, dotted[i:])
		}
	}
	return out
}

func (x *hostIndex) intersecting(r request) (request, bool) {
	var buckets [][]request
	switch h := r.hostname; {
	case h == "":
		buckets = append(buckets, x.all)
	case strings.HasPrefix(h, "*."):
		suffix := h[1:]
		buckets = append(buckets, x.any, x.wild[suffix], x.exactSfx[suffix], x.wildSfx[suffix])
		for _, s := range suffixes(suffix) {
			buckets = append(buckets, x.wild[s])
		}
	default:
		buckets = append(buckets, x.any, x.exact[h])
		for _, s := range suffixes("." + h) {
			buckets = append(buckets, x.wild[s])
		}
	}
	for _, b := range buckets {
		for _, other := range b {
			if other.model != r.model {
				return other, true
			}
		}
	}
	return request{}, false
}
