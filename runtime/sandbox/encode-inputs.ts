import { types } from "node:util";
import { dataEntries } from "../state/class-accessors.js";
import type { WireValue } from "./wire-format.js";

/** What an id stands for on the program's side: the program's own value, its kind and where it was found. */
export interface RegistryEntry {
  value: unknown;
  /** Wire kind: `o` object, `a` array, `d` Date, `m` Map, `s` Set, `e` Error, `f` function, `x` opaque. */
  kind: string;
  /** Path from an input, for messages: `catalog[2].tags`. */
  path: string;
  /**
   * The content as it was copied in (the base the sandbox's changes are relative to): own enumerable fields
   * of an object or error, items of an array, a Date's time, a Map's entries, a Set's items. Comparing the
   * program's object with it at commit tells whether something else changed it meanwhile.
   */
  base: EntryBase;
}

/** See {@link RegistryEntry.base}. */
export type EntryBase =
  | { kind: "fields"; fields: Map<string, unknown> }
  | { kind: "items"; items: unknown[] }
  | { kind: "time"; time: number }
  | { kind: "entries"; entries: [unknown, unknown][] }
  | { kind: "none" };

/** The inputs in wire form (JSON of `[name, value][]`) and the registry of the program's objects by id. */
export interface EncodedInputs {
  json: string;
  registry: RegistryEntry[];
}

/**
 * Encodes the block's inputs for the sandbox, numbering every object (see wire-format.ts). Objects keep
 * their sharing and cycles; class instances travel as their own enumerable fields and accessor pairs plus their class name.
 */
export function encodeInputs(inputs: Record<string, unknown>): EncodedInputs {
  const registry: RegistryEntry[] = [];
  const ids = new Map<unknown, number>();
  const value = (item: unknown, path: string): WireValue => {
    switch (typeof item) {
      case "string": case "boolean": return item;
      case "number": return encodeNumber(item);
      case "undefined": return ["u"];
      case "bigint": return ["b", String(item)];
    }
    if (item === null) return null;
    const known = ids.get(item);
    if (known !== undefined) return ["r", known];
    const id = registry.length;
    ids.set(item, id);
    const entry: RegistryEntry = { value: item, kind: kindOf(item), path, base: { kind: "none" } };
    registry.push(entry);
    return body({ item, id, entry });
  };
  // Each property is read once: the value that goes in is the value remembered as the base.
  const fields = (object: object, entry: RegistryEntry): [string, WireValue][] => {
    const base = new Map<string, unknown>();
    entry.base = { kind: "fields", fields: base };
    return dataEntries(object).map(([key, field]) => {
      base.set(key, field);
      return [key, value(field, propertyPath(entry.path, key))];
    });
  };
  const collection = <T, Out>(entry: RegistryEntry, items: T[], encode: (item: T, index: number) => Out): Out[] => {
    entry.base = entry.kind === "m" ? { kind: "entries", entries: items as [unknown, unknown][] } : { kind: "items", items };
    return items.map(encode);
  };
  const body = ({ item, id, entry }: { item: unknown; id: number; entry: RegistryEntry }): WireValue => {
    const path = entry.path;
    switch (entry.kind) {
      case "a": return ["a", id, collection(entry, Array.from(item as unknown[]), (element, index) => value(element, `${path}[${index}]`)), info(item as object)];
      case "d": {
        const time = (item as Date).getTime();
        entry.base = { kind: "time", time };
        return ["d", id, Number.isNaN(time) ? null : time];
      }
      case "m": return ["m", id, collection(entry, Array.from(item as Map<unknown, unknown>), ([key, element]) => [value(key, `${path}.keys()`), value(element, `${path}.get(…)`)])];
      case "s": return ["s", id, collection(entry, Array.from(item as Set<unknown>), (element) => value(element, `${path}.values()`))];
      case "e": return ["e", id, String((item as Error).name), String((item as Error).message), fields(item as object, entry)];
      case "f": return ["f", id, (item as { name?: string }).name || "anonymous"];
      case "x": return ["x", id, describeOpaque(item)];
      default: return ["o", id, fields(item as object, entry), info(item as object)];
    }
  };
  const entries = Object.keys(inputs).map((name) => [name, value(inputs[name], name)]);
  return { json: JSON.stringify(entries), registry };
}

function encodeNumber(value: number): WireValue {
  if (Number.isNaN(value)) return ["n", "NaN"];
  if (value === Infinity) return ["n", "Infinity"];
  if (value === -Infinity) return ["n", "-Infinity"];
  return Object.is(value, -0) ? ["n", "-0"] : value;
}

function kindOf(item: unknown): string {
  if (typeof item === "function") return "f";
  if (typeof item === "symbol") return "x";
  if (Array.isArray(item)) return "a";
  if (types.isDate(item)) return "d";
  if (types.isMap(item)) return "m";
  if (types.isSet(item)) return "s";
  if (types.isNativeError(item) || item instanceof Error) return "e";
  return isOpaque(item) ? "x" : "o";
}

/** Built-ins whose content is not data the model can work with (or copy): they travel as placeholders. */
function isOpaque(item: unknown): boolean {
  return (
    types.isPromise(item) || types.isRegExp(item) || types.isAnyArrayBuffer(item) || types.isArrayBufferView(item) ||
    types.isWeakMap(item) || types.isWeakSet(item) || types.isBoxedPrimitive(item) || types.isGeneratorObject(item) ||
    types.isMapIterator(item) || types.isSetIterator(item) || types.isModuleNamespaceObject(item)
  );
}

function describeOpaque(item: unknown): string {
  if (typeof item === "symbol") return item.toString();
  return `a ${Object.prototype.toString.call(item).slice(8, -1)}`;
}

/** Class name (shown to the model) and frozenness (mirrored in the sandbox) of an object or array. */
function info(object: object): { c?: string; f?: 1 } | undefined {
  const proto: unknown = Object.getPrototypeOf(object);
  const className =
    proto === null || proto === Object.prototype || proto === Array.prototype
      ? undefined
      : (proto as { constructor?: { name?: unknown } }).constructor?.name;
  const frozen = Object.isFrozen(object);
  if (typeof className !== "string" && !frozen) return undefined;
  return { ...(typeof className === "string" && className !== "" ? { c: className } : {}), ...(frozen ? { f: 1 as const } : {}) };
}

function propertyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
