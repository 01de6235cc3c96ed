// Command crdpath prints the path of a verified copy of each CRD it is
// named (InferencePool, InferenceObjective, InferenceModelRewrite,
// AgentgatewayPolicy, PodMonitor, ScaledObject; see internal/crdsource), one
// a line, downloading what neither its variable nor the shared copy beside
// the repository provides (into .gen/crds/, or the module cache). With -release it prints the release each comes from
// instead ("llm-d-router v0.10.0"). `make import` runs it from the repository
// root.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/ai-gateway/ai-gateway/internal/crdsource"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	release := len(args) > 0 && args[0] == "-release"
	kinds := args
	if release {
		kinds = args[1:]
	}
	if len(kinds) == 0 {
		return fmt.Errorf("usage: crdpath [-release] KIND... (%s)", known())
	}
	for _, kind := range kinds {
		if m, ok := findModule(kind); ok {
			if release {
				fmt.Println(m.Module, m.Version)
				continue
			}
			path, err := m.Path()
			if err != nil {
				return err
			}
			fmt.Println(path)
			continue
		}
		crd, ok := find(kind)
		if !ok {
			return fmt.Errorf("%s is not a pinned CRD (%s)", kind, known())
		}
		if release {
			fmt.Println(crd.Release.Project, crd.Release.Version)
			continue
		}
		path, err := crd.Source(".").Path(context.Background())
		if err != nil {
			return err
		}
		fmt.Println(path)
	}
	return nil
}

func find(kind string) (crdsource.CRD, bool) {
	for _, c := range crdsource.All {
		if c.Kind == kind {
			return c, true
		}
	}
	return crdsource.CRD{}, false
}

func findModule(kind string) (crdsource.ModuleCRD, bool) {
	for _, c := range crdsource.Modules {
		if c.Kind == kind {
			return c, true
		}
	}
	return crdsource.ModuleCRD{}, false
}

func known() string {
	var kinds []string
	for _, c := range crdsource.All {
		kinds = append(kinds, c.Kind)
	}
	for _, c := range crdsource.Modules {
		kinds = append(kinds, c.Kind)
	}
	return strings.Join(kinds, ", ")
}
