package jsiikernel

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// A synth's twelve toJson calls at 1,000 models take about a second of the
// kernel's time, and the app makes each once two more charts are built
// (output/files.go). The relay asks for each chart's toJson ahead, as soon as
// the app creates the next chart (the app builds its charts one after the
// other), so that the kernel works on chart k while Go builds chart k+1,
// and it answers the app's own toJson of chart k with that answer.
//
// The early answer is used only when nothing could have changed it since:
// the relay keeps, for every object, the objects its requests mention (a
// create's scope and arguments; for an invoke, a get or a set, every object
// it names links to every other), and at
// the moment it asks for chart k's toJson it takes every object chart k
// reaches through them. A later request that mentions any of them spoils
// the early answer, and the app's toJson goes to the kernel as it would
// without the relay. Only two kinds of object are not followed: the app
// (every chart's scope, which the toJson of one chart never reads beyond
// validating it) and immutable values created once (quantities, ints or
// strings). An early answer that is an error is dropped too, so that an
// error comes from the app's own call, in its place.

const (
	appFQN   = "cdk8s.App"
	chartFQN = "cdk8s.Chart"
)

// valueFQNs are the classes whose objects are immutable values: created by
// a static call once per process (constructs/bridge.go), never changed,
// shared by every chart.
var valueFQNs = map[string]bool{
	"cdk8s-plus-33.k8s.Quantity":    true,
	"cdk8s-plus-33.k8s.IntOrString": true,
}

// prefetcher is the relay's knowledge of what the charts' toJson reads. Only
// the relay's request loop uses it; the answers it waits for arrive through
// prefetch.answer.
type prefetcher struct {
	stopped bool // asks no more
	app     int  // the App's id; 0 until created
	open    int  // the chart created last, not yet asked for; 0 for none
	// links are, by object id, the objects its requests mentioned and, for
	// a scope, the objects created in it.
	links map[int][]int
	// charts are the early toJson asks by chart id, not yet taken.
	charts map[int]*prefetch
	// watchers are, by object id, the asks a mention of it spoils.
	watchers map[int][]*prefetch
	stats    prefetchStats
}

// prefetchStats counts the relay's early toJson asks over a run.
type prefetchStats struct {
	// Asked is how many charts' toJson the relay asked for ahead.
	Asked int
	// Served is how many of the app's toJson calls it answered with them.
	Served int
	// Spoiled is how many it dropped: a later request mentioned what the
	// chart reads, or the early answer was an error.
	Spoiled int
}

// prefetch is one early toJson.
type prefetch struct {
	chart   int
	ref     string
	reads   []int // what the chart reaches, by id
	seq     int   // how many answers the kernel owed with this one
	spoiled bool
	// answer is the kernel's answer line; nil until it arrives. The relay's
	// reader sets it under relay.mu.
	answer []byte
}

func newPrefetcher() *prefetcher {
	return &prefetcher{links: map[int][]int{}, charts: map[int]*prefetch{}, watchers: map[int][]*prefetch{}}
}

// mention is one object reference in a request.
type mention struct {
	fqn string
	id  int
}

// mentions are the object references a request or answer holds.
func mentions(line []byte) []mention {
	const token = `"$jsii.byref":"`
	var found []mention
	for rest := line; ; {
		i := bytes.Index(rest, []byte(token))
		if i < 0 {
			return found
		}
		rest = rest[i+len(token):]
		end := bytes.IndexByte(rest, '"')
		if end < 0 {
			return found
		}
		ref := rest[:end]
		at := bytes.LastIndexByte(ref, '@')
		if at < 0 {
			continue
		}
		if n, err := strconv.Atoi(string(ref[at+1:])); err == nil {
			found = append(found, mention{fqn: string(ref[:at]), id: n})
		}
	}
}

// refID is the id of a reference "FQN@ID"; 0 if it has none.
func refID(ref string) int {
	for i := len(ref) - 1; i >= 0; i-- {
		if ref[i] == '@' {
			n, _ := strconv.Atoi(ref[i+1:])
			return n
		}
	}
	return 0
}

// mentioned spoils every early ask that reads one of refs.
func (pf *prefetcher) mentioned(refs []mention) {
	for _, m := range refs {
		for _, p := range pf.watchers[m.id] {
			if !p.spoiled {
				p.spoiled = true
				pf.stats.Spoiled++
			}
		}
	}
}

// link records that subject's request mentioned refs and, for a create,
// that subject lives in scope (0 for none).
func (pf *prefetcher) link(subject, scope int, refs []mention) {
	if scope != 0 {
		pf.links[scope] = append(pf.links[scope], subject)
	}
	for _, m := range refs {
		if m.id != subject && !valueFQNs[m.fqn] {
			pf.links[subject] = append(pf.links[subject], m.id)
		}
	}
}

// created notes a create, and returns the chart whose toJson to ask for
// ahead: the one before, when ref is a new chart of the app.
func (pf *prefetcher) created(info createInfo, ref string, refs []mention) (ask int) {
	id, scope := refID(ref), refID(info.scope)
	pf.link(id, scope, refs)
	switch {
	case info.fqn == appFQN && pf.app == 0:
		pf.app = id
	case info.fqn == chartFQN && scope == pf.app && pf.app != 0:
		ask, pf.open = pf.open, id
	}
	if pf.stopped {
		return 0
	}
	return ask
}

// stop asks for no more early toJson.
func (pf *prefetcher) stop() { pf.stopped = true }

// ask records an early toJson of chart, watching everything it reaches.
func (pf *prefetcher) ask(chart int, ref string) *prefetch {
	p := &prefetch{chart: chart, ref: ref, reads: pf.reach(chart)}
	pf.charts[chart] = p
	for _, id := range p.reads {
		pf.watchers[id] = append(pf.watchers[id], p)
	}
	pf.stats.Asked++
	return p
}

// reach lists every object chart reaches through links, but the app.
func (pf *prefetcher) reach(chart int) []int {
	seen := map[int]bool{chart: true}
	queue := []int{chart}
	for i := 0; i < len(queue); i++ {
		for _, next := range pf.links[queue[i]] {
			if !seen[next] && next != pf.app {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	return queue
}

// take removes and returns the early ask of chart, if there is one.
func (pf *prefetcher) take(chart int) *prefetch {
	if pf.open == chart {
		pf.open = 0
	}
	p := pf.charts[chart]
	if p == nil {
		return nil
	}
	delete(pf.charts, chart)
	for _, id := range p.reads {
		w := pf.watchers[id]
		for i := range w {
			if w[i] == p {
				w = append(w[:i], w[i+1:]...)
				break
			}
		}
		if len(w) == 0 {
			delete(pf.watchers, id)
		} else {
			pf.watchers[id] = w
		}
	}
	return p
}

// toJSONRequest is the kernel request for a chart's toJson.
func toJSONRequest(ref string) []byte {
	return []byte(`{"api":"invoke","method":"toJson","args":[],"objref":{"$jsii.byref":"` + ref + `"}}` + "\n")
}

// toJSONOf returns the object whose toJson line calls, with no arguments.
func toJSONOf(line []byte) (ref string, ok bool) {
	if !bytes.HasPrefix(line, []byte(`{"api":"invoke","method":"toJson",`)) {
		return "", false
	}
	var call struct {
		Args   []json.RawMessage `json:"args"`
		ObjRef struct {
			Ref string `json:"$jsii.byref"`
		} `json:"objref"`
	}
	if err := json.Unmarshal(line, &call); err != nil || len(call.Args) != 0 || call.ObjRef.Ref == "" {
		return "", false
	}
	return call.ObjRef.Ref, true
}
