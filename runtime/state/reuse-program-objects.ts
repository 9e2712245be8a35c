import { structurallyEqual } from "./structurally-equal.js";

/** Objects reachable from the inputs, grouped by their sorted key list so few candidates are compared. */
export type ObjectIndex = Map<string, object[]>;

const maxIndexedObjects = 10_000;

/**
 * Keeps identity: where the model answered with an object that structurally equals one of the program's own
 * (e.g. "pick the book from <catalog>" answered with the book's JSON), the program's object is used instead.
 * Only non-empty, non-array objects are replaced; arrays are rebuilt around replaced elements, because an
 * equal array or empty object is a coincidence far more often than a reference. `programObjects` is called
 * (and the index built) only when the value holds an object.
 */
export function reuseProgramObjects(value: unknown, programObjects: () => ObjectIndex): unknown {
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => reuseProgramObjects(item, programObjects));
    return items.every((item, position) => item === value[position]) ? value : items;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const match = programObjects().get(signature(keys))?.find((candidate) => structurallyEqual(candidate, value));
  if (match !== undefined) return match;
  return isPlainObject(value) ? reuseInProperties(value, programObjects) : value;
}

/** A plain object holding program objects (`{ best: book, reason }`) is rebuilt around them. */
function reuseInProperties(value: Record<string, unknown>, programObjects: () => ObjectIndex): Record<string, unknown> {
  const entries = Object.entries(value).map(([key, item]) => [key, reuseProgramObjects(item, programObjects)] as const);
  return entries.every(([key, item]) => item === value[key]) ? value : Object.fromEntries(entries);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Indexes every non-empty, non-array object reachable from `roots` (bounded, cycle-safe). */
export function indexProgramObjects(roots: readonly unknown[]): ObjectIndex {
  const index: ObjectIndex = new Map();
  const seen = new Set<object>();
  const pending = [...roots];
  while (pending.length > 0 && seen.size < maxIndexedObjects) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null || seen.has(value) || value instanceof Date) continue;
    seen.add(value);
    const children = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
    pending.push(...children);
    if (Array.isArray(value) || value instanceof Map || value instanceof Set) continue;
    const keys = Object.keys(value);
    if (keys.length === 0) continue;
    const key = signature(keys);
    const group = index.get(key);
    if (group === undefined) index.set(key, [value]);
    else group.push(value);
  }
  return index;
}

function signature(keys: string[]): string {
  return [...keys].sort().join("\u0000");
}
