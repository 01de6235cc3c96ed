package constructs

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"github.com/ai-gateway/ai-gateway/field"
	llmdai "github.com/ai-gateway/ai-gateway/imports/llmdai"
	"github.com/ai-gateway/ai-gateway/internal/llmd"
)

// ObjectiveHeader is the request header that names a request's objective
// (llm-d-router's x-llm-d-inference-objective; see internal/llmd).
const ObjectiveHeader = llmd.ObjectiveHeader

// maxObjectives: a route holds at most 16 rules, one per objective and one
// for the requests that name none.
const maxObjectives = 15

// Objective is a class of a model's requests with a priority in its pools,
// e.g. interactive (10) and batch (-1). Clients choose one with the
// ObjectiveHeader; the route turns the name into the pool's own
// InferenceObjective (POOL-NAME), so clients send the same short name to
// every model.
type Objective struct {
	// Name clients send in the header; a DNS label. Required.
	Name string
	// Priority of the requests: higher is served first when the pool is
	// saturated; negative ones are sheddable, rejected first (HTTP 429).
	// Within int32. Default: 0, as for requests that name no objective.
	Priority *int
}

// ModelRewrite sends the requests that ask for Model (the "model" field of
// the JSON body) to Targets instead, shared by weight: an alias (chat →
// Qwen/Qwen2.5-7B-Instruct) or a canary between two adapters of one base
// model. llm-d-router's picker rewrites the body (InferenceModelRewrite).
type ModelRewrite struct {
	// Model clients ask for. Required.
	Model string
	// Targets the servers receive instead. Required: 1 to 16.
	Targets []RewriteTarget
}

// RewriteTarget is one model a rewrite sends requests to.
type RewriteTarget struct {
	// Model the server receives: its served name or an adapter's. Required.
	Model string
	// Weight relative to the other targets (0 to 1,000,000; 0 drains the
	// target). Default: 1.
	Weight *int
}

// maxRewriteTargets bounds the targets of one rewrite, as a route's backends.
const maxRewriteTargets = maxBackends

// objectiveName names the pool's InferenceObjective for objective o.
func (pool *InferencePool) objectiveName(o string) string { return pool.Name + "-" + o }

// ObjectiveNames are the names of the pool's InferenceObjectives, by the
// objective's name.
func (pool *InferencePool) ObjectiveNames() map[string]string {
	names := make(map[string]string, len(pool.props.Objectives))
	for _, o := range pool.props.Objectives {
		names[o.Name] = pool.objectiveName(o.Name)
	}
	return names
}

// Aliases are the models clients may ask this pool for besides its own: its
// adapters' names and the models of its rewrites, in that order.
func (pool *InferencePool) Aliases() []string {
	var out []string
	for _, a := range pool.props.Server.Adapters() {
		out = appendUnique(out, a)
	}
	for _, r := range pool.props.Rewrites {
		out = appendUnique(out, r.Model)
	}
	return out
}

// priorities are the distinct priorities of the pool's objectives, highest first.
func (pool *InferencePool) priorities() []int {
	var out []int
	for _, o := range pool.props.Objectives {
		if p := orZero(o.Priority); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out
}

func validateObjectives(objectives []Objective) field.List {
	var errs field.List
	if len(objectives) > maxObjectives {
		errs.Add(field.Errorf("objectives", "has %d entries; a model takes at most %d (its route holds a rule for each and one for requests that name none)", len(objectives), maxObjectives))
	}
	seen := map[string]int{}
	for i, o := range objectives {
		path := field.Path("objectives").Index(i)
		errs.Add(checkDNSLabel(path.Child("name"), o.Name))
		if j, ok := seen[o.Name]; ok {
			errs.Add(field.Invalid(path.Child("name"), o.Name, fmt.Sprintf("is listed twice (objectives[%d])", j)))
		}
		seen[o.Name] = i
		if p := o.Priority; p != nil && (*p < math.MinInt32 || *p > math.MaxInt32) {
			errs.Add(field.Invalid(path.Child("priority"), *p, fmt.Sprintf("must be between %d and %d (an int32)", math.MinInt32, math.MaxInt32)))
		}
	}
	return errs
}

func validateRewrites(rewrites []ModelRewrite) field.List {
	var errs field.List
	seen := map[string]int{}
	for i, r := range rewrites {
		path := field.Path("rewrites").Index(i)
		errs.Add(checkModelName(path.Child("model"), r.Model))
		if j, ok := seen[r.Model]; ok {
			errs.Add(field.Invalid(path.Child("model"), r.Model, fmt.Sprintf("is rewritten twice (rewrites[%d]); the picker would use the first", j)))
		}
		seen[r.Model] = i
		switch n := len(r.Targets); {
		case n == 0:
			errs.Add(field.Required(path.Child("targets"), "the models the servers receive instead"))
		case n > maxRewriteTargets:
			errs.Add(field.Errorf(path.Child("targets"), "has %d entries; a rewrite takes at most %d", n, maxRewriteTargets))
		}
		total := 0
		for j, t := range r.Targets {
			at := path.Child("targets").Index(j)
			errs.Add(checkModelName(at.Child("model"), t.Model))
			if t.Model == r.Model {
				errs.Add(field.Invalid(at.Child("model"), t.Model, "is the model rewritten; a target names another"))
			}
			if w := *t.Weight; w < 0 || w > maxWeight {
				errs.Add(field.Invalid(at.Child("weight"), w, fmt.Sprintf("must be between 0 and %d", maxWeight)))
			} else {
				total += w
			}
		}
		if len(r.Targets) > 0 && total == 0 {
			errs.Add(field.Errorf(path.Child("targets"), "weights add up to 0, so requests for %s would find no model", r.Model))
		}
	}
	return errs
}

// validateRewriteTargets requires every target to be a model the pool's
// servers answer to, where their args say which: a rewrite to anything else
// would reach a server that knows no such model.
func (pool *InferencePool) validateRewriteTargets() field.List {
	served, known := pool.props.Server.ServedModels()
	if !known {
		return nil
	}
	var errs field.List
	for i, r := range pool.props.Rewrites {
		for j, t := range r.Targets {
			if !slices.Contains(served, t.Model) {
				errs.Add(field.Invalid(field.Path("rewrites").Index(i).Child("targets").Index(j).Child("model"), t.Model,
					fmt.Sprintf("is not a model the pool's servers answer to (%s: --served-model-name and the adapters)", strings.Join(served, ", "))))
			}
		}
	}
	return errs
}

// withDefaults gives every target its default weight.
func rewritesWithDefaults(rewrites []ModelRewrite) []ModelRewrite {
	out := make([]ModelRewrite, len(rewrites))
	for i, r := range rewrites {
		targets := make([]RewriteTarget, len(r.Targets))
		for j, t := range r.Targets {
			t.Weight = intOrDefault(t.Weight, 1)
			targets[j] = t
		}
		out[i] = ModelRewrite{Model: r.Model, Targets: targets}
	}
	return out
}

// poolRef names the pool from an llm-d.ai object, with the group and kind
// the API server would default.
func (pool *InferencePool) objectivePoolRef() *llmdai.InferenceObjectiveSpecPoolRef {
	return &llmdai.InferenceObjectiveSpecPoolRef{Group: jsii.String(inferencePoolGroup), Kind: jsii.String("InferencePool"), Name: jsii.String(pool.Name)}
}

// addObjectives adds an InferenceObjective per objective, named POOL-NAME.
func (pool *InferencePool) addObjectives(scope constructs.Construct, id string) {
	for _, o := range pool.props.Objectives {
		llmdai.NewInferenceObjective(scope, jsii.String(id+"-objective-"+o.Name), &llmdai.InferenceObjectiveProps{
			Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(pool.objectiveName(o.Name)), Labels: modelLabels(pool.props.Server.props.Model)},
			Spec: &llmdai.InferenceObjectiveSpec{
				PoolRef:  pool.objectivePoolRef(),
				Priority: jsii.Number(orZero(o.Priority)),
			},
		})
	}
}

// addRewrites adds the pool's InferenceModelRewrite, named like the pool,
// with a rule per rewrite. A target of weight 0 is drained: left out.
func (pool *InferencePool) addRewrites(scope constructs.Construct, id string) {
	if len(pool.props.Rewrites) == 0 {
		return
	}
	rules := make([]*llmdai.InferenceModelRewriteSpecRules, len(pool.props.Rewrites))
	for i, r := range pool.props.Rewrites {
		var targets []*llmdai.InferenceModelRewriteSpecRulesTargets
		for _, t := range r.Targets {
			if *t.Weight > 0 {
				targets = append(targets, &llmdai.InferenceModelRewriteSpecRulesTargets{ModelRewrite: jsii.String(t.Model), Weight: jsii.Number(*t.Weight)})
			}
		}
		rules[i] = &llmdai.InferenceModelRewriteSpecRules{
			Matches: &[]*llmdai.InferenceModelRewriteSpecRulesMatches{{
				Model: &llmdai.InferenceModelRewriteSpecRulesMatchesModel{Type: llmdai.InferenceModelRewriteSpecRulesMatchesModelType_EXACT, Value: jsii.String(r.Model)},
			}},
			Targets: &targets,
		}
	}
	ref := pool.objectivePoolRef()
	llmdai.NewInferenceModelRewrite(scope, jsii.String(id+"-rewrites"), &llmdai.InferenceModelRewriteProps{
		Metadata: &cdk8s.ApiObjectMetadata{Name: jsii.String(pool.Name), Labels: modelLabels(pool.props.Server.props.Model)},
		Spec: &llmdai.InferenceModelRewriteSpec{
			PoolRef: &llmdai.InferenceModelRewriteSpecPoolRef{Group: ref.Group, Kind: ref.Kind, Name: ref.Name},
			Rules:   &rules,
		},
	})
}
