import type { ValidationIssue } from "../state/validate-value.js";

/** Options of {@link pathOutputRoot} and {@link checkPathHolders}. */
export interface PathOutputOptions {
  /** The exit's outputs, keyed by target (`enemy`, `enemy.name`, `player.weapon`). */
  written: Record<string, unknown>;
  /** The program's values by name, as the generated code passed them. */
  scope: Record<string, unknown>;
}

/** Where a property-path output is written: an object and the keys from it to the field (the last key). */
export interface PathOutputRoot {
  root: unknown;
  keys: string[];
}

/**
 * A property-path output (`<:enemy.name>`) goes under the value the same exit writes to its nearest prefix
 * (`<:enemy>`, or `<:player.weapon>` for `<:player.weapon.name>`), as the generated code's assignments in
 * order would put it; only without such a prefix under the program's root value. Never into the object the
 * prefix held before the block: the program may hold that object elsewhere.
 */
export function pathOutputRoot(target: string, { written, scope }: PathOutputOptions): PathOutputRoot {
  const parts = target.split(".");
  for (let depth = parts.length - 1; depth > 0; depth -= 1) {
    const prefix = parts.slice(0, depth).join(".");
    if (Object.hasOwn(written, prefix)) return { root: written[prefix], keys: parts.slice(depth) };
  }
  return { root: scope[parts[0]!], keys: parts.slice(1) };
}

/**
 * Each property-path output the runtime writes (root passed in scope) needs an object to write into. A
 * `let enemy!: Enemy` the model never set has none: that is a repair message before the exit is accepted,
 * not a commit that fails after it.
 */
export function checkPathHolders(options: PathOutputOptions & { targets: readonly string[] }): ValidationIssue[] {
  const { written, scope, targets } = options;
  return Object.keys(written).flatMap((target) => {
    if (!target.includes(".") || !Object.hasOwn(scope, target.split(".")[0]!)) return [];
    const { root, keys } = pathOutputRoot(target, { written, scope });
    let holder = root;
    const reached = target.split(".").slice(0, -keys.length);
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
