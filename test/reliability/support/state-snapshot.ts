/**
 * A record of program state precise enough to prove "exactly as before": a deep copy of the values, and the
 * identity and prototype of every object reachable from the roots, by path. A block that failed must leave
 * both unchanged: the same objects in the same places, holding the same data.
 */
import { expect } from "vitest";

/** Captured state; `expectUnchanged` fails the test on any difference. */
export interface StateSnapshot {
  expectUnchanged(): void;
  /** The object found at `path` (e.g. `order.items[0]`) when the snapshot was taken. */
  objectAt(path: string): object;
}

export function snapshotState(roots: Record<string, unknown>): StateSnapshot {
  const copy = structuredClone(roots);
  const objects = objectsByPath(roots);
  return {
    expectUnchanged() {
      expect(roots).toStrictEqual(restorePrototypes(copy, objects));
      const now = objectsByPath(roots);
      expect([...now.keys()]).toEqual([...objects.keys()]);
      for (const [path, before] of objects) {
        expect(now.get(path)?.value, `identity of ${path}`).toBe(before.value);
        expect(now.get(path)?.prototype, `prototype of ${path}`).toBe(before.prototype);
      }
    },
    objectAt(path) {
      const found = objects.get(path);
      if (found === undefined) throw new Error(`no object at ${path}; paths: ${[...objects.keys()].join(", ")}`);
      return found.value;
    },
  };
}

interface Located {
  value: object;
  prototype: unknown;
}

/** Every object reachable from the roots (own enumerable properties, Map and Set entries), keyed by path. */
function objectsByPath(roots: Record<string, unknown>): Map<string, Located> {
  const found = new Map<string, Located>();
  const seen = new Set<object>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    found.set(path, { value, prototype: Object.getPrototypeOf(value) });
    if (value instanceof Map) [...value].forEach(([key, item]) => visit(item, `${path}.get(${String(key)})`));
    else if (value instanceof Set) [...value].forEach((item, index) => visit(item, `${path}.set[${index}]`));
    else for (const [key, item] of Object.entries(value)) visit(item, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
  };
  for (const [name, value] of Object.entries(roots)) visit(value, name);
  return found;
}

/** structuredClone drops class prototypes; put them back so `toStrictEqual` compares types too. */
function restorePrototypes(copy: Record<string, unknown>, originals: Map<string, Located>): Record<string, unknown> {
  for (const [path, located] of objectsByPath(copy)) {
    const original = originals.get(path);
    if (original !== undefined && Object.getPrototypeOf(located.value) !== original.prototype) Object.setPrototypeOf(located.value, original.prototype as object | null);
  }
  return copy;
}
