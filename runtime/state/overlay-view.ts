import type { ObjectChange } from "../sandbox/index.js";
import { dataEntries } from "./class-accessors.js";
import { maxUnfoldedNodes } from "./inspect-model-value.js";

/**
 * A plain-data copy of `value` as it will be once `changes` are applied (class instances as plain objects, so
 * a schema checks their fields), built for validation only: the program's objects are not touched. Shared
 * objects are copied once. Returns undefined when the copy is cyclic or unfolds to more than
 * `maxUnfoldedNodes` (a schema's parse would not end, or take too long); each change was checked on its own.
 */
export function overlayView(options: { value: unknown; changes: readonly ObjectChange[] }): unknown {
  const byTarget = new Map<object, ObjectChange>(options.changes.map((change) => [change.target, change]));
  const copies = new Map<object, unknown>();
  const sizes = new Map<object, number>();
  let tooBig = false;
  const copy = (item: unknown): { value: unknown; size: number } => {
    if (typeof item !== "object" || item === null) return { value: item, size: 1 };
    const known = copies.get(item);
    if (known !== undefined) {
      const size = sizes.get(item)!;
      if (Number.isNaN(size)) tooBig = true;
      return { value: known, size: Number.isNaN(size) ? 1 : size };
    }
    const change = byTarget.get(item);
    if (item instanceof Date) {
      const date = new Date(change?.kind === "time" ? change.time : item.getTime());
      copies.set(item, date);
      sizes.set(item, 1);
      return { value: date, size: 1 };
    }
    if (item instanceof Map || item instanceof Set) return { value: item, size: 1 };
    const shell: Record<string, unknown> | unknown[] = Array.isArray(item) ? [] : {};
    copies.set(item, shell);
    sizes.set(item, NaN);
    let size = 1;
    for (const [key, child] of contentOf(item, change)) {
      const copied = copy(child);
      size = Math.min(size + copied.size, Number.MAX_SAFE_INTEGER);
      if (Array.isArray(shell)) shell.push(copied.value);
      else Object.defineProperty(shell, key, { value: copied.value, writable: true, enumerable: true, configurable: true });
      if (tooBig || size > maxUnfoldedNodes) {
        tooBig = true;
        break;
      }
    }
    sizes.set(item, size);
    return { value: shell, size };
  };
  const result = copy(options.value);
  return tooBig ? undefined : result.value;
}

function contentOf(item: object, change: ObjectChange | undefined): [string, unknown][] {
  if (change?.kind === "items") return change.items.map((child, index) => [String(index), child]);
  if (Array.isArray(item)) return item.map((child, index) => [String(index), child]);
  const data = dataEntries(item);
  const entries: [string, unknown][] = data.filter(([key]) => !(change?.kind === "fields" && change.removed.includes(key))).map(([key, value]) => [key, change?.kind === "fields" && change.set.has(key) ? change.set.get(key) : value]);
  if (change?.kind === "fields") for (const [key, value] of change.set) if (!data.some(([known]) => known === key)) entries.push([key, value]);
  return entries;
}
