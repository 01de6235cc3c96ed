package constructs

import (
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNamespaceGolden(t *testing.T) {
	tests := []struct {
		name  string
		props NamespaceProps
	}{
		{"namespace-restricted-by-default", NamespaceProps{Name: "ai-services"}},
		{"namespace-baseline", NamespaceProps{Name: "ai-services", PodSecurity: PodSecurityBaseline}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := cdk8s.NewApp(nil)
			chart := cdk8s.NewChart(app, jsii.String("test"), nil)
			_, err := NewNamespace(chart, "namespace", tt.props)
			require.NoError(t, err)
			assertGolden(t, app, tt.name)
		})
	}
}

func TestNamespaceRejects(t *testing.T) {
	tests := []struct {
		name  string
		props NamespaceProps
		want  string
	}{
		{"missing name", NamespaceProps{}, "name: is required"},
		{"name with a dot", NamespaceProps{Name: "ai.services"}, `name: "ai.services" must be a DNS label`},
		{"unknown pod security level", NamespaceProps{Name: "ai", PodSecurity: "strict"}, `podSecurity: "strict" must be one of restricted, baseline, privileged`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chart := cdk8s.NewChart(cdk8s.NewApp(nil), jsii.String("test"), nil)
			_, err := NewNamespace(chart, "namespace", tt.props)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
