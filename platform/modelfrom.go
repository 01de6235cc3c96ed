package platform

import (
	"fmt"
	"strings"

	"github.com/ai-gateway/ai-gateway/config"
	"github.com/ai-gateway/ai-gateway/constructs"
	"github.com/ai-gateway/ai-gateway/field"
)

// modelHeader is, with modelFrom: body, the header the HTTP models' matches
// name, which the gateway then sets from the body. One header is set, so
// the matches must agree on it; a match on another header is reported at
// its name.
func modelHeader(p *config.Platform) (string, field.List) {
	if constructs.ModelFrom(p.Gateway.ModelFrom) != constructs.ModelFromBody {
		return "", nil
	}
	var header string
	var first field.Path
	var errs field.List
	for i, m := range p.Models {
		if m.Protocol == config.ProtocolGRPC {
			continue
		}
		for j, match := range m.Matches {
			if match.Header == nil {
				continue
			}
			at := field.Path("models").Index(i).Child("matches").Index(j).Child("header.name")
			switch {
			case header == "":
				header, first = match.Header.Name, at
			case !strings.EqualFold(header, match.Header.Name):
				errs.Add(field.Invalid(at, match.Header.Name, fmt.Sprintf(
					"gateway.modelFrom: body sets one header from the body, and %s names %s; match on that one", first, header)))
			}
		}
	}
	return header, errs
}

// checkModelFrom refuses, with modelFrom: path, what the generated path
// matches make moot (an HTTP model's own matches and rewrite), and model
// names that cannot be a path segment; and the choice itself where no HTTP
// model would use it.
func checkModelFrom(p *config.Platform) field.List {
	if constructs.ModelFrom(p.Gateway.ModelFrom) != constructs.ModelFromPath {
		return nil
	}
	var errs field.List
	http := 0
	for i, m := range p.Models {
		if m.Protocol == config.ProtocolGRPC {
			continue
		}
		http++
		at := field.Path("models").Index(i)
		if len(m.Matches) > 0 {
			errs.Add(field.Errorf(at.Child("matches"), "has no effect with gateway.modelFrom: path, where the model answers on %s/ (leave matches out)", constructs.ModelPath(m.Name)))
		}
		if m.RewritePathPrefix != "" {
			errs.Add(field.Errorf(at.Child("rewritePathPrefix"), "has no effect with gateway.modelFrom: path, which rewrites %s/ to / (leave it out)", constructs.ModelPath(m.Name)))
		}
		errs.Add(constructs.CheckModelPathSegment(at.Child("name"), m.Name))
		for _, a := range aliases(m, at) {
			errs.Add(constructs.CheckModelPathSegment(a.path, a.name))
		}
	}
	if http == 0 {
		errs.Add(field.Invalid("gateway.modelFrom", p.Gateway.ModelFrom, "has no effect: no model is served over HTTP"))
	}
	return errs
}
