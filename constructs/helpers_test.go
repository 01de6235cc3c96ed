package constructs

import (
	"path/filepath"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/stretchr/testify/require"

	"github.com/ai-gateway/ai-gateway/internal/golden"
	_ "github.com/ai-gateway/ai-gateway/internal/jsiikernel" // the app's jsii kernel

	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

const testNamespace = "ai-services"

// newChart returns a chart in a fresh app, namespaced like the platform's.
func newChart() (cdk8s.App, cdk8s.Chart) {
	app := cdk8s.NewApp(nil)
	return app, cdk8s.NewChart(app, jsii.String("test"), &cdk8s.ChartProps{Namespace: jsii.String(testNamespace)})
}

// assertGolden synthesizes app, compares the YAML with testdata/NAME.golden
// and checks that every object decodes strictly into its API's Go type.
func assertGolden(t *testing.T, app cdk8s.App, name string) {
	t.Helper()
	got := []byte(*app.SynthYaml())
	golden.Assert(t, filepath.Join("testdata", name+".golden"), got)
	objects, err := manifest.Parse(name, got)
	require.NoError(t, err)
	require.NotEmpty(t, objects)
	for _, o := range objects {
		_, err := o.DecodeStrict()
		require.NoError(t, err)
	}
}

// testGateway adds a gateway with props to chart, failing t on error.
func testGateway(t *testing.T, chart cdk8s.Chart, props AIGatewayProps) *AIGateway {
	t.Helper()
	g, err := NewAIGateway(chart, "gateway", props)
	require.NoError(t, err)
	return g
}

func intPtr(n int) *int { return &n }
