package topology

import (
	"encoding/json"
	"fmt"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	gwv1 "sigs.k8s.io/gateway-api/apis/v1"

	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// bodyModel is an object that sets the model header from the request body
// on a Gateway (gateway.modelFrom: body), as the picture shows it.
type bodyModel struct {
	kind, namespace, name string
	// gateway is the Gateway it targets.
	gateway string
	// header is the header it sets from the body's model; router is the
	// ext-proc Service that does it, if one does.
	header, router string
}

// decodeBodyModel reads an AgentgatewayPolicy, EnvoyFilter or
// EnvoyExtensionPolicy that targets a Gateway; ok is false for any other
// object, or one that targets no Gateway.
func decodeBodyModel(o manifest.Object) (bodyModel, bool) {
	var obj struct {
		Metadata struct{ Name, Namespace string }
		Spec     struct {
			TargetRefs []struct{ Kind, Name string } `json:"targetRefs"`
			Traffic    struct {
				Transformation struct {
					Request struct {
						Set []struct{ Name string }
					}
				}
			}
			ExtProc []struct {
				BackendRefs []struct{ Name string } `json:"backendRefs"`
			} `json:"extProc"`
		}
	}
	if json.Unmarshal(o.JSON, &obj) != nil {
		return bodyModel{}, false
	}
	b := bodyModel{kind: o.GVK.Kind, namespace: obj.Metadata.Namespace, name: obj.Metadata.Name}
	for _, ref := range obj.Spec.TargetRefs {
		if ref.Kind == "Gateway" {
			b.gateway = ref.Name
		}
	}
	switch b.kind {
	case "AgentgatewayPolicy":
		for _, set := range obj.Spec.Traffic.Transformation.Request.Set {
			b.header = set.Name
		}
	case "EnvoyExtensionPolicy":
		for _, p := range obj.Spec.ExtProc {
			for _, ref := range p.BackendRefs {
				b.router = ref.Name
			}
		}
	case "EnvoyFilter":
		b.router = b.name // its cluster is the router's Service, named alike
	default:
		return bodyModel{}, false
	}
	return b, b.gateway != ""
}

// bodyModelText says what reads the model from the body: the object, and
// the header the routes then match.
func (p *platform) bodyModelText(b bodyModel) string {
	lines := []string{fmt.Sprintf("%s %s", b.kind, b.name)}
	header := b.header
	if b.router != "" {
		lines = append(lines, fmt.Sprintf("ext-proc → Service %s", b.router))
		if dep := p.routerDeployment(b.namespace, b.router); dep != nil {
			header = routerHeader(dep)
			lines = append(lines, fmt.Sprintf("Deployment %s ×%d", dep.Name, replicas(dep)))
		}
	}
	return strings.Join(append(lines, fmt.Sprintf("model read from the body → %s", header)), "<br/>")
}

// routerDeployment is the body-based router behind the named Service.
func (p *platform) routerDeployment(ns, service string) *appsv1.Deployment {
	for _, s := range p.services {
		if s.Namespace == ns && s.Name == service {
			return p.selected(ns, s.Spec.Selector)
		}
	}
	return nil
}

// routerHeader is the header name of the router's body-field-to-header
// plugin argument.
func routerHeader(dep *appsv1.Deployment) string {
	for _, c := range dep.Spec.Template.Spec.Containers {
		for _, arg := range c.Args {
			_, config, ok := strings.Cut(arg, "body-field-to-header:")
			if !ok {
				continue
			}
			_, config, _ = strings.Cut(config, ":")
			var plugin struct {
				HeaderName string `json:"headerName"`
			}
			if json.Unmarshal([]byte(config), &plugin) == nil {
				return plugin.HeaderName
			}
		}
	}
	return "?"
}

func replicas(dep *appsv1.Deployment) int32 {
	if dep.Spec.Replicas == nil {
		return 1
	}
	return *dep.Spec.Replicas
}

// drawBodyModels adds to g's subgraph each object that reads the model from
// the body for it.
func (p *platform) drawBodyModels(d *diagram, g *gwv1.Gateway) {
	for _, b := range p.bodyModels {
		if b.namespace == g.Namespace && b.gateway == g.Name {
			d.line("    %s[%s]", id("bodymodel", b.namespace, b.name), label(p.bodyModelText(b)))
		}
	}
}
