import type { ValidationIssue } from "../state/validate-value.js";

/** Options of {@link checkPathHolders}. */
export interface CheckPathHoldersOptions {
  /** The exit's validated outputs, keyed by target (`enemy`, `enemy.name`). */
  written: Record<string, unknown>;
  /** The program's values by name, as the generated code passed them. */
  scope: Record<string, unknown>;
  /** Every output target of the block. */
  targets: readonly string[];
}

/**
 * A property-path output the runtime writes (`<:enemy.name>`, root passed in scope) needs an object to write
 * into: the value this exit gives the root when the root is an output too (`<:enemy>`), else the program's
 * value of the root. A `let enemy!: Enemy` the model never set has none; that is a repair message before the
 * exit is accepted, not a commit that fails after it.
 */
export function checkPathHolders({ written, scope, targets }: CheckPathHoldersOptions): ValidationIssue[] {
  return Object.keys(written).flatMap((target) => {
    const [root = target, ...keys] = target.split(".");
    if (keys.length === 0 || !Object.hasOwn(scope, root)) return [];
    let holder = Object.hasOwn(written, root) ? written[root] : scope[root];
    const reached = [root];
    for (const key of keys.slice(0, -1)) {
      if (typeof holder !== "object" || holder === null) break;
      holder = (holder as Record<string, unknown>)[key];
      reached.push(key);
    }
    if (typeof holder === "object" && holder !== null) return [];
    const name = reached.join(".");
    const repair = targets.includes(name) ? `give ${name} a value too (it is an output: assign it with exec, or pass it in outputs)` : `leave ${target} out`;
    return [{ path: target, message: `${name} is ${holder === null ? "null" : typeof holder} in the program, so there is nothing to write ${target} into; ${repair}` }];
  });
}
