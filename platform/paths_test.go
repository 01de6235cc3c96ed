package platform

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/field"
)

// keyOf is the key under which a construct reports errors about a prop:
// the prop's name in lowerCamel case, unless listed here.
var keyOf = map[string]string{
	"ServiceName":   "service",
	"ServicePort":   "service",
	"TLSSecretName": "tls",
	"GRPCHostname":  "grpcHostname",
	"LoRA":          "lora",
}

// TestEveryPropHasAConfigKey fails when a construct gains a prop that no
// table of paths.go places in the config, or places at a key the config
// does not have: its errors would name no key the user wrote.
func TestEveryPropHasAConfigKey(t *testing.T) {
	at := &modelPaths{model: "models[0]", version: "models[0].versions[0]"}
	tests := []struct {
		props any
		keys  map[string]home
	}{
		{constructs.NamespaceProps{}, namespaceKeys},
		{constructs.AIGatewayProps{}, gatewayKeys},
		{constructs.ModelServerProps{}, serverKeys},
		{constructs.InferencePoolProps{}, poolKeys},
		{constructs.ModelRouteProps{}, routeKeys},
		{constructs.ScalerProps{}, scalerKeys},
	}
	for _, tt := range tests {
		typ := reflect.TypeOf(tt.props)
		t.Run(typ.Name(), func(t *testing.T) {
			for f := range typ.Fields() {
				key, ok := keyOf[f.Name]
				if !ok {
					key = strings.ToLower(f.Name[:1]) + f.Name[1:]
				}
				if !assert.Contains(t, tt.keys, key, "%s.%s has no config key in platform/paths.go", typ.Name(), f.Name) {
					continue
				}
				path := tt.keys[key](at, field.Path(key), config.Version{})
				assert.True(t, configHasKey(path), "%s.%s: errors would name %s, which is no key of the config", typ.Name(), f.Name, path)
			}
		})
	}
}

func TestMapErrorsPlacesAPoolsServerErrorsAtTheServer(t *testing.T) {
	at := &modelPaths{model: "models[2]", version: "models[2].versions[1]"}
	assert.Equal(t, "models[2].server.port", string(poolKeys["server"](at, "server.port", config.Version{})))
}

func TestMapErrorsPlacesDerivedAndOverriddenKeys(t *testing.T) {
	at := &modelPaths{model: "models[2]", version: "models[2].versions[1]"}
	tests := []struct {
		key, want string
		override  bool
	}{
		{"model", "models[2].name", false},
		{"version", "models[2].versions[1].name", false},
		{"image", "models[2].server.image", false},
		{"image", "models[2].versions[1].image", true},
		{"args[3]", "models[2].versions[1].args[3]", true},
		{"resources.cpu", "models[2].server.resources.cpu", false},
		{"autoscaling.minReplicas", "models[2].autoscaling.minReplicas", false},
		{"service.port", "models[2].versions[1].service.port", false},
		{"allowTrafficFrom[0].podLabels.app", "allowTrafficFrom[0].podLabels.app", false},
		{"protocol", "models[2].protocol", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			var v config.Version
			if tt.override {
				v = config.Version{Image: "vllm/vllm-openai:v0.32.0", Args: []string{"a"}}
			}
			key := field.Path(tt.key)
			assert.Equal(t, tt.want, string(serverKeys[topKey(key)](at, key, v)))
		})
	}
}

// configHasKey reports whether path ("models[0].server.resources") names a
// key of config.Platform, following the keys' yaml tags.
func configHasKey(path field.Path) bool {
	typ := reflect.TypeFor[config.Platform]()
	for _, part := range strings.Split(string(path), ".") {
		name, _, _ := strings.Cut(part, "[")
		for typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		f, ok := fieldByYAMLKey(typ, name)
		if !ok {
			return false
		}
		typ = f.Type
		for range strings.Count(part, "[") {
			typ = typ.Elem()
		}
	}
	return true
}

func fieldByYAMLKey(typ reflect.Type, key string) (reflect.StructField, bool) {
	if typ.Kind() != reflect.Struct {
		return reflect.StructField{}, false
	}
	for f := range typ.Fields() {
		if config.KeyOf(f) == key {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// TestEveryServerKeyBecomesAProp fills every key of a model's server,
// autoscaling and endpoint picker blocks and fails when one of them does
// not arrive in the construct's props: a key the config takes and then
// drops.
func TestEveryServerKeyBecomesAProp(t *testing.T) {
	var m config.Model
	fill(reflect.ValueOf(&m).Elem())
	m.Protocol = "http"
	props := modelServerProps(&config.Platform{}, m, config.Version{Name: "v"})
	pool := inferencePoolProps(m, nil)
	tests := []struct {
		block, props any
		byHand       []string // keys set by hand, checked below
	}{
		{*m.Server, props, []string{"Env", "SecretEnv"}},
		{*m.Autoscaling, *props.Autoscaling, nil},
		{*m.EndpointPicker, pool.EndpointPicker, nil},
	}
	for _, tt := range tests {
		block, got := reflect.ValueOf(tt.block), reflect.ValueOf(tt.props)
		t.Run(block.Type().Name(), func(t *testing.T) {
			for i := range block.NumField() {
				name := block.Type().Field(i).Name
				if slices.Contains(tt.byHand, name) {
					continue
				}
				prop := got.FieldByName(name)
				if assert.True(t, prop.IsValid(), "%s.%s has no prop of its name", block.Type().Name(), name) {
					assert.False(t, prop.IsZero(), "%s.%s does not arrive in the props", block.Type().Name(), name)
				}
			}
		})
	}
	assert.Equal(t, []constructs.EnvVar{
		{Name: "k", Value: "x"},
		{Name: "k", Secret: &constructs.SecretKeyRef{Name: "x", Key: "x"}},
	}, props.Env, "env and secretEnv, by hand")
}

// fill sets every field under v to a value other than its zero value.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i))
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		item := reflect.New(v.Type().Elem()).Elem()
		fill(item)
		v.SetMapIndex(reflect.ValueOf("k"), item)
	case reflect.String:
		v.SetString("x")
	case reflect.Int, reflect.Int64:
		v.SetInt(1)
	case reflect.Bool:
		v.SetBool(true)
	}
}
