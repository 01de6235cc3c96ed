package platform

import (
	"sync"

	cdk8splus "github.com/cdk8s-team/cdk8s-plus-go/cdk8splus33/v2/jsii"

	gatewayapi "github.com/ai-gateway/ai-gateway/imports/gatewaynetworkingk8sio/jsii"
)

// StartKernel starts the jsii kernel (the Node.js process behind every cdk8s
// call) and loads into it the packages every synth uses (cdk8s, cdk8s-plus,
// the Gateway API; InferencePools load when a model has one), in the
// background, so that Node.js starts while the description is read and
// checked rather than after (measured: 2% less wall time at 1 and at 1,000
// models; most of the start-up still comes after a small description is
// checked). The function it returns waits until that is done; call it
// before the first call into cdk8s. Loading uses the bindings' own idempotent
// Initialize functions, which the first object of each package would
// otherwise call.
func StartKernel() (wait func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		WithBridge(func() {
			cdk8splus.Initialize()
			gatewayapi.Initialize()
		})
	}()
	return func() { <-done }
}

// bridge serializes calls into cdk8s: the jsii client is not safe for
// concurrent calls.
var bridge sync.Mutex

// WithBridge runs f, which calls into cdk8s, while no other goroutine does.
// Code that calls into cdk8s while another goroutine may (the kernel's start,
// the build in Plan.Charts, the output step's resolving of the charts built
// so far) goes through it.
func WithBridge(f func()) {
	bridge.Lock()
	defer bridge.Unlock()
	f()
}
