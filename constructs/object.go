package constructs

import "github.com/aws/constructs-go/constructs/v10"

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

// planned is a construct whose props are validated and defaulted, ready to
// add its objects to a chart.
type planned interface {
	Add(scope constructs.Construct, id string)
}

// added is the end of every NewX function: it adds c, which PlanX
// returned, to scope, unless PlanX failed.
func added[C planned](scope constructs.Construct, id string, c C, err error) (C, error) {
	if err != nil {
		var none C
		return none, err
	}
	c.Add(scope, id)
	return c, nil
}
