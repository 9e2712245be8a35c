/**
 * A run's usage: what every block of this process asked of the model. Kept on `globalThis` under a registry
 * symbol, like the configuration, so that two copies of the package add up to one run.
 */

/** Totals of the run so far. */
export interface RunUsage {
  /** Model requests the blocks made (each round trip once, however many retries it took). */
  requests: number;
  /** Of those, answered from a cassette (`NIGHTJAR_REPLAY`) or the response cache: free. */
  replayed: number;
  cached: number;
  promptTokens: number;
  completionTokens: number;
  /** Cost of the answers models gave (not replayed or cached), where `prices` names the model; else absent. */
  cost?: number;
}

interface UsageState {
  totals: RunUsage;
  /** When the run's first request was made (run wall-time budgets count from it). */
  startedAt: number | undefined;
}

const key = Symbol.for("nightjar-ts.run-usage");

/** @internal The mutable totals (the usage layer adds to them). */
export function usageState(): UsageState {
  const holder = globalThis as Record<symbol, UsageState | undefined>;
  return (holder[key] ??= { totals: emptyUsage(), startedAt: undefined });
}

/** A copy of the run's totals so far. */
export function runUsage(): RunUsage {
  return { ...usageState().totals };
}

/** Starts a new run: totals back to zero and run budgets counting afresh (tests, long-lived servers). */
export function resetRunUsage(): void {
  const state = usageState();
  state.totals = emptyUsage();
  state.startedAt = undefined;
}

function emptyUsage(): RunUsage {
  return { requests: 0, replayed: 0, cached: 0, promptTokens: 0, completionTokens: 0 };
}
