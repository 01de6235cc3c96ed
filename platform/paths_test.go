package platform

import (
	"reflect"
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
}

// TestEveryPropHasAConfigKey fails when a construct gains a prop that no
// table of paths.go places in the config: its errors would name no key the
// user wrote.
func TestEveryPropHasAConfigKey(t *testing.T) {
	tests := []struct {
		props any
		keys  map[string]home
	}{
		{constructs.NamespaceProps{}, namespaceKeys},
		{constructs.AIGatewayProps{}, gatewayKeys},
		{constructs.ModelServerProps{}, serverKeys},
		{constructs.InferencePoolProps{}, poolKeys},
		{constructs.ModelRouteProps{}, routeKeys},
	}
	for _, tt := range tests {
		typ := reflect.TypeOf(tt.props)
		t.Run(typ.Name(), func(t *testing.T) {
			for f := range typ.Fields() {
				key, ok := keyOf[f.Name]
				if !ok {
					key = strings.ToLower(f.Name[:1]) + f.Name[1:]
				}
				assert.Contains(t, tt.keys, key, "%s.%s has no config key in platform/paths.go", typ.Name(), f.Name)
			}
		})
	}
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
