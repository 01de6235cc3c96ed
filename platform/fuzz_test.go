package platform

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ai-gateway/ai-gateway/config"
)

// Bounds of one fuzz input: far above what any input takes (a 1,000-model
// platform is checked in well under a second), far below a hang or a blow-up.
const (
	fuzzMaxTime  = 10 * time.Second
	fuzzMaxAlloc = 1 << 30
)

// FuzzParseAndCheck feeds arbitrary bytes to the config parser and the
// platform check: neither may panic, and each input must be handled in
// bounded time and memory. The seed corpus (the repository's platforms and
// testdata/fuzz/) runs in every `go test`; `go test -fuzz FuzzParseAndCheck
// ./platform` searches further.
func FuzzParseAndCheck(f *testing.F) {
	for _, file := range []string{"../platform.yaml", "../testdata/dataplane/platform.yaml", "testdata/full.yaml"} {
		data, err := os.ReadFile(filepath.Clean(file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(head + served("chat", "stable", "    backend: inferencePool\n") + served("chat-stable", "epp", "")))
	f.Add([]byte("namespace: ai\ngateway: {className: eg, <<: {name: x}}\nmodels: [{name: a, versions: [{service: {name: a, port: 99999999999999999999}}]}]\n"))
	// The keys of retries, endpoint pickers and implementations, where 0s,
	// attempts 0 and Services the platform writes meet.
	f.Add([]byte(head + external("chat", "chat", "{pathPrefix: /v1}") + "    timeouts: {request: 300s, backendRequest: 0s}\n    retry: {attempts: 0, codes: [503], backoff: 1s}\n"))
	f.Add([]byte(head + served("chat", "stable", "") + pool("reasoning", "    endpointPicker: {service: chat-stable, port: 80, failureMode: FailOpen}\n")))
	f.Add([]byte(head + servingMany("reasoning", "") + servingMany("coder", "")))
	f.Add([]byte(strings.Replace(head, "className: eg", "className: eg, implementation: {name: istio, version: v1.31.0}", 1) + external("chat", "chat", "{pathPrefix: /v1}") + "    retry: {attempts: 2, backoff: 250ms}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		if p, err := config.Parse(data); err == nil {
			_ = Check(p)
		}
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		if elapsed > fuzzMaxTime {
			t.Fatalf("took %s for %d bytes", elapsed, len(data))
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > fuzzMaxAlloc {
			t.Fatalf("allocated %d bytes for %d bytes of input", alloc, len(data))
		}
	})
}
