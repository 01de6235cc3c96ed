package platform

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"strings"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/field"
)

// Constructs report errors at their props' keys ("port", "service.name");
// the tables below say where in the config each prop is set, so an error
// names the key the user wrote. A test checks that every prop of every
// construct has an entry; a value derived from others (an object name made
// of the model's and the version's) is reported by the construct at the key
// it derives from.

// modelPaths are where the model and the version at hand sit in the config.
type modelPaths struct {
	model, version field.Path
}

// home maps a prop's error path to its config path.
type home func(at *modelPaths, key field.Path, v config.Version) field.Path

func underRoot(prefix field.Path) home {
	return func(_ *modelPaths, key field.Path, _ config.Version) field.Path { return key.Under(prefix) }
}

// renamed puts the error at one config key, whatever the prop's path.
func renamed(to field.Path) home {
	return func(*modelPaths, field.Path, config.Version) field.Path { return to }
}

func underModel(at *modelPaths, key field.Path, _ config.Version) field.Path {
	return key.Under(at.model)
}

func underServer(at *modelPaths, key field.Path, _ config.Version) field.Path {
	return key.Under(at.model.Child("server"))
}

func underVersion(at *modelPaths, key field.Path, _ config.Version) field.Path {
	return key.Under(at.version)
}

func modelName(at *modelPaths, _ field.Path, _ config.Version) field.Path {
	return at.model.Child("name")
}

func versionName(at *modelPaths, _ field.Path, _ config.Version) field.Path {
	return at.version.Child("name")
}

// imageOrArgs are set by the version when it overrides them, else by the server.
func imageOrArgs(at *modelPaths, key field.Path, v config.Version) field.Path {
	if key == "image" && v.Image != "" || strings.HasPrefix(string(key), "args") && len(v.Args) > 0 {
		return key.Under(at.version)
	}
	return key.Under(at.model.Child("server"))
}

var namespaceKeys = map[string]home{
	"name":        renamed("namespace"),
	"podSecurity": renamed("namespace"), // not configurable: restricted
}

var gatewayKeys = map[string]home{
	"name": underRoot("gateway"), "className": underRoot("gateway"), "hostname": underRoot("gateway"),
	"tls": underRoot("gateway"), "allowedRoutes": underRoot("gateway"), "grpcHostname": underRoot("gateway"),
	"implementation": underRoot("gateway"), "modelFrom": underRoot("gateway"),
	"modelHeader":      renamed("gateway.modelFrom"), // read from the models' header matches
	"allowTrafficFrom": underRoot(""),
}

// serverKeys place the props of constructs.ModelServerProps: each key of
// the server block where it is written (the prop of its name, filled by
// copyNamesakes), and the props set from elsewhere.
var serverKeys = withBlockKeys[config.Server](underServer, map[string]home{
	"model": modelName, "version": versionName,
	"image": imageOrArgs, "args": imageOrArgs,
	"protocol": underModel, "replicas": underModel, "autoscaling": underModel,
	"service":          underVersion,
	"allowTrafficFrom": underRoot(""),
	"monitoring":       underRoot(""),
	"externalScaler":   atModel("autoscaling"),
})

// withBlockKeys adds to keys every key of the config block B not in it
// yet, placed by h.
func withBlockKeys[B any](h home, keys map[string]home) map[string]home {
	for f := range reflect.TypeFor[B]().Fields() {
		key := config.KeyOf(f)
		if _, ok := keys[key]; !ok {
			keys[key] = h
		}
	}
	return keys
}

// poolKeys place the props of constructs.InferencePoolProps; the pool is
// named after the version, and reads its selector and port from the server.
var poolKeys = map[string]home{
	"version":        versionName,
	"endpointPicker": underModel,
	"server":         underModel, // "server.port" is models[i].server.port
	"objectives":     underModel,
	"rewrites":       underModel,
}

// scalerKeys place the props of constructs.ScalerProps: a model's
// autoscaling block, the platform's monitoring, and the server and pool it
// scales, whose own errors are theirs.
var scalerKeys = map[string]home{
	"autoscaling":    underModel,
	"monitoring":     underRoot(""),
	"server":         underModel,
	"pool":           atModel("backend"),
	"requestTimeout": atModel("timeouts"),
}

// atModel puts the error at the model's key.
func atModel(key string) home {
	return func(at *modelPaths, _ field.Path, _ config.Version) field.Path { return at.model.Child(key) }
}

// routeKeys place the props of constructs.ModelRouteProps.
var routeKeys = map[string]home{
	"name": underModel, "protocol": underModel, "gateway": underRoot(""), "hostnames": underModel,
	"matches": underModel, "versions": underModel, "mirror": underModel, "rewritePathPrefix": underModel,
	"timeouts": underModel, "retry": underModel, "backend": underModel,
	"defaultObjective": underModel, "objectives": underModel,
	"aliases": aliasesAt(nil), // with the model's aliases: withAliasPaths
}

// withAliasPaths is keys with the route's aliases placed at the keys that
// give them.
func withAliasPaths(keys map[string]home, names []alias) map[string]home {
	out := maps.Clone(keys)
	out["aliases"] = aliasesAt(names)
	return out
}

// aliasesAt places aliases[k] at the key that gives alias k (an adapter's
// name, or a rewritten model), and the rest at the model's rewrites.
func aliasesAt(names []alias) home {
	return func(at *modelPaths, key field.Path, _ config.Version) field.Path {
		var k int
		if _, err := fmt.Sscanf(string(key), "aliases[%d]", &k); err == nil && k >= 0 && k < len(names) {
			return names[k].path
		}
		return at.model.Child("rewrites")
	}
}

// mapErrors moves a construct's errors to the config keys that set the
// props, through keys. A key missing from the table is a bug of this
// package, reported as such rather than at a guessed path.
func mapErrors(err error, keys map[string]home, at *modelPaths, v ...config.Version) field.List {
	if err == nil {
		return nil
	}
	var list field.List
	if !errors.As(err, &list) {
		return field.List{{Msg: err.Error()}}
	}
	var version config.Version
	if len(v) > 0 {
		version = v[0]
	}
	out := make(field.List, len(list))
	for i, e := range list {
		h, ok := keys[topKey(e.Path)]
		if !ok {
			out[i] = &field.Error{Path: e.Path, Msg: e.Msg + " (internal: no config key maps to this prop)"}
			continue
		}
		out[i] = e.At(h(at, e.Path, version))
	}
	return out
}

// topKey is the first key of a path: "resources" of "resources.cpu",
// "tolerations" of "tolerations[0].key".
func topKey(p field.Path) string {
	s := string(p)
	if i := strings.IndexAny(s, ".["); i >= 0 {
		return s[:i]
	}
	return s
}
