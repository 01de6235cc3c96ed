// Package kernelenv names the environment variables the adapted jsii
// kernel reads, for the generator that adapts it (internal/gen) and the
// package that runs it (internal/jsiikernel).
package kernelenv

// ShortcutsVariable, set to "off", has the kernel skip the shortcuts the
// generator patches in (it serializes plain JSON key by key, and gathers a
// type's properties at each use), as the unadapted kernel does.
const ShortcutsVariable = "AI_GATEWAY_JSII_KERNEL_SHORTCUTS"
