/** Limits of one sandbox; each applies to every code action separately. */
export interface JsSandboxLimits {
  /** Time one code action may run (wall clock, checked by QuickJS's interrupt handler). Default 1000 ms. */
  timeMs?: number;
  /** Memory the sandbox's QuickJS runtime may allocate. Default 64 MiB. */
  memoryBytes?: number;
  /** Characters of a rendered result (and of console output) before it is cut with a note. Default 4000. */
  outputChars?: number;
  /** QuickJS stack limit: bounds recursion. Default 1 MiB (about 5000 plain calls deep). */
  stackBytes?: number;
  /**
   * Time to copy values in and out: the inputs at the first code action, and each `read` / `stageChanges`,
   * which take time in proportion to the data (not the model's code, except getters it defined). Default 5000 ms.
   */
  copyTimeMs?: number;
}

/** Limits with every default filled in. */
export type ResolvedLimits = Required<JsSandboxLimits>;

const defaults: ResolvedLimits = { timeMs: 1000, memoryBytes: 64 * 2 ** 20, outputChars: 4000, stackBytes: 2 ** 20, copyTimeMs: 5000 };

/** Fills in defaults; a limit that is not a positive number is a programming error and throws a TypeError. */
export function resolveLimits(limits: JsSandboxLimits = {}): ResolvedLimits {
  const resolved = { ...defaults };
  for (const name of Object.keys(defaults) as (keyof ResolvedLimits)[]) {
    const value = limits[name];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      throw new TypeError(`createJsSandbox: limits.${name} must be a positive number, got ${String(value)}`);
    }
    resolved[name] = Math.floor(value);
  }
  return resolved;
}
