/**
 * Whether the application registered an OpenTelemetry tracer provider, found without loading
 * `@opentelemetry/api`: the API keeps its globals under this registry symbol (per major version), and a
 * registered provider is its `trace` entry. So a program without OpenTelemetry pays one property read.
 */
const otelGlobals = Symbol.for("opentelemetry.js.api.1");

export function hasTracerProvider(): boolean {
  const globals = (globalThis as Record<symbol, { trace?: unknown } | undefined>)[otelGlobals];
  return globals?.trace !== undefined;
}
