import { structurallyEqual } from "./structurally-equal.js";

/** The program's objects reachable from the inputs: all of them, and the non-empty plain ones by key list. */
export interface ObjectIndex {
  all: Set<object>;
  readonly bySignature: Map<string, object[]>;
}

const maxIndexedObjects = 100_000;

/**
 * Keeps identity: where the model answered with an object that structurally equals one of the program's own
 * (e.g. "pick the book from <catalog>" answered with the book's JSON), the program's object is used instead.
 * Only non-empty, non-array objects are replaced, and only by an object of the same prototype (a class
 * instance the schema revived is never swapped for a plain object, nor a plain object for an instance);
 * arrays and plain objects holding replaced values are rebuilt around them. Linear: each object of `value` is
 * visited once, however often it is shared. `programObjects` is called (and the index built) only when the
 * value holds an object.
 */
export function reuseProgramObjects(value: unknown, programObjects: () => ObjectIndex): unknown {
  const done = new Map<object, unknown>();
  const visit = (item: unknown): unknown => {
    if (typeof item !== "object" || item === null || item instanceof Date) return item;
    if (done.has(item)) return done.get(item);
    done.set(item, item);
    const index = programObjects();
    if (index.all.has(item)) return item;
    const result = Array.isArray(item) ? rebuiltArray(item, visit) : matchOrRebuild(item, index, visit);
    done.set(item, result);
    return result;
  };
  return visit(value);
}

function rebuiltArray(value: unknown[], visit: (item: unknown) => unknown): unknown[] {
  const items = value.map(visit);
  return items.every((item, position) => item === value[position]) ? value : items;
}

function matchOrRebuild(value: object, index: ObjectIndex, visit: (item: unknown) => unknown): unknown {
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  const match = index.bySignature.get(signature(keys))?.find((candidate) => Object.getPrototypeOf(candidate) === prototype && structurallyEqual(candidate, value));
  if (match !== undefined) return match;
  if (prototype !== Object.prototype && prototype !== null) return value;
  const record = value as Record<string, unknown>;
  const entries = keys.map((key) => [key, visit(record[key])] as const);
  return entries.every(([key, item]) => item === record[key]) ? value : Object.fromEntries(entries);
}

/**
 * Indexes every object reachable from `roots` (bounded, cycle-safe). The walk is cheap; grouping by key list
 * (which sorts every object's keys) is done only when a structural match is first looked for.
 */
export function indexProgramObjects(roots: readonly unknown[]): ObjectIndex {
  const all = new Set<object>();
  const pending = [...roots];
  while (pending.length > 0 && all.size < maxIndexedObjects) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null || all.has(value)) continue;
    all.add(value);
    if (value instanceof Date) continue;
    const children = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
    for (const child of children) if (typeof child === "object" && child !== null) pending.push(child);
  }
  let groups: Map<string, object[]> | undefined;
  return {
    all,
    get bySignature() {
      return (groups ??= groupBySignature(all));
    },
  };
}

function groupBySignature(objects: Set<object>): Map<string, object[]> {
  const groups = new Map<string, object[]>();
  for (const value of objects) {
    if (Array.isArray(value) || value instanceof Map || value instanceof Set || value instanceof Date) continue;
    const keys = Object.keys(value);
    if (keys.length === 0) continue;
    const key = signature(keys);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [value]);
    else group.push(value);
  }
  return groups;
}

function signature(keys: string[]): string {
  return [...keys].sort().join("\u0000");
}
