import { DecodeError, decodeSandboxValue } from "./decode-sandbox-value.js";
import type { RegistryEntry } from "./encode-inputs.js";

/**
 * One program object's change, relative to its content when it was copied in (its registry entry's base).
 * Decoded ONCE from the sandbox's report into inert data (own data properties; program objects as
 * themselves): the same values are validated and then written, so nothing the sandbox sent can answer
 * differently the second time it is read.
 */
export type ObjectChange =
  /** Fields set (added or changed) and removed, of an object or error. */
  | { kind: "fields"; entry: RegistryEntry; target: object; set: Map<string, unknown>; removed: string[] }
  /** An array's new items; `appendedFrom` when the change only appended items after the base's. */
  | { kind: "items"; entry: RegistryEntry; target: unknown[]; items: unknown[]; appendedFrom?: number }
  | { kind: "time"; entry: RegistryEntry; target: Date; time: number }
  /** A Map's new entries or a Set's new items. */
  | { kind: "entries"; entry: RegistryEntry; target: Map<unknown, unknown> | Set<unknown>; entries: unknown[] };

/**
 * Decodes the `changed` part of a stage reply (see wire-format.ts): each changed program object's new content,
 * children as references to program objects or as new values. Throws DecodeError on anything malformed.
 */
export function decodeChanges(options: { changed: unknown; registry: readonly RegistryEntry[] }): ObjectChange[] {
  const memo = new Map<number, unknown>();
  return asList(options.changed).flatMap((item) => {
    const [id, node] = asList(item);
    const entry = typeof id === "number" ? options.registry[id] : undefined;
    if (entry === undefined) throw new DecodeError("the sandbox reported a change to an unknown object");
    // A new value that cannot come out is named by the object it was put in (`player.enemies: a Promise …`).
    const child = (value: unknown): unknown => {
      try {
        return decodeSandboxValue(value, { registry: options.registry, mode: "identity", memo });
      } catch (error) {
        throw error instanceof DecodeError ? new DecodeError(`${entry.path}: ${error.message}`) : error;
      }
    };
    const change = decodeOne({ entry, node: asList(node), child });
    return change === undefined ? [] : [change];
  });
}

function decodeOne(options: { entry: RegistryEntry; node: unknown[]; child: (value: unknown) => unknown }): ObjectChange | undefined {
  const { entry, node, child } = options;
  if (node[0] !== entry.kind) throw new DecodeError(`${entry.path} changed into a different kind of value`);
  const { base } = entry;
  switch (entry.kind) {
    case "o":
    case "e": {
      const before = base.kind === "fields" ? base.fields : new Map<string, unknown>();
      const set = new Map<string, unknown>();
      const seen = new Set<string>();
      for (const pair of asList(entry.kind === "e" ? node[4] : node[2])) {
        const [key, value] = asList(pair);
        if (typeof key !== "string" || seen.has(key)) throw new DecodeError("the sandbox sent a malformed key");
        seen.add(key);
        const decoded = child(value);
        if (!before.has(key) || !Object.is(before.get(key), decoded)) set.set(key, decoded);
      }
      const removed = [...before.keys()].filter((key) => !seen.has(key));
      return set.size === 0 && removed.length === 0 ? undefined : { kind: "fields", entry, target: entry.value as object, set, removed };
    }
    case "a": {
      const items = asList(node[2]).map(child);
      const before = base.kind === "items" ? base.items : [];
      const appended = items.length >= before.length && before.every((item, index) => Object.is(item, items[index]));
      if (appended && items.length === before.length) return undefined;
      return { kind: "items", entry, target: entry.value as unknown[], items, ...(appended ? { appendedFrom: before.length } : {}) };
    }
    case "d": {
      const time = typeof node[2] === "number" ? node[2] : NaN;
      return base.kind === "time" && Object.is(base.time, time) ? undefined : { kind: "time", entry, target: entry.value as Date, time };
    }
    case "m":
      return { kind: "entries", entry, target: entry.value as Map<unknown, unknown>, entries: asList(node[2]).map((pair) => asList(pair).map(child)) };
    case "s":
      return { kind: "entries", entry, target: entry.value as Set<unknown>, entries: asList(node[2]).map(child) };
  }
  throw new DecodeError(`${entry.path} cannot be changed by code actions`);
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  throw new DecodeError("the sandbox sent a malformed change");
}
