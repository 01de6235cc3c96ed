package constructs

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/ai-gateway/ai-gateway/field"
)

// LoRA serves fine-tuned LoRA adapters of the server's base model beside
// it: one Deployment, many models. It is written as the flags of vLLM's
// OpenAI server (vllm serve: --enable-lora, --lora-modules, --max-loras,
// --max-lora-rank, --max-cpu-loras), so the server must be vLLM. Clients ask
// for an adapter by its name, as they ask for the model.
type LoRA struct {
	// Adapters served, each under its own name. Required: at least one.
	Adapters []LoRAAdapter
	// MaxRank is the highest rank of the adapters: 1, 8, 16, 32, 64, 128,
	// 256, 320 or 512 (vLLM's choices). Default: vLLM's (16).
	MaxRank *int
	// MaxAdapters is how many adapters one batch may use at once, each in
	// GPU memory. Default: vLLM's (1).
	MaxAdapters *int
	// MaxCPUAdapters is how many adapters stay loaded in CPU memory, at
	// least MaxAdapters. Default: vLLM's (MaxAdapters).
	MaxCPUAdapters *int
}

// LoRAAdapter is one adapter and where vLLM loads it from.
type LoRAAdapter struct {
	// Name clients ask for, as the model field of the body or the header
	// that names the model. Required.
	Name string
	// Source is a Hugging Face repository (org/name) or a path in the
	// weights cache (/cache/...). Required.
	Source string
}

// loraRanks are the ranks vLLM accepts (vllm/config/lora.py: MaxLoRARanks).
var loraRanks = []int{1, 8, 16, 32, 64, 128, 256, 320, 512}

// loraFlags are the flags the lora block writes; args may not set them too.
var loraFlags = []string{"--enable-lora", "--lora-modules", "--max-loras", "--max-lora-rank", "--max-cpu-loras"}

// huggingFaceRepo is a Hugging Face repository id: org/name.
var huggingFaceRepo = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$`)

// Adapters are the names of the adapters the server serves.
func (s *ModelServer) Adapters() []string {
	if s.props.LoRA == nil {
		return nil
	}
	names := make([]string, len(s.props.LoRA.Adapters))
	for i, a := range s.props.LoRA.Adapters {
		names[i] = a.Name
	}
	return names
}

// ServedModels are the model names the server answers to, as far as its
// args say: the names after vLLM's --served-model-name, and its adapters.
// known is false when the args name none (the server's own default applies,
// which the app cannot tell).
func (s *ModelServer) ServedModels() (names []string, known bool) {
	args := s.props.Args
	for i, a := range args {
		if value, ok := strings.CutPrefix(a, "--served-model-name="); ok {
			names = append(names, value)
			known = true
			continue
		}
		if a != "--served-model-name" {
			continue
		}
		known = true
		for _, v := range args[i+1:] {
			if strings.HasPrefix(v, "-") {
				break
			}
			names = append(names, v)
		}
	}
	return append(names, s.Adapters()...), known
}

// args are vLLM's flags for the adapters, after the server's own args.
func (l *LoRA) args() []string {
	if l == nil {
		return nil
	}
	args := []string{"--enable-lora"}
	for _, flag := range []struct {
		name  string
		value *int
	}{{"--max-loras", l.MaxAdapters}, {"--max-lora-rank", l.MaxRank}, {"--max-cpu-loras", l.MaxCPUAdapters}} {
		if flag.value != nil {
			args = append(args, flag.name, strconv.Itoa(*flag.value))
		}
	}
	args = append(args, "--lora-modules")
	for _, a := range l.Adapters {
		args = append(args, a.Name+"="+a.Source)
	}
	return args
}

// validate checks the lora block of a server whose own args are args.
func (l *LoRA) validate(args []string) field.List {
	if l == nil {
		return nil
	}
	var errs field.List
	path := field.Path("lora")
	if len(l.Adapters) == 0 {
		errs.Add(field.Required(path.Child("adapters"), "the adapters to serve"))
	}
	seen := map[string]int{}
	for i, a := range l.Adapters {
		at := path.Child("adapters").Index(i)
		errs.Add(checkModelName(at.Child("name"), a.Name))
		if j, ok := seen[a.Name]; ok {
			errs.Add(field.Invalid(at.Child("name"), a.Name, fmt.Sprintf("is listed twice (adapters[%d])", j)))
		}
		seen[a.Name] = i
		errs.Add(checkAdapterSource(at.Child("source"), a.Source))
	}
	if r := l.MaxRank; r != nil && !slices.Contains(loraRanks, *r) {
		errs.Add(field.Invalid(path.Child("maxRank"), *r, "must be one of vLLM's ranks: 1, 8, 16, 32, 64, 128, 256, 320, 512"))
	}
	if n := l.MaxAdapters; n != nil && *n < 1 {
		errs.Add(field.Invalid(path.Child("maxAdapters"), *n, "must be at least 1"))
	}
	if n := l.MaxCPUAdapters; n != nil && *n < max(1, orZero(l.MaxAdapters)) {
		errs.Add(field.Invalid(path.Child("maxCPUAdapters"), *n, fmt.Sprintf("must be at least maxAdapters (%d): the adapters a batch uses are in CPU memory too", max(1, orZero(l.MaxAdapters)))))
	}
	for i, a := range args {
		for _, flag := range loraFlags {
			if a == flag || strings.HasPrefix(a, flag+"=") {
				errs.Add(field.Invalid(field.Path("args").Index(i), a, "is written by lora; set it there"))
			}
		}
	}
	return errs
}

// checkAdapterSource accepts a Hugging Face repository or a path in the
// server's weights cache, which is where vLLM can read it.
func checkAdapterSource(path field.Path, source string) *field.Error {
	switch {
	case source == "":
		return field.Required(path, "a Hugging Face repository (org/name) or a path in the weights cache ("+cacheMount+"/...)")
	case strings.HasPrefix(source, "/"):
		if !strings.HasPrefix(source, cacheMount+"/") || strings.Contains(source, "..") || strings.ContainsAny(source, " =,") {
			return field.Invalid(path, source, "must be a path in the weights cache, "+cacheMount+"/..., the one folder of the server's that holds weights")
		}
	case !huggingFaceRepo.MatchString(source) || len(source) > 96:
		return field.Invalid(path, source, "must be a Hugging Face repository (org/name) or a path in the weights cache ("+cacheMount+"/...)")
	}
	return nil
}
