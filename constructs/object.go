package constructs

// ObjectID identifies one Kubernetes object a construct writes. Two objects
// with the same ID overwrite each other on apply.
type ObjectID struct {
	Kind, Namespace, Name string
}

func (o ObjectID) String() string {
	if o.Namespace == "" {
		return o.Kind + " " + o.Name
	}
	return o.Kind + " " + o.Namespace + "/" + o.Name
}
