// Package table renders implementations/table.go from the Gateway API
// conformance reports and the Inference Extension facts.
package table

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"sigs.k8s.io/yaml"

	"github.com/ai-gateway/ai-gateway/internal/gomod"
)

// ConformanceModule is the Go module whose reports/ folder the table is
// generated from.
const ConformanceModule = "sigs.k8s.io/gateway-api/conformance@v1.7.0"

// renamed maps feature names of older reports to the names the module's
// Gateway API release uses.
var renamed = map[string]string{"HTTPRouteRetry": "HTTPRouteRetryCodes"}

// coreFeatures names the core of each profile as a feature.
var coreFeatures = map[string]string{"GATEWAY-HTTP": "HTTPRoute", "GATEWAY-GRPC": "GRPCRoute", "GATEWAY-TLS": "TLSRoute"}

type report struct {
	Implementation struct {
		Organization string `json:"organization"`
		Project      string `json:"project"`
		Version      string `json:"version"`
	} `json:"implementation"`
	Mode     string `json:"mode"`
	Profiles []struct {
		Name string `json:"name"`
		Core struct {
			Result string `json:"result"`
		} `json:"core"`
		Extended struct {
			SupportedFeatures []string `json:"supportedFeatures"`
		} `json:"extended"`
	} `json:"profiles"`
}

// entry is one row of the table: one implementation version in one mode.
type entry struct {
	name, organization, project, version, mode, folder, report string
	features                                                   map[string]bool
	inferencePool                                              string
}

// Generate renders table.go from the reports under reportsDir (the
// module's reports/ folder), newest release folder only, and inferencePool
// (implementation name → citation).
func Generate(reportsDir string, inferencePool map[string]string) ([]byte, error) {
	folder, err := newestFolder(reportsDir)
	if err != nil {
		return nil, err
	}
	entries, err := readFolder(reportsDir, folder)
	if err != nil {
		return nil, err
	}
	for name := range inferencePool {
		if !slices.ContainsFunc(entries, func(e *entry) bool { return e.name == name }) {
			return nil, fmt.Errorf("inference-extension.yaml names %s, which has no report in %s", name, folder)
		}
	}
	for _, e := range entries {
		e.inferencePool = inferencePool[e.name]
	}
	return render(entries)
}

// newestFolder is the highest vMAJOR.MINOR folder of reports/.
func newestFolder(dir string) (string, error) {
	dirs, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	best, bestKey := "", [2]int{-1, -1}
	for _, d := range dirs {
		parts := strings.Split(strings.TrimPrefix(d.Name(), "v"), ".")
		if !d.IsDir() || len(parts) != 2 {
			continue // v1.4.1 and older folders are per patch release
		}
		major, err1 := strconv.Atoi(parts[0])
		minor, err2 := strconv.Atoi(parts[1])
		if err1 == nil && err2 == nil && (major > bestKey[0] || major == bestKey[0] && minor > bestKey[1]) {
			best, bestKey = d.Name(), [2]int{major, minor}
		}
	}
	if best == "" {
		return "", fmt.Errorf("no vMAJOR.MINOR folder in %s", dir)
	}
	return best, nil
}

// readFolder reads every report of folder, one entry per implementation,
// version and mode, its channels' features joined. Of the modes, the
// default one is kept, or else the first by name.
func readFolder(reportsDir, folder string) ([]*entry, error) {
	files, err := filepath.Glob(filepath.Join(reportsDir, folder, "*", "*.yaml"))
	if err != nil {
		return nil, err
	}
	byKey := map[string]*entry{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		var r report
		if err := yaml.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		rel, _ := filepath.Rel(filepath.Dir(reportsDir), file)
		dir := filepath.Base(filepath.Dir(file))
		e := &entry{
			name:         name(dir, r.Implementation.Organization, r.Implementation.Project),
			organization: r.Implementation.Organization,
			project:      r.Implementation.Project,
			version:      r.Implementation.Version,
			mode:         r.Mode,
			folder:       folder,
			report:       filepath.ToSlash(rel),
			features:     map[string]bool{},
		}
		key := e.name + " " + e.version + " " + e.mode
		if old, ok := byKey[key]; ok {
			e = old // another channel of the same run
		}
		byKey[key] = e
		for _, p := range r.Profiles {
			if core, ok := coreFeatures[p.Name]; ok && (p.Core.Result == "success" || p.Core.Result == "partial") {
				e.features[core] = true
			}
			for _, f := range p.Extended.SupportedFeatures {
				if n, ok := renamed[f]; ok {
					f = n
				}
				e.features[f] = true
			}
		}
	}
	return keepOneMode(byKey), nil
}

// keepOneMode keeps, per implementation and version, the default mode or
// the first mode by name.
func keepOneMode(byKey map[string]*entry) []*entry {
	chosen := map[string]*entry{}
	for _, e := range byKey {
		key := e.name + " " + e.version
		old, ok := chosen[key]
		if !ok || e.mode == "default" && old.mode != "default" || old.mode != "default" && e.mode < old.mode {
			chosen[key] = e
		}
	}
	var out []*entry
	for _, e := range chosen {
		out = append(out, e)
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].name != out[b].name {
			return out[a].name < out[b].name
		}
		return versionLess(out[b].version, out[a].version) // newest first
	})
	return out
}

// name is the folder name, without the organization's prefix when the rest
// is the project: traefik-traefik is traefik, gke-gateway stays.
func name(dir, organization, project string) string {
	slug := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), " ", "-") }
	if rest, ok := strings.CutPrefix(dir, slug(organization)+"-"); ok && rest == slug(project) {
		return rest
	}
	return dir
}

// versionLess orders versions by their numeric parts: v1.4.1 < v1.10.0.
func versionLess(a, b string) bool {
	pa, pb := numbers(a), numbers(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	if len(pa) != len(pb) {
		return len(pa) < len(pb)
	}
	return a < b
}

func numbers(v string) []int {
	var out []int
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r < '0' || r > '9' }) {
		n, _ := strconv.Atoi(f)
		out = append(out, n)
	}
	return out
}

func render(entries []*entry) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by go generate ./implementations from %s (reports/%s) and inference-extension.yaml. DO NOT EDIT.\n\n", ConformanceModule, entries[0].folder)
	b.WriteString("package implementations\n\n")
	b.WriteString("// table holds one report per implementation version, newest version first.\n")
	b.WriteString("var table = []Implementation{\n")
	for _, e := range entries {
		features := make([]string, 0, len(e.features))
		for f := range e.features {
			features = append(features, f)
		}
		slices.Sort(features)
		fmt.Fprintf(&b, "\t{\n\t\tName: %q, Organization: %q, Project: %q, Version: %q, Mode: %q,\n", e.name, e.organization, e.project, e.version, e.mode)
		fmt.Fprintf(&b, "\t\tReportFolder: %q, Report: %q,\n", e.folder, e.report)
		if e.inferencePool != "" {
			features = append(features, "InferencePool")
			slices.Sort(features)
			fmt.Fprintf(&b, "\t\tInferencePoolReport: %q,\n", e.inferencePool)
		}
		b.WriteString("\t\tFeatures: []Feature{\n")
		for _, f := range features {
			fmt.Fprintf(&b, "\t\t\t%q,\n", f)
		}
		b.WriteString("\t\t},\n\t},\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// ModuleDir downloads ConformanceModule (from the module cache when it is
// there) and returns its folder. It runs outside this repository's module, so
// go.mod and go.sum stay as they are.
func ModuleDir() (string, error) {
	return gomod.OutsideModule(ConformanceModule)
}

// ReadInferencePool reads inference-extension.yaml: implementation → citation.
func ReadInferencePool(file string) (map[string]string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var facts map[string]string
	if err := yaml.UnmarshalStrict(data, &facts); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return facts, nil
}
