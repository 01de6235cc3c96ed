// inferencenetworkingk8sio
package inferencenetworkingk8sio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"inferencenetworkingk8sio.InferencePool",
		reflect.TypeOf((*InferencePool)(nil)).Elem(),
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
			j := jsiiProxy_InferencePool{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"inferencenetworkingk8sio.InferencePoolProps",
		reflect.TypeOf((*InferencePoolProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"inferencenetworkingk8sio.InferencePoolSpec",
		reflect.TypeOf((*InferencePoolSpec)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"inferencenetworkingk8sio.InferencePoolSpecAppProtocol",
		reflect.TypeOf((*InferencePoolSpecAppProtocol)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": InferencePoolSpecAppProtocol_HTTP,
			"KUBERNETES_PERIOD_IO_FORWARD_SLASH_H2C": InferencePoolSpecAppProtocol_KUBERNETES_PERIOD_IO_FORWARD_SLASH_H2C,
		},
	)
	_jsii_.RegisterStruct(
		"inferencenetworkingk8sio.InferencePoolSpecEndpointPickerRef",
		reflect.TypeOf((*InferencePoolSpecEndpointPickerRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"inferencenetworkingk8sio.InferencePoolSpecEndpointPickerRefFailureMode",
		reflect.TypeOf((*InferencePoolSpecEndpointPickerRefFailureMode)(nil)).Elem(),
		map[string]interface{}{
			"FAIL_OPEN": InferencePoolSpecEndpointPickerRefFailureMode_FAIL_OPEN,
			"FAIL_CLOSE": InferencePoolSpecEndpointPickerRefFailureMode_FAIL_CLOSE,
		},
	)
	_jsii_.RegisterStruct(
		"inferencenetworkingk8sio.InferencePoolSpecEndpointPickerRefPort",
		reflect.TypeOf((*InferencePoolSpecEndpointPickerRefPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"inferencenetworkingk8sio.InferencePoolSpecSelector",
		reflect.TypeOf((*InferencePoolSpecSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"inferencenetworkingk8sio.InferencePoolSpecTargetPorts",
		reflect.TypeOf((*InferencePoolSpecTargetPorts)(nil)).Elem(),
	)
}
