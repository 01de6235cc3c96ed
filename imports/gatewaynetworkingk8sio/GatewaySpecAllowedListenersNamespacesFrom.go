package gatewaynetworkingk8sio


// From indicates where ListenerSets can attach to this Gateway. Possible values are:.
//
// * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
// * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
// * All: ListenerSets in all namespaces may be attached to this Gateway.
// * None: Only listeners defined in the Gateway's spec are allowed
//
// The default value None.
type GatewaySpecAllowedListenersNamespacesFrom string

const (
	// All.
	GatewaySpecAllowedListenersNamespacesFrom_ALL GatewaySpecAllowedListenersNamespacesFrom = "ALL"
	// Selector.
	GatewaySpecAllowedListenersNamespacesFrom_SELECTOR GatewaySpecAllowedListenersNamespacesFrom = "SELECTOR"
	// Same.
	GatewaySpecAllowedListenersNamespacesFrom_SAME GatewaySpecAllowedListenersNamespacesFrom = "SAME"
	// None.
	GatewaySpecAllowedListenersNamespacesFrom_NONE GatewaySpecAllowedListenersNamespacesFrom = "NONE"
)

