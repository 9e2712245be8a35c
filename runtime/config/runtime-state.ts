/**
 * Process-wide runtime state. Kept on `globalThis` under a registry symbol so that two copies of the package
 * (the app's and a bundled one) share one configuration and one set of trace listeners.
 */
import type { NightjarOptions } from "./nightjar-options.js";

/** Mutable state shared by `configure()`, `runBlock()` and `onTrace()`. */
export interface RuntimeState {
  overrides: NightjarOptions;
  /** Bumped by every `configure()`, so caches built from an older configuration are rebuilt. */
  generation: number;
  /** Caches keyed by owner, each remembering the generation it was built for. */
  caches: Map<string, { generation: number; value: unknown }>;
  traceListeners: Set<(event: never) => void>;
}

const key = Symbol.for("nightjar-ts.runtime-state");

export function runtimeState(): RuntimeState {
  const holder = globalThis as Record<symbol, RuntimeState | undefined>;
  return (holder[key] ??= { overrides: {}, generation: 0, caches: new Map(), traceListeners: new Set() });
}

/** A value built from the configuration, rebuilt after `configure()`. */
export function cachedForConfig<T>(name: string, build: () => T): T {
  const state = runtimeState();
  const entry = state.caches.get(name);
  if (entry !== undefined && entry.generation === state.generation) return entry.value as T;
  const value = build();
  state.caches.set(name, { generation: state.generation, value });
  return value;
}
