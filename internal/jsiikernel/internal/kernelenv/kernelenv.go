// Package kernelenv names the environment variables the adapted jsii
// kernel reads, for the generator that adapts it (internal/gen) and the
// package that runs it (internal/jsiikernel).
package kernelenv

// PlainJSONVariable, set to "off", has the kernel serialize plain JSON
// values the standard way, key by key, rather than pass them through.
const PlainJSONVariable = "AI_GATEWAY_JSII_PLAIN_JSON"
