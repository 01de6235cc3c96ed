// gatewaynetworkingk8sio
package gatewaynetworkingk8sio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.BackendTlsPolicy",
		reflect.TypeOf((*BackendTlsPolicy)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_BackendTlsPolicy{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicyProps",
		reflect.TypeOf((*BackendTlsPolicyProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicySpec",
		reflect.TypeOf((*BackendTlsPolicySpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicySpecTargetRefs",
		reflect.TypeOf((*BackendTlsPolicySpecTargetRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicySpecValidation",
		reflect.TypeOf((*BackendTlsPolicySpecValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicySpecValidationCaCertificateRefs",
		reflect.TypeOf((*BackendTlsPolicySpecValidationCaCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicySpecValidationSubjectAltNames",
		reflect.TypeOf((*BackendTlsPolicySpecValidationSubjectAltNames)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.BackendTlsPolicySpecValidationSubjectAltNamesType",
		reflect.TypeOf((*BackendTlsPolicySpecValidationSubjectAltNamesType)(nil)).Elem(),
		map[string]interface{}{
			"HOSTNAME": BackendTlsPolicySpecValidationSubjectAltNamesType_HOSTNAME,
			"URI": BackendTlsPolicySpecValidationSubjectAltNamesType_URI,
		},
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.BackendTlsPolicyV1Alpha3",
		reflect.TypeOf((*BackendTlsPolicyV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_BackendTlsPolicyV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicyV1Alpha3Props",
		reflect.TypeOf((*BackendTlsPolicyV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicyV1Alpha3Spec",
		reflect.TypeOf((*BackendTlsPolicyV1Alpha3Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicyV1Alpha3SpecTargetRefs",
		reflect.TypeOf((*BackendTlsPolicyV1Alpha3SpecTargetRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicyV1Alpha3SpecValidation",
		reflect.TypeOf((*BackendTlsPolicyV1Alpha3SpecValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs",
		reflect.TypeOf((*BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames",
		reflect.TypeOf((*BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType",
		reflect.TypeOf((*BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType)(nil)).Elem(),
		map[string]interface{}{
			"HOSTNAME": BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType_HOSTNAME,
			"URI": BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType_URI,
		},
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.Gateway",
		reflect.TypeOf((*Gateway)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_Gateway{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.GatewayClass",
		reflect.TypeOf((*GatewayClass)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_GatewayClass{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayClassProps",
		reflect.TypeOf((*GatewayClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayClassSpec",
		reflect.TypeOf((*GatewayClassSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayClassSpecParametersRef",
		reflect.TypeOf((*GatewayClassSpecParametersRef)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.GatewayClassV1Beta1",
		reflect.TypeOf((*GatewayClassV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_GatewayClassV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayClassV1Beta1Props",
		reflect.TypeOf((*GatewayClassV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayClassV1Beta1Spec",
		reflect.TypeOf((*GatewayClassV1Beta1Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayClassV1Beta1SpecParametersRef",
		reflect.TypeOf((*GatewayClassV1Beta1SpecParametersRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayProps",
		reflect.TypeOf((*GatewayProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpec",
		reflect.TypeOf((*GatewaySpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecAddresses",
		reflect.TypeOf((*GatewaySpecAddresses)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecAllowedListeners",
		reflect.TypeOf((*GatewaySpecAllowedListeners)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecAllowedListenersNamespaces",
		reflect.TypeOf((*GatewaySpecAllowedListenersNamespaces)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewaySpecAllowedListenersNamespacesFrom",
		reflect.TypeOf((*GatewaySpecAllowedListenersNamespacesFrom)(nil)).Elem(),
		map[string]interface{}{
			"ALL": GatewaySpecAllowedListenersNamespacesFrom_ALL,
			"SELECTOR": GatewaySpecAllowedListenersNamespacesFrom_SELECTOR,
			"SAME": GatewaySpecAllowedListenersNamespacesFrom_SAME,
			"NONE": GatewaySpecAllowedListenersNamespacesFrom_NONE,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecAllowedListenersNamespacesSelector",
		reflect.TypeOf((*GatewaySpecAllowedListenersNamespacesSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions",
		reflect.TypeOf((*GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecInfrastructure",
		reflect.TypeOf((*GatewaySpecInfrastructure)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecInfrastructureParametersRef",
		reflect.TypeOf((*GatewaySpecInfrastructureParametersRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecListeners",
		reflect.TypeOf((*GatewaySpecListeners)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecListenersAllowedRoutes",
		reflect.TypeOf((*GatewaySpecListenersAllowedRoutes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecListenersAllowedRoutesKinds",
		reflect.TypeOf((*GatewaySpecListenersAllowedRoutesKinds)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecListenersAllowedRoutesNamespaces",
		reflect.TypeOf((*GatewaySpecListenersAllowedRoutesNamespaces)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewaySpecListenersAllowedRoutesNamespacesFrom",
		reflect.TypeOf((*GatewaySpecListenersAllowedRoutesNamespacesFrom)(nil)).Elem(),
		map[string]interface{}{
			"ALL": GatewaySpecListenersAllowedRoutesNamespacesFrom_ALL,
			"SELECTOR": GatewaySpecListenersAllowedRoutesNamespacesFrom_SELECTOR,
			"SAME": GatewaySpecListenersAllowedRoutesNamespacesFrom_SAME,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecListenersAllowedRoutesNamespacesSelector",
		reflect.TypeOf((*GatewaySpecListenersAllowedRoutesNamespacesSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions",
		reflect.TypeOf((*GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecListenersTls",
		reflect.TypeOf((*GatewaySpecListenersTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecListenersTlsCertificateRefs",
		reflect.TypeOf((*GatewaySpecListenersTlsCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewaySpecListenersTlsMode",
		reflect.TypeOf((*GatewaySpecListenersTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"TERMINATE": GatewaySpecListenersTlsMode_TERMINATE,
			"PASSTHROUGH": GatewaySpecListenersTlsMode_PASSTHROUGH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTls",
		reflect.TypeOf((*GatewaySpecTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsBackend",
		reflect.TypeOf((*GatewaySpecTlsBackend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsBackendClientCertificateRef",
		reflect.TypeOf((*GatewaySpecTlsBackendClientCertificateRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontend",
		reflect.TypeOf((*GatewaySpecTlsFrontend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendDefault",
		reflect.TypeOf((*GatewaySpecTlsFrontendDefault)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendDefaultValidation",
		reflect.TypeOf((*GatewaySpecTlsFrontendDefaultValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs",
		reflect.TypeOf((*GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendDefaultValidationMode",
		reflect.TypeOf((*GatewaySpecTlsFrontendDefaultValidationMode)(nil)).Elem(),
		map[string]interface{}{
			"ALLOW_VALID_ONLY": GatewaySpecTlsFrontendDefaultValidationMode_ALLOW_VALID_ONLY,
			"ALLOW_INSECURE_FALLBACK": GatewaySpecTlsFrontendDefaultValidationMode_ALLOW_INSECURE_FALLBACK,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendPerPort",
		reflect.TypeOf((*GatewaySpecTlsFrontendPerPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendPerPortTls",
		reflect.TypeOf((*GatewaySpecTlsFrontendPerPortTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendPerPortTlsValidation",
		reflect.TypeOf((*GatewaySpecTlsFrontendPerPortTlsValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs",
		reflect.TypeOf((*GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewaySpecTlsFrontendPerPortTlsValidationMode",
		reflect.TypeOf((*GatewaySpecTlsFrontendPerPortTlsValidationMode)(nil)).Elem(),
		map[string]interface{}{
			"ALLOW_VALID_ONLY": GatewaySpecTlsFrontendPerPortTlsValidationMode_ALLOW_VALID_ONLY,
			"ALLOW_INSECURE_FALLBACK": GatewaySpecTlsFrontendPerPortTlsValidationMode_ALLOW_INSECURE_FALLBACK,
		},
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.GatewayV1Beta1",
		reflect.TypeOf((*GatewayV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_GatewayV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1Props",
		reflect.TypeOf((*GatewayV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1Spec",
		reflect.TypeOf((*GatewayV1Beta1Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecAddresses",
		reflect.TypeOf((*GatewayV1Beta1SpecAddresses)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecAllowedListeners",
		reflect.TypeOf((*GatewayV1Beta1SpecAllowedListeners)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecAllowedListenersNamespaces",
		reflect.TypeOf((*GatewayV1Beta1SpecAllowedListenersNamespaces)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecAllowedListenersNamespacesFrom",
		reflect.TypeOf((*GatewayV1Beta1SpecAllowedListenersNamespacesFrom)(nil)).Elem(),
		map[string]interface{}{
			"ALL": GatewayV1Beta1SpecAllowedListenersNamespacesFrom_ALL,
			"SELECTOR": GatewayV1Beta1SpecAllowedListenersNamespacesFrom_SELECTOR,
			"SAME": GatewayV1Beta1SpecAllowedListenersNamespacesFrom_SAME,
			"NONE": GatewayV1Beta1SpecAllowedListenersNamespacesFrom_NONE,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecAllowedListenersNamespacesSelector",
		reflect.TypeOf((*GatewayV1Beta1SpecAllowedListenersNamespacesSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions",
		reflect.TypeOf((*GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecInfrastructure",
		reflect.TypeOf((*GatewayV1Beta1SpecInfrastructure)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecInfrastructureParametersRef",
		reflect.TypeOf((*GatewayV1Beta1SpecInfrastructureParametersRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListeners",
		reflect.TypeOf((*GatewayV1Beta1SpecListeners)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersAllowedRoutes",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersAllowedRoutes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersAllowedRoutesKinds",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersAllowedRoutesKinds)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersAllowedRoutesNamespaces",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersAllowedRoutesNamespaces)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom)(nil)).Elem(),
		map[string]interface{}{
			"ALL": GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom_ALL,
			"SELECTOR": GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom_SELECTOR,
			"SAME": GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom_SAME,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersTls",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersTlsCertificateRefs",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersTlsCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecListenersTlsMode",
		reflect.TypeOf((*GatewayV1Beta1SpecListenersTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"TERMINATE": GatewayV1Beta1SpecListenersTlsMode_TERMINATE,
			"PASSTHROUGH": GatewayV1Beta1SpecListenersTlsMode_PASSTHROUGH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTls",
		reflect.TypeOf((*GatewayV1Beta1SpecTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsBackend",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsBackend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsBackendClientCertificateRef",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsBackendClientCertificateRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontend",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendDefault",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendDefault)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendDefaultValidation",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendDefaultValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendDefaultValidationMode",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendDefaultValidationMode)(nil)).Elem(),
		map[string]interface{}{
			"ALLOW_VALID_ONLY": GatewayV1Beta1SpecTlsFrontendDefaultValidationMode_ALLOW_VALID_ONLY,
			"ALLOW_INSECURE_FALLBACK": GatewayV1Beta1SpecTlsFrontendDefaultValidationMode_ALLOW_INSECURE_FALLBACK,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendPerPort",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendPerPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendPerPortTls",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendPerPortTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode",
		reflect.TypeOf((*GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode)(nil)).Elem(),
		map[string]interface{}{
			"ALLOW_VALID_ONLY": GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode_ALLOW_VALID_ONLY,
			"ALLOW_INSECURE_FALLBACK": GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode_ALLOW_INSECURE_FALLBACK,
		},
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.GrpcRoute",
		reflect.TypeOf((*GrpcRoute)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_GrpcRoute{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteProps",
		reflect.TypeOf((*GrpcRouteProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpec",
		reflect.TypeOf((*GrpcRouteSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecParentRefs",
		reflect.TypeOf((*GrpcRouteSpecParentRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRules",
		reflect.TypeOf((*GrpcRouteSpecRules)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefs",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFilters",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFilters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersExtensionRef",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersExtensionRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifier",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersRequestMirror",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersRequestMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorFraction",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersRequestMirrorFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifier",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesBackendRefsFiltersType",
		reflect.TypeOf((*GrpcRouteSpecRulesBackendRefsFiltersType)(nil)).Elem(),
		map[string]interface{}{
			"RESPONSE_HEADER_MODIFIER": GrpcRouteSpecRulesBackendRefsFiltersType_RESPONSE_HEADER_MODIFIER,
			"REQUEST_HEADER_MODIFIER": GrpcRouteSpecRulesBackendRefsFiltersType_REQUEST_HEADER_MODIFIER,
			"REQUEST_MIRROR": GrpcRouteSpecRulesBackendRefsFiltersType_REQUEST_MIRROR,
			"EXTENSION_REF": GrpcRouteSpecRulesBackendRefsFiltersType_EXTENSION_REF,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFilters",
		reflect.TypeOf((*GrpcRouteSpecRulesFilters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersExtensionRef",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersExtensionRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersRequestHeaderModifier",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersRequestHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersRequestHeaderModifierAdd",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersRequestHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersRequestHeaderModifierSet",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersRequestHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersRequestMirror",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersRequestMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersRequestMirrorBackendRef",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersRequestMirrorBackendRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersRequestMirrorFraction",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersRequestMirrorFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersResponseHeaderModifier",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersResponseHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersResponseHeaderModifierAdd",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersResponseHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersResponseHeaderModifierSet",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersResponseHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesFiltersType",
		reflect.TypeOf((*GrpcRouteSpecRulesFiltersType)(nil)).Elem(),
		map[string]interface{}{
			"RESPONSE_HEADER_MODIFIER": GrpcRouteSpecRulesFiltersType_RESPONSE_HEADER_MODIFIER,
			"REQUEST_HEADER_MODIFIER": GrpcRouteSpecRulesFiltersType_REQUEST_HEADER_MODIFIER,
			"REQUEST_MIRROR": GrpcRouteSpecRulesFiltersType_REQUEST_MIRROR,
			"EXTENSION_REF": GrpcRouteSpecRulesFiltersType_EXTENSION_REF,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesMatches",
		reflect.TypeOf((*GrpcRouteSpecRulesMatches)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesMatchesHeaders",
		reflect.TypeOf((*GrpcRouteSpecRulesMatchesHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesMatchesHeadersType",
		reflect.TypeOf((*GrpcRouteSpecRulesMatchesHeadersType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": GrpcRouteSpecRulesMatchesHeadersType_EXACT,
			"REGULAR_EXPRESSION": GrpcRouteSpecRulesMatchesHeadersType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesMatchesMethod",
		reflect.TypeOf((*GrpcRouteSpecRulesMatchesMethod)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.GrpcRouteSpecRulesMatchesMethodType",
		reflect.TypeOf((*GrpcRouteSpecRulesMatchesMethodType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": GrpcRouteSpecRulesMatchesMethodType_EXACT,
			"REGULAR_EXPRESSION": GrpcRouteSpecRulesMatchesMethodType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.HttpRoute",
		reflect.TypeOf((*HttpRoute)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_HttpRoute{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteProps",
		reflect.TypeOf((*HttpRouteProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpec",
		reflect.TypeOf((*HttpRouteSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecParentRefs",
		reflect.TypeOf((*HttpRouteSpecParentRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRules",
		reflect.TypeOf((*HttpRouteSpecRules)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefs",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFilters",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFilters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersCors",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersCors)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods)(nil)).Elem(),
		map[string]interface{}{
			"GET": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_GET,
			"HEAD": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_HEAD,
			"POST": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_POST,
			"PUT": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_PUT,
			"DELETE": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_DELETE,
			"CONNECT": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_CONNECT,
			"OPTIONS": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_OPTIONS,
			"TRACE": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_TRACE,
			"PATCH": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_PATCH,
			"VALUE_ASTERISK": HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods_VALUE_ASTERISK,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersExtensionRef",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersExtensionRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestMirror",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestRedirect)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme_HTTP,
			"HTTPS": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme_HTTPS,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode)(nil)).Elem(),
		map[string]interface{}{
			"VALUE_301": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_301,
			"VALUE_302": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_302,
			"VALUE_303": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_303,
			"VALUE_307": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_307,
			"VALUE_308": HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_308,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersType",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersType)(nil)).Elem(),
		map[string]interface{}{
			"REQUEST_HEADER_MODIFIER": HttpRouteSpecRulesBackendRefsFiltersType_REQUEST_HEADER_MODIFIER,
			"RESPONSE_HEADER_MODIFIER": HttpRouteSpecRulesBackendRefsFiltersType_RESPONSE_HEADER_MODIFIER,
			"REQUEST_MIRROR": HttpRouteSpecRulesBackendRefsFiltersType_REQUEST_MIRROR,
			"REQUEST_REDIRECT": HttpRouteSpecRulesBackendRefsFiltersType_REQUEST_REDIRECT,
			"URL_REWRITE": HttpRouteSpecRulesBackendRefsFiltersType_URL_REWRITE,
			"EXTENSION_REF": HttpRouteSpecRulesBackendRefsFiltersType_EXTENSION_REF,
			"CORS": HttpRouteSpecRulesBackendRefsFiltersType_CORS,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersUrlRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType",
		reflect.TypeOf((*HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFilters",
		reflect.TypeOf((*HttpRouteSpecRulesFilters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersCors",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersCors)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersCorsAllowMethods",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersCorsAllowMethods)(nil)).Elem(),
		map[string]interface{}{
			"GET": HttpRouteSpecRulesFiltersCorsAllowMethods_GET,
			"HEAD": HttpRouteSpecRulesFiltersCorsAllowMethods_HEAD,
			"POST": HttpRouteSpecRulesFiltersCorsAllowMethods_POST,
			"PUT": HttpRouteSpecRulesFiltersCorsAllowMethods_PUT,
			"DELETE": HttpRouteSpecRulesFiltersCorsAllowMethods_DELETE,
			"CONNECT": HttpRouteSpecRulesFiltersCorsAllowMethods_CONNECT,
			"OPTIONS": HttpRouteSpecRulesFiltersCorsAllowMethods_OPTIONS,
			"TRACE": HttpRouteSpecRulesFiltersCorsAllowMethods_TRACE,
			"PATCH": HttpRouteSpecRulesFiltersCorsAllowMethods_PATCH,
			"VALUE_ASTERISK": HttpRouteSpecRulesFiltersCorsAllowMethods_VALUE_ASTERISK,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersExtensionRef",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersExtensionRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestHeaderModifier",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestHeaderModifierAdd",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestHeaderModifierSet",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestMirror",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestMirrorBackendRef",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestMirrorBackendRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestMirrorFraction",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestMirrorFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestRedirect",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestRedirect)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestRedirectPath",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestRedirectPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestRedirectPathType",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestRedirectPathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": HttpRouteSpecRulesFiltersRequestRedirectPathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": HttpRouteSpecRulesFiltersRequestRedirectPathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestRedirectScheme",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestRedirectScheme)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": HttpRouteSpecRulesFiltersRequestRedirectScheme_HTTP,
			"HTTPS": HttpRouteSpecRulesFiltersRequestRedirectScheme_HTTPS,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersRequestRedirectStatusCode",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersRequestRedirectStatusCode)(nil)).Elem(),
		map[string]interface{}{
			"VALUE_301": HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_301,
			"VALUE_302": HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_302,
			"VALUE_303": HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_303,
			"VALUE_307": HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_307,
			"VALUE_308": HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_308,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersResponseHeaderModifier",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersResponseHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersResponseHeaderModifierAdd",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersResponseHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersResponseHeaderModifierSet",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersResponseHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersType",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersType)(nil)).Elem(),
		map[string]interface{}{
			"REQUEST_HEADER_MODIFIER": HttpRouteSpecRulesFiltersType_REQUEST_HEADER_MODIFIER,
			"RESPONSE_HEADER_MODIFIER": HttpRouteSpecRulesFiltersType_RESPONSE_HEADER_MODIFIER,
			"REQUEST_MIRROR": HttpRouteSpecRulesFiltersType_REQUEST_MIRROR,
			"REQUEST_REDIRECT": HttpRouteSpecRulesFiltersType_REQUEST_REDIRECT,
			"URL_REWRITE": HttpRouteSpecRulesFiltersType_URL_REWRITE,
			"EXTENSION_REF": HttpRouteSpecRulesFiltersType_EXTENSION_REF,
			"CORS": HttpRouteSpecRulesFiltersType_CORS,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersUrlRewrite",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersUrlRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersUrlRewritePath",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersUrlRewritePath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesFiltersUrlRewritePathType",
		reflect.TypeOf((*HttpRouteSpecRulesFiltersUrlRewritePathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": HttpRouteSpecRulesFiltersUrlRewritePathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": HttpRouteSpecRulesFiltersUrlRewritePathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesMatches",
		reflect.TypeOf((*HttpRouteSpecRulesMatches)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesMatchesHeaders",
		reflect.TypeOf((*HttpRouteSpecRulesMatchesHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesMatchesHeadersType",
		reflect.TypeOf((*HttpRouteSpecRulesMatchesHeadersType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": HttpRouteSpecRulesMatchesHeadersType_EXACT,
			"REGULAR_EXPRESSION": HttpRouteSpecRulesMatchesHeadersType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesMatchesMethod",
		reflect.TypeOf((*HttpRouteSpecRulesMatchesMethod)(nil)).Elem(),
		map[string]interface{}{
			"GET": HttpRouteSpecRulesMatchesMethod_GET,
			"HEAD": HttpRouteSpecRulesMatchesMethod_HEAD,
			"POST": HttpRouteSpecRulesMatchesMethod_POST,
			"PUT": HttpRouteSpecRulesMatchesMethod_PUT,
			"DELETE": HttpRouteSpecRulesMatchesMethod_DELETE,
			"CONNECT": HttpRouteSpecRulesMatchesMethod_CONNECT,
			"OPTIONS": HttpRouteSpecRulesMatchesMethod_OPTIONS,
			"TRACE": HttpRouteSpecRulesMatchesMethod_TRACE,
			"PATCH": HttpRouteSpecRulesMatchesMethod_PATCH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesMatchesPath",
		reflect.TypeOf((*HttpRouteSpecRulesMatchesPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesMatchesPathType",
		reflect.TypeOf((*HttpRouteSpecRulesMatchesPathType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": HttpRouteSpecRulesMatchesPathType_EXACT,
			"PATH_PREFIX": HttpRouteSpecRulesMatchesPathType_PATH_PREFIX,
			"REGULAR_EXPRESSION": HttpRouteSpecRulesMatchesPathType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesMatchesQueryParams",
		reflect.TypeOf((*HttpRouteSpecRulesMatchesQueryParams)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesMatchesQueryParamsType",
		reflect.TypeOf((*HttpRouteSpecRulesMatchesQueryParamsType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": HttpRouteSpecRulesMatchesQueryParamsType_EXACT,
			"REGULAR_EXPRESSION": HttpRouteSpecRulesMatchesQueryParamsType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesRetry",
		reflect.TypeOf((*HttpRouteSpecRulesRetry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteSpecRulesTimeouts",
		reflect.TypeOf((*HttpRouteSpecRulesTimeouts)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1",
		reflect.TypeOf((*HttpRouteV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_HttpRouteV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1Props",
		reflect.TypeOf((*HttpRouteV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1Spec",
		reflect.TypeOf((*HttpRouteV1Beta1Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecParentRefs",
		reflect.TypeOf((*HttpRouteV1Beta1SpecParentRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRules",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRules)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefs",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFilters",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFilters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods)(nil)).Elem(),
		map[string]interface{}{
			"GET": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_GET,
			"HEAD": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_HEAD,
			"POST": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_POST,
			"PUT": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_PUT,
			"DELETE": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_DELETE,
			"CONNECT": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_CONNECT,
			"OPTIONS": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_OPTIONS,
			"TRACE": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_TRACE,
			"PATCH": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_PATCH,
			"VALUE_ASTERISK": HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods_VALUE_ASTERISK,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme_HTTP,
			"HTTPS": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme_HTTPS,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode)(nil)).Elem(),
		map[string]interface{}{
			"VALUE_301": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_301,
			"VALUE_302": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_302,
			"VALUE_303": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_303,
			"VALUE_307": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_307,
			"VALUE_308": HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_308,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersType)(nil)).Elem(),
		map[string]interface{}{
			"REQUEST_HEADER_MODIFIER": HttpRouteV1Beta1SpecRulesBackendRefsFiltersType_REQUEST_HEADER_MODIFIER,
			"RESPONSE_HEADER_MODIFIER": HttpRouteV1Beta1SpecRulesBackendRefsFiltersType_RESPONSE_HEADER_MODIFIER,
			"REQUEST_MIRROR": HttpRouteV1Beta1SpecRulesBackendRefsFiltersType_REQUEST_MIRROR,
			"REQUEST_REDIRECT": HttpRouteV1Beta1SpecRulesBackendRefsFiltersType_REQUEST_REDIRECT,
			"URL_REWRITE": HttpRouteV1Beta1SpecRulesBackendRefsFiltersType_URL_REWRITE,
			"EXTENSION_REF": HttpRouteV1Beta1SpecRulesBackendRefsFiltersType_EXTENSION_REF,
			"CORS": HttpRouteV1Beta1SpecRulesBackendRefsFiltersType_CORS,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFilters",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFilters)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersCors",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersCors)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods)(nil)).Elem(),
		map[string]interface{}{
			"GET": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_GET,
			"HEAD": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_HEAD,
			"POST": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_POST,
			"PUT": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_PUT,
			"DELETE": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_DELETE,
			"CONNECT": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_CONNECT,
			"OPTIONS": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_OPTIONS,
			"TRACE": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_TRACE,
			"PATCH": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_PATCH,
			"VALUE_ASTERISK": HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_VALUE_ASTERISK,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersExtensionRef",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersExtensionRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestMirror",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestMirror)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestRedirect",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestRedirect)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme_HTTP,
			"HTTPS": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme_HTTPS,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode)(nil)).Elem(),
		map[string]interface{}{
			"VALUE_301": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode_VALUE_301,
			"VALUE_302": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode_VALUE_302,
			"VALUE_303": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode_VALUE_303,
			"VALUE_307": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode_VALUE_307,
			"VALUE_308": HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode_VALUE_308,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersType)(nil)).Elem(),
		map[string]interface{}{
			"REQUEST_HEADER_MODIFIER": HttpRouteV1Beta1SpecRulesFiltersType_REQUEST_HEADER_MODIFIER,
			"RESPONSE_HEADER_MODIFIER": HttpRouteV1Beta1SpecRulesFiltersType_RESPONSE_HEADER_MODIFIER,
			"REQUEST_MIRROR": HttpRouteV1Beta1SpecRulesFiltersType_REQUEST_MIRROR,
			"REQUEST_REDIRECT": HttpRouteV1Beta1SpecRulesFiltersType_REQUEST_REDIRECT,
			"URL_REWRITE": HttpRouteV1Beta1SpecRulesFiltersType_URL_REWRITE,
			"EXTENSION_REF": HttpRouteV1Beta1SpecRulesFiltersType_EXTENSION_REF,
			"CORS": HttpRouteV1Beta1SpecRulesFiltersType_CORS,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersUrlRewrite",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersUrlRewrite)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesMatches",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesMatches)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesMatchesHeaders",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesMatchesHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesMatchesHeadersType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesMatchesHeadersType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": HttpRouteV1Beta1SpecRulesMatchesHeadersType_EXACT,
			"REGULAR_EXPRESSION": HttpRouteV1Beta1SpecRulesMatchesHeadersType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesMatchesMethod",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesMatchesMethod)(nil)).Elem(),
		map[string]interface{}{
			"GET": HttpRouteV1Beta1SpecRulesMatchesMethod_GET,
			"HEAD": HttpRouteV1Beta1SpecRulesMatchesMethod_HEAD,
			"POST": HttpRouteV1Beta1SpecRulesMatchesMethod_POST,
			"PUT": HttpRouteV1Beta1SpecRulesMatchesMethod_PUT,
			"DELETE": HttpRouteV1Beta1SpecRulesMatchesMethod_DELETE,
			"CONNECT": HttpRouteV1Beta1SpecRulesMatchesMethod_CONNECT,
			"OPTIONS": HttpRouteV1Beta1SpecRulesMatchesMethod_OPTIONS,
			"TRACE": HttpRouteV1Beta1SpecRulesMatchesMethod_TRACE,
			"PATCH": HttpRouteV1Beta1SpecRulesMatchesMethod_PATCH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesMatchesPath",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesMatchesPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesMatchesPathType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesMatchesPathType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": HttpRouteV1Beta1SpecRulesMatchesPathType_EXACT,
			"PATH_PREFIX": HttpRouteV1Beta1SpecRulesMatchesPathType_PATH_PREFIX,
			"REGULAR_EXPRESSION": HttpRouteV1Beta1SpecRulesMatchesPathType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesMatchesQueryParams",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesMatchesQueryParams)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesMatchesQueryParamsType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": HttpRouteV1Beta1SpecRulesMatchesQueryParamsType_EXACT,
			"REGULAR_EXPRESSION": HttpRouteV1Beta1SpecRulesMatchesQueryParamsType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesRetry",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesRetry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.HttpRouteV1Beta1SpecRulesTimeouts",
		reflect.TypeOf((*HttpRouteV1Beta1SpecRulesTimeouts)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.ListenerSet",
		reflect.TypeOf((*ListenerSet)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_ListenerSet{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetProps",
		reflect.TypeOf((*ListenerSetProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpec",
		reflect.TypeOf((*ListenerSetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecListeners",
		reflect.TypeOf((*ListenerSetSpecListeners)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersAllowedRoutes",
		reflect.TypeOf((*ListenerSetSpecListenersAllowedRoutes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersAllowedRoutesKinds",
		reflect.TypeOf((*ListenerSetSpecListenersAllowedRoutesKinds)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersAllowedRoutesNamespaces",
		reflect.TypeOf((*ListenerSetSpecListenersAllowedRoutesNamespaces)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersAllowedRoutesNamespacesFrom",
		reflect.TypeOf((*ListenerSetSpecListenersAllowedRoutesNamespacesFrom)(nil)).Elem(),
		map[string]interface{}{
			"ALL": ListenerSetSpecListenersAllowedRoutesNamespacesFrom_ALL,
			"SELECTOR": ListenerSetSpecListenersAllowedRoutesNamespacesFrom_SELECTOR,
			"SAME": ListenerSetSpecListenersAllowedRoutesNamespacesFrom_SAME,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersAllowedRoutesNamespacesSelector",
		reflect.TypeOf((*ListenerSetSpecListenersAllowedRoutesNamespacesSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersAllowedRoutesNamespacesSelectorMatchExpressions",
		reflect.TypeOf((*ListenerSetSpecListenersAllowedRoutesNamespacesSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersTls",
		reflect.TypeOf((*ListenerSetSpecListenersTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersTlsCertificateRefs",
		reflect.TypeOf((*ListenerSetSpecListenersTlsCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewaynetworkingk8sio.ListenerSetSpecListenersTlsMode",
		reflect.TypeOf((*ListenerSetSpecListenersTlsMode)(nil)).Elem(),
		map[string]interface{}{
			"TERMINATE": ListenerSetSpecListenersTlsMode_TERMINATE,
			"PASSTHROUGH": ListenerSetSpecListenersTlsMode_PASSTHROUGH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ListenerSetSpecParentRef",
		reflect.TypeOf((*ListenerSetSpecParentRef)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.ReferenceGrant",
		reflect.TypeOf((*ReferenceGrant)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_ReferenceGrant{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ReferenceGrantProps",
		reflect.TypeOf((*ReferenceGrantProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ReferenceGrantSpec",
		reflect.TypeOf((*ReferenceGrantSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ReferenceGrantSpecFrom",
		reflect.TypeOf((*ReferenceGrantSpecFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ReferenceGrantSpecTo",
		reflect.TypeOf((*ReferenceGrantSpecTo)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewaynetworkingk8sio.ReferenceGrantV1Beta1",
		reflect.TypeOf((*ReferenceGrantV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_ReferenceGrantV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ReferenceGrantV1Beta1Props",
		reflect.TypeOf((*ReferenceGrantV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ReferenceGrantV1Beta1Spec",
		reflect.TypeOf((*ReferenceGrantV1Beta1Spec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ReferenceGrantV1Beta1SpecFrom",
		reflect.TypeOf((*ReferenceGrantV1Beta1SpecFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewaynetworkingk8sio.ReferenceGrantV1Beta1SpecTo",
		reflect.TypeOf((*ReferenceGrantV1Beta1SpecTo)(nil)).Elem(),
	)
}
