package constructs

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/ai-gateway/ai-gateway/field"
	"github.com/ai-gateway/ai-gateway/implementations"
)

// ModelFrom says where the gateway reads the model a request is for.
type ModelFrom string

// The places a client names its model.
const (
	// ModelFromHeader: clients send a header (x-model), which the routes
	// match. The default.
	ModelFromHeader ModelFrom = "header"
	// ModelFromBody: clients name the model only in the JSON body, as every
	// OpenAI-compatible client does; the implementation's mechanism
	// (implementations.BodyModel) copies it into the header the routes
	// match, replacing one a client sent.
	ModelFromBody ModelFrom = "body"
	// ModelFromPath: each HTTP model answers on /models/NAME/..., rewritten
	// to /..., so a client sets a base URL per model and nothing else.
	// Needs only HTTPRoutePathRewrite.
	ModelFromPath ModelFrom = "path"
)

// modelPathRoot is where models answer with ModelFromPath.
const modelPathRoot = "/models/"

// ModelPath is the path prefix model (or an alias of it) answers on with
// ModelFromPath: /models/NAME.
func ModelPath(model string) string { return modelPathRoot + model }

// pathSegment is what a model name must be to stand in a path as one
// segment without escaping: RFC 3986's unreserved characters.
var pathSegment = regexp.MustCompile(`^[A-Za-z0-9._~-]+$`)

// CheckModelPathSegment reports a model name that cannot be a segment of
// /models/NAME: a slash (Qwen/Qwen2.5) or a character a client would have to
// escape, or a dot segment.
func CheckModelPathSegment(path field.Path, name string) *field.Error {
	if !pathSegment.MatchString(name) || name == "." || name == ".." {
		return field.Invalid(path, name, fmt.Sprintf("is not a path segment (letters, digits, . _ ~ -), as modelFrom: path serves it on %s", ModelPath("NAME")))
	}
	return nil
}

// ModelFrom is where the gateway reads the model.
func (g *AIGateway) ModelFrom() ModelFrom {
	if g == nil {
		return ModelFromHeader
	}
	return g.props.ModelFrom
}

// validateModelFrom checks the choice against the implementation: body
// needs a mechanism of the implementation's and the header it is to set,
// path needs path rewrites.
func (p AIGatewayProps) validateModelFrom() field.List {
	var errs field.List
	switch p.ModelFrom {
	case ModelFromHeader:
		if p.ModelHeader != "" {
			errs.Add(field.Invalid("modelFrom", string(p.ModelFrom), "sets no header from the body; the model header is only written with modelFrom: body"))
		}
	case ModelFromBody:
		switch {
		case p.Implementation == nil:
			errs.Add(field.Invalid("modelFrom", string(p.ModelFrom), fmt.Sprintf(
				"needs the gateway's implementation named, whose own mechanism reads the body (one of %s); path works on any implementation that passes %s",
				strings.Join(implementations.BodyModelNames(), ", "), implementations.PathRewrite)))
		case !p.Implementation.Supports(implementations.ModelFromBody):
			errs.Add(field.Errorf("modelFrom", "%s", p.Implementation.Refusal(implementations.ModelFromBody)))
		}
		if p.ModelHeader == "" {
			errs.Add(field.Invalid("modelFrom", string(p.ModelFrom), "has no effect: no HTTP model matches a header, so nothing would route on the header set from the body"))
		} else {
			errs.Add(checkHeaderName("modelFrom", p.ModelHeader))
		}
	case ModelFromPath:
		if p.ModelHeader != "" {
			errs.Add(field.Invalid("modelFrom", string(p.ModelFrom), "sets no header from the body; the model header is only written with modelFrom: body"))
		}
		if p.Implementation != nil && !p.Implementation.Supports(implementations.PathRewrite) {
			errs.Add(field.Errorf("modelFrom", "path rewrites /models/NAME/... to /...: %s", p.Implementation.Refusal(implementations.PathRewrite)))
		}
	default:
		errs.Add(field.Invalid("modelFrom", string(p.ModelFrom), "must be header, body or path"))
	}
	return errs
}
