package topology

import (
	"maps"

	"github.com/ai-gateway/ai-gateway/internal/manifest"
)

// A Part is the objects of one file, decoded strictly for the picture.
// Synth decodes each file as soon as it is written, while later charts are
// still being built, so only the drawing is left once the last file is.
type Part struct {
	p *platform
}

// DecodePart decodes objects as Render does: strictly, and an error for an
// object of a kind we do not emit or with a field its API does not have.
func DecodePart(objects []manifest.Object) (Part, error) {
	p, err := decode(objects)
	if err != nil {
		return Part{}, err
	}
	return Part{p}, nil
}

// RenderParts draws parts as Render draws all their objects in the order
// given.
func RenderParts(parts []Part) (string, error) {
	p := newPlatform()
	for _, part := range parts {
		p.merge(part.p)
	}
	return p.render()
}

// merge adds the objects of q after those of p, as decoding them after p's
// would: lists keep their order and, by namespace and name, a later
// autoscaler or scaler replaces an earlier one.
func (p *platform) merge(q *platform) {
	p.gateways = append(p.gateways, q.gateways...)
	p.httpRoutes = append(p.httpRoutes, q.httpRoutes...)
	p.grpcRoutes = append(p.grpcRoutes, q.grpcRoutes...)
	p.services = append(p.services, q.services...)
	p.pools = append(p.pools, q.pools...)
	p.objectives = append(p.objectives, q.objectives...)
	p.rewrites = append(p.rewrites, q.rewrites...)
	p.configMaps = append(p.configMaps, q.configMaps...)
	p.monitors = append(p.monitors, q.monitors...)
	p.bodyModels = append(p.bodyModels, q.bodyModels...)
	maps.Copy(p.autoscalers, q.autoscalers)
	maps.Copy(p.scalers, q.scalers)
	for key, deployments := range q.byLabel {
		p.byLabel[key] = append(p.byLabel[key], deployments...)
	}
}
