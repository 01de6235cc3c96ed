package jsiikernel

import (
	"fmt"
	"testing"
)

// toJSON is jsii-runtime-go's request for the toJson of ref.
func toJSON(ref string) string {
	return fmt.Sprintf(`{"api":"invoke","method":"toJson","args":null,"objref":{"$jsii.byref":%q}}`, ref)
}

// kernelToJSON is the fake kernel's answer to a toJson of ref asked after
// n requests.
func kernelToJSON(ref string, n int) string {
	return fmt.Sprintf(`{"ok":{"result":{"chart":%q,"after":%d}}}`, ref, n)
}

const (
	app    = "cdk8s.App@10000"
	chartA = "cdk8s.Chart@10001"
	objA   = "cdk8s.ApiObject@10002"
	chartB = "cdk8s.Chart@10003"
)

// twoCharts builds an app of chart A (one object) and chart B; when B is
// created, the relay asks for A's toJson: the kernel's fourth request (n 3).
func twoCharts(c *client) {
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	c.call(create("cdk8s.Chart", app, "a"))
	c.call(create("cdk8s.ApiObject", chartA, "o"))
	c.call(create("cdk8s.Chart", app, "b"))
}

func TestRelayAsksForAChartsToJsonWhenTheNextChartIsCreated(t *testing.T) {
	kernel := &fakeKernel{}
	c := startRelay(t, kernel)
	twoCharts(c)
	c.call(create("cdk8s.ApiObject", chartB, "o"))
	assertEqual(t, kernelToJSON(chartA, 3), c.call(toJSON(chartA)), "chart A's answer, asked for before chart B")
	assertEqual(t, 1, kernel.toJSONCount(chartA), "the kernel made it once")
	assertEqual(t, kernelToJSON(chartB, 6), c.call(toJSON(chartB)), "the last chart's toJson goes to the kernel")
	assertEqual(t, kernelToJSON(chartA, 7), c.call(toJSON(chartA)), "asked twice, the second goes to the kernel")
	assertNoError(t, c.exit())
	assertEqual(t, prefetchStats{Asked: 1, Served: 1}, c.relay.pf.stats)
}

func TestRelayDropsAnEarlyToJsonThatALaterRequestCouldChange(t *testing.T) {
	tests := []struct {
		name  string
		later []string // requests after chart B's create
	}{
		{"a create in chart A", []string{create("cdk8s.ApiObject", chartA, "late")}},
		{"a create in a construct of chart A", []string{create("cdk8s.ApiObject", objA, "child")}},
		{"a create that names an object of chart A", []string{
			fmt.Sprintf(`{"api":"create","fqn":"cdk8s.ApiObject","args":[{"$jsii.byref":%q},"o",{"$jsii.struct":{"fqn":"x.Props","data":{"peer":{"$jsii.byref":%q}}}}]}`, chartB, objA),
		}},
		{"an invoke on an object of chart A", []string{
			fmt.Sprintf(`{"api":"invoke","method":"addDependency","args":[],"objref":{"$jsii.byref":%q}}`, objA),
		}},
		{"a set on chart A", []string{
			fmt.Sprintf(`{"api":"set","property":"x","value":1,"objref":{"$jsii.byref":%q}}`, chartA),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kernel := &fakeKernel{}
			c := startRelay(t, kernel)
			twoCharts(c)
			for _, request := range tt.later {
				c.call(request)
			}
			n := 5 + len(tt.later)
			assertEqual(t, kernelToJSON(chartA, n), c.call(toJSON(chartA)), "the kernel's answer now")
			assertEqual(t, 2, kernel.toJSONCount(chartA))
			assertNoError(t, c.exit())
			assertEqual(t, prefetchStats{Asked: 1, Spoiled: 1}, c.relay.pf.stats)
		})
	}
}

func TestRelayFollowsWhatAChartReaches(t *testing.T) {
	// Chart Z holds s; chart A's object o comes to name s. A later invoke on
	// s spoils A's early answer, as it could change A's.
	const s, o = "cdk8s.ApiObject@10002", "cdk8s.ApiObject@10004"
	tests := []struct {
		name  string
		links []string // the requests in chart A that make o name s
	}{
		{"o's create names s", []string{
			fmt.Sprintf(`{"api":"create","fqn":"cdk8s.ApiObject","args":[{"$jsii.byref":"cdk8s.Chart@10003"},"o",{"$jsii.struct":{"fqn":"x.Props","data":{"service":{"$jsii.byref":%q}}}}]}`, s),
		}},
		{"an invoke on o names s (jsii writes the arguments before the object)", []string{
			create("cdk8s.ApiObject", "cdk8s.Chart@10003", "o"),
			fmt.Sprintf(`{"api":"invoke","method":"addDependency","args":[{"$jsii.byref":%q}],"objref":{"$jsii.byref":%q}}`, s, o),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kernel := &fakeKernel{}
			c := startRelay(t, kernel)
			c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
			c.call(create("cdk8s.Chart", app, "z"))                     // 10001
			c.call(create("cdk8s.ApiObject", "cdk8s.Chart@10001", "s")) // 10002
			c.call(create("cdk8s.Chart", app, "a"))                     // 10003, asks for z
			for _, request := range tt.links {
				c.call(request) // o is 10004
			}
			c.call(create("cdk8s.Chart", app, "b")) // asks for a
			c.call(fmt.Sprintf(`{"api":"invoke","method":"addLabel","args":["k","v"],"objref":{"$jsii.byref":%q}}`, s))
			n := 8 + len(tt.links)
			assertEqual(t, kernelToJSON("cdk8s.Chart@10003", n), c.call(toJSON("cdk8s.Chart@10003")), "a's answer from the kernel, after the invoke")
			assertNoError(t, c.exit())
			assertEqual(t, prefetchStats{Asked: 2, Spoiled: 2}, c.relay.pf.stats, "z's (its s is named) and a's")
		})
	}
}

func TestRelayIgnoresSharedValuesAndTheApp(t *testing.T) {
	kernel := &fakeKernel{}
	c := startRelay(t, kernel)
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	c.call(`{"api":"sinvoke","fqn":"cdk8s-plus-33.k8s.Quantity","method":"fromString","args":["1Gi"]}`)
	withQuantity := func(scope, id string) string {
		return fmt.Sprintf(`{"api":"create","fqn":"cdk8s.ApiObject","args":[{"$jsii.byref":%q},%q,{"$jsii.struct":{"fqn":"x.Props","data":{"memory":{"$jsii.byref":"cdk8s-plus-33.k8s.Quantity@10001"}}}}]}`, scope, id)
	}
	c.call(create("cdk8s.Chart", app, "a")) // 10002
	c.call(withQuantity("cdk8s.Chart@10002", "o"))
	c.call(create("cdk8s.Chart", app, "b")) // 10004, asks for a
	c.call(withQuantity("cdk8s.Chart@10004", "o"))
	assertEqual(t, kernelToJSON("cdk8s.Chart@10002", 4), c.call(toJSON("cdk8s.Chart@10002")), "served: the quantity and the app are shared, not read")
	assertNoError(t, c.exit())
	assertEqual(t, prefetchStats{Asked: 1, Served: 1}, c.relay.pf.stats)
}

func TestRelayLeavesAnEarlyErrorToTheAppsOwnCall(t *testing.T) {
	kernel := &fakeKernel{answer: func(n int, _ map[string]any, usual string) string {
		if n == 3 {
			return `{"error":"Validation failed","name":"Error"}`
		}
		return usual
	}}
	c := startRelay(t, kernel)
	twoCharts(c)
	assertEqual(t, kernelToJSON(chartA, 5), c.call(toJSON(chartA)), "the kernel's answer to the app's call")
	assertNoError(t, c.exit())
	assertEqual(t, prefetchStats{Asked: 1, Spoiled: 1}, c.relay.pf.stats)
}

func TestRelayAsksForNothingAheadOnceAnObjectMayCallBack(t *testing.T) {
	kernel := &fakeKernel{}
	c := startRelay(t, kernel)
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	c.call(create("cdk8s.Chart", app, "a"))
	c.call(fmt.Sprintf(`{"api":"create","fqn":"cdk8s.ApiObject","args":[{"$jsii.byref":%q},"o"],"overrides":[{"method":"toJson"}]}`, chartA))
	c.call(create("cdk8s.Chart", app, "b"))
	assertEqual(t, 0, kernel.toJSONCount(chartA), "not asked")
	assertNoError(t, c.exit())
	assertEqual(t, prefetchStats{}, c.relay.pf.stats)
}

func TestRelayReportsAFailureAfterAnEarlyToJsonAtTheNextCall(t *testing.T) {
	kernelMessage := "There is already a Construct with name 'o' in Chart [b]"
	kernel := &fakeKernel{answer: func(n int, _ map[string]any, usual string) string {
		if n == 6 {
			return fmt.Sprintf(`{"error":%q,"name":"Error"}`, kernelMessage)
		}
		return usual
	}}
	c := startRelay(t, kernel)
	twoCharts(c)
	c.call(create("cdk8s.ApiObject", chartB, "o"))
	c.call(create("cdk8s.ApiObject", chartB, "o")) // fails, answered ahead
	// Chart A's early answer may be served or may carry the failure, as the
	// kernel's answers come in; chart B's toJson goes to the kernel and must.
	c.call(toJSON(chartA))
	want := "jsii kernel: create of cdk8s.ApiObject at b/o failed: " + kernelMessage
	assertEqual(t, errorLine(want), c.call(toJSON(chartB)))
	assertEqualError(t, c.exit(), want)
}
