// Package constructs holds the cdk8s constructs of an AI gateway platform:
// the Namespace, the Gateway (AIGateway), a route per model (ModelRoute:
// HTTPRoute or GRPCRoute, with canary weights, mirroring, timeouts and
// retries), the servers of each model version (ModelServer: Deployment,
// Service, autoscaler, disruption budget, NetworkPolicy) and the
// InferencePools that route to them through an endpoint picker.
//
// Each construct follows the same shape, as cdk8s-plus does:
//
//   - XProps says what is wanted; every prop documents its default, and the
//     defaults are secure (non-root, read-only root filesystem, no service
//     account token, traffic only from the gateway). Defaults live in the
//     construct that applies them (withDefaults), nowhere else.
//   - PlanX applies the defaults and validates the props without touching a
//     chart, so a whole platform is checked before anything is built; NewX
//     plans and adds in one step.
//   - Errors are a field.List whose paths are the props' keys in lowerCamel
//     case ("resources.cpu", "tolerations[0].key"), as a config file spells
//     them; a caller moves them under the config path that set the prop.
//   - Objects lists the Kubernetes objects a construct writes, and their
//     names are the ones the props give, never hashes.
//
// Every call into a cdk8s object crosses the jsii bridge to a Node.js
// process, so the constructs make one call per Kubernetes object and reuse
// repeated values (see bridge.go). The jsii client is not safe for
// concurrent use: build a platform from one goroutine.
package constructs
