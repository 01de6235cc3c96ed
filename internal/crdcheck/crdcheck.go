// Package crdcheck validates custom resources offline the way kube-apiserver
// does when they are created: unknown fields, defaulting, the OpenAPI v3
// schema, object metadata, list-type invariants and the CEL rules
// (x-kubernetes-validations) of their CRD, with the apiserver's cost limits.
//
// The order of the steps follows k8s.io/apiextensions-apiserver
// (customresource_handler.go for pruning and defaulting on decode,
// registry/customresource/strategy.go for validation).
package crdcheck

import (
	"bytes"
	"context"
	"fmt"
	"os"

	apiextensionshelpers "k8s.io/apiextensions-apiserver/pkg/apihelpers"
	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	structuralschema "k8s.io/apiextensions-apiserver/pkg/apiserver/schema"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel"
	structuraldefaulting "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting"
	structurallisttype "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/listtype"
	schemaobjectmeta "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/objectmeta"
	structuralpruning "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning"
	apiservervalidation "k8s.io/apiextensions-apiserver/pkg/apiserver/validation"
	metavalidation "k8s.io/apimachinery/pkg/api/validation"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	utiljson "k8s.io/apimachinery/pkg/util/json"
	"k8s.io/apimachinery/pkg/util/validation/field"
	celconfig "k8s.io/apiserver/pkg/apis/cel"
	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// Validator knows the served versions of a set of CRDs.
type Validator struct {
	kinds map[schema.GroupVersionKind]*servedVersion
}

type servedVersion struct {
	namespaced bool
	structural *structuralschema.Structural
	schema     apiservervalidation.SchemaValidator
	cel        *cel.Validator // nil when the version has no CEL rules
}

// Load reads the CRDs in files; documents of other kinds are skipped.
func Load(files ...string) (*Validator, error) {
	v := &Validator{kinds: map[schema.GroupVersionKind]*servedVersion{}}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		for _, doc := range manifest.SplitDocuments(data) {
			if err := v.add([]byte(doc)); err != nil {
				return nil, fmt.Errorf("%s: %w", file, err)
			}
		}
	}
	return v, nil
}

func (v *Validator) add(doc []byte) error {
	object, err := decode(doc)
	if err != nil || object == nil || object["kind"] != "CustomResourceDefinition" {
		return err
	}
	raw, err := utiljson.Marshal(object)
	if err != nil {
		return err
	}
	var external apiextensionsv1.CustomResourceDefinition
	if err := utiljson.Unmarshal(raw, &external); err != nil {
		return err
	}
	var crd apiextensions.CustomResourceDefinition
	if err := apiextensionsv1.Convert_v1_CustomResourceDefinition_To_apiextensions_CustomResourceDefinition(&external, &crd, nil); err != nil {
		return err
	}
	for _, version := range crd.Spec.Versions {
		if !version.Served {
			continue
		}
		served, err := newServedVersion(&external, &crd, version.Name)
		if err != nil {
			return fmt.Errorf("CRD %s version %s: %w", crd.Name, version.Name, err)
		}
		gvk := schema.GroupVersionKind{Group: crd.Spec.Group, Version: version.Name, Kind: crd.Spec.Names.Kind}
		v.kinds[gvk] = served
	}
	return nil
}

func newServedVersion(external *apiextensionsv1.CustomResourceDefinition, crd *apiextensions.CustomResourceDefinition, version string) (*servedVersion, error) {
	validation, err := apiextensionshelpers.GetSchemaForVersion(external, version)
	if err != nil {
		return nil, err
	}
	internal := &apiextensions.CustomResourceValidation{}
	if err := apiextensionsv1.Convert_v1_CustomResourceValidation_To_apiextensions_CustomResourceValidation(validation, internal, nil); err != nil {
		return nil, err
	}
	structural, err := structuralschema.NewStructural(internal.OpenAPIV3Schema)
	if err != nil {
		return nil, err
	}
	structural = structural.DeepCopy()
	if err := structuraldefaulting.PruneDefaults(structural); err != nil {
		return nil, err
	}
	schemaValidator, _, err := apiservervalidation.NewSchemaValidator(internal.OpenAPIV3Schema)
	if err != nil {
		return nil, err
	}
	return &servedVersion{
		namespaced: crd.Spec.Scope == apiextensions.NamespaceScoped,
		structural: structural,
		schema:     schemaValidator,
		cel:        cel.NewValidator(structural, true, celconfig.PerCallLimit),
	}, nil
}

// Handles reports whether the validator knows gvk.
func (v *Validator) Handles(gvk schema.GroupVersionKind) bool {
	_, ok := v.kinds[gvk]
	return ok
}

// ValidateYAML validates one YAML document.
func (v *Validator) ValidateYAML(doc []byte) (field.ErrorList, error) {
	object, err := decode(doc)
	if err != nil {
		return nil, err
	}
	return v.Validate(object)
}

// Validate checks one custom resource as kube-apiserver would on create,
// with kubectl's default strict field validation. It fails when the kind is
// not one of the loaded CRDs'.
func (v *Validator) Validate(object map[string]any) (field.ErrorList, error) {
	u := &unstructured.Unstructured{Object: runtime.DeepCopyJSON(object)}
	gvk := u.GroupVersionKind()
	served, ok := v.kinds[gvk]
	if !ok {
		return nil, fmt.Errorf("no CRD serves %s", gvk)
	}
	if served.namespaced && u.GetNamespace() == "" {
		u.SetNamespace("default") // as kubectl does with its context's namespace
	}
	// Decoding: unknown fields (an error under strict field validation),
	// metadata coercion, then defaulting.
	errs := unknownFields(u, served.structural)
	if err, _ := schemaobjectmeta.CoerceWithOptions(nil, u.Object, served.structural, false, schemaobjectmeta.CoerceOptions{}); err != nil {
		errs = append(errs, err)
	}
	structuraldefaulting.Default(u.Object, served.structural)

	// customResourceStrategy.Validate.
	errs = append(errs, metavalidation.ValidateObjectMetaAccessor(u, served.namespaced, metavalidation.NameIsDNSSubdomain, field.NewPath("metadata"))...)
	errs = append(errs, apiservervalidation.ValidateCustomResource(nil, u.UnstructuredContent(), served.schema)...)
	errs = append(errs, schemaobjectmeta.Validate(context.Background(), nil, u.Object, served.structural, false)...)
	errs = append(errs, structurallisttype.ValidateListSetsAndMaps(nil, served.structural, u.Object)...)
	if served.cel != nil {
		if blocked, err := blockingError(errs); blocked {
			errs = append(errs, err)
		} else {
			celErrs, _ := served.cel.Validate(context.Background(), nil, served.structural, u.Object, nil, celconfig.RuntimeCELCostBudget)
			errs = append(errs, celErrs...)
		}
	}
	return errs, nil
}

func unknownFields(u *unstructured.Unstructured, s *structuralschema.Structural) field.ErrorList {
	var errs field.ErrorList
	paths := structuralpruning.PruneWithOptions(u.Object, s, true, structuralschema.UnknownFieldPathOptions{TrackUnknownFieldPaths: true})
	for _, p := range paths {
		errs = append(errs, &field.Error{Type: field.ErrorTypeNotSupported, Field: p, Detail: "field not declared in schema"})
	}
	structuraldefaulting.PruneNonNullableNullsWithoutDefaults(u.Object, s)
	return errs
}

// blockingError mirrors the apiserver: CEL rules are not run on an object
// whose schema errors would make them meaningless.
func blockingError(errs field.ErrorList) (bool, *field.Error) {
	for _, err := range errs {
		switch err.Type {
		case field.ErrorTypeNotSupported, field.ErrorTypeRequired, field.ErrorTypeTooLong, field.ErrorTypeTooMany, field.ErrorTypeTypeInvalid:
			return true, field.Invalid(nil, nil, "some validation rules were not checked because the object was invalid; correct the existing errors to complete validation")
		}
	}
	return false, nil
}

// decode turns YAML into JSON-typed Go values with integers kept as int64:
// sigs.k8s.io/yaml.Unmarshal would make them float64, and CEL rules on ports
// would then fail on types.
func decode(doc []byte) (map[string]any, error) {
	if len(bytes.TrimSpace(doc)) == 0 {
		return nil, nil
	}
	raw, err := yaml.YAMLToJSON(doc)
	if err != nil {
		return nil, err
	}
	var object map[string]any
	if err := utiljson.Unmarshal(raw, &object); err != nil {
		return nil, err
	}
	return object, nil
}
