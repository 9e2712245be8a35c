import type { NightjarOptions } from "./nightjar-options.js";
import { runtimeState } from "./runtime-state.js";
import { checkOptions } from "./check-options.js";

/**
 * Sets runtime options for every block that runs after this call. Options merge with earlier calls; pass
 * `undefined` for a key to drop it. Takes precedence over the environment and `nightjar.config.json`.
 */
export function configure(options: NightjarOptions): void {
  const checked = checkOptions({ options, source: "configure()" });
  const state = runtimeState();
  const merged: NightjarOptions = { ...state.overrides };
  for (const [name, value] of Object.entries(checked) as [keyof NightjarOptions, unknown][]) {
    if (value === undefined) delete merged[name];
    else (merged as Record<string, unknown>)[name] = value;
  }
  state.overrides = merged;
  state.generation += 1;
}

/** Forgets every `configure()` call (tests). */
export function resetConfiguration(): void {
  const state = runtimeState();
  state.overrides = {};
  state.generation += 1;
}
