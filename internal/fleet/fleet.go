// Package fleet writes the platform description of a fleet of N models, for
// benchmarks: every model has a server (Deployment, Service, autoscaler,
// budget, policy) and a route; every tenth has a canary; every fifth is
// served through an InferencePool. It uses only keys every release since
// the benchmark's base takes (no monitoring), so make bench can run the
// base on it.
package fleet

import (
	"bytes"
	"fmt"
	"io"
)

// Platform returns the description of n models.
func Platform(n int) []byte {
	var b bytes.Buffer
	Write(&b, n)
	return b.Bytes()
}

// Write writes the description of n models to w.
func Write(w io.Writer, models int) {
	fmt.Fprint(w, `namespace: ai-fleet
gateway:
  name: ai-gateway
  className: example-gatewayclass
  hostname: ai.example.com
  tls: {secretName: ai-gateway-tls}
models:
`)
	for i := range models {
		writeModel(w, i)
	}
}

func writeModel(w io.Writer, i int) {
	name := fmt.Sprintf("model-%04d", i)
	fmt.Fprintf(w, `  - name: %s
    hostnames: [ai.example.com]
    matches:
      - pathPrefix: /v1
        header: {name: x-model, value: %s}
    server:
      image: vllm/vllm-openai:v0.10.2
      args: [--model, org/%s, --served-model-name, %s]
      resources: {gpus: 1, cpu: "4", memory: 32Gi}
    autoscaling: {maxReplicas: 4, cpuUtilization: 70}
`, name, name, name, name)
	if i%5 == 4 {
		fmt.Fprintf(w, "    backend: inferencePool\n    endpointPicker: {service: %s-epp, port: 9002}\n", name)
	}
	if i%10 == 9 {
		fmt.Fprint(w, "    versions:\n      - name: stable\n        weight: 90\n      - name: canary\n        image: vllm/vllm-openai:v0.11.0\n        weight: 10\n")
	} else {
		fmt.Fprint(w, "    versions:\n      - name: stable\n") // a weight would have no effect
	}
}
