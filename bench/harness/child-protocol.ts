/**
 * What a child process running one version of a program reports on stdout: one line per event, prefixed by
 * `marker` so the program's own output can pass through. The Python driver (child-driver.py) writes the same.
 */
import type { Json } from "./program-case.js";

/** Prefix of every report line. */
export const marker = "@@nightjar-bench ";

/** Environment variable naming the JSON file of case inputs (TypeScript driver). */
export const inputsVariable = "NIGHTJAR_BENCH_INPUTS";

/** How a failed case failed. */
export interface CaseError {
  name: string;
  message: string;
}

/**
 * One event. `start`/`end` are `Date.now()` (they attribute model calls to the case); `durationMs` is measured
 * with the monotonic clock. The first case also runs once as an unmeasured warm-up (`warmup: true`).
 */
export type ChildEvent =
  | { type: "ready"; at: number }
  | {
      type: "case";
      index: number;
      warmup: boolean;
      start: number;
      end: number;
      durationMs: number;
      result?: Json;
      error?: CaseError;
    }
  | { type: "end" };

/** Reads one stdout line as an event, or `undefined` when it is the program's own output. */
export function parseEventLine(line: string): ChildEvent | undefined {
  if (!line.startsWith(marker)) return undefined;
  try {
    return JSON.parse(line.slice(marker.length)) as ChildEvent;
  } catch {
    return undefined;
  }
}
