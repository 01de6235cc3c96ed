package inferencenetworkingk8sio

import (
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
)

// InferencePool is the Schema for the InferencePools API.
type InferencePoolProps struct {
	// Spec defines the desired state of the InferencePool.
	Spec *InferencePoolSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *cdk8s.ApiObjectMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

