import { applyAllOrNothing } from "./apply-all-or-nothing.js";
import { DecodeError, decodeSandboxValue, defineOwn } from "./decode-sandbox-value.js";
import type { RegistryEntry } from "./encode-inputs.js";

/**
 * Turns the sandbox's report of changed program objects (`changed` of a stage message, see wire-format.ts)
 * into one function that writes every change into the program's own objects. Everything that can fail is done
 * here, before any write: decoding (throws DecodeError) and checking that each property can be written; should
 * program code still refuse a write (a throwing setter), the writes already made are undone. The writes keep
 * the identity of the changed objects and of every program object they now refer to.
 */
export function planChanges(options: { changed: unknown; registry: readonly RegistryEntry[] }): () => void {
  const memo = new Map<number, unknown>();
  const writes = asList(options.changed).map((item) => {
    const [id, node] = asList(item);
    const entry = typeof id === "number" ? options.registry[id] : undefined;
    if (entry === undefined) throw new DecodeError("the sandbox reported a change to an unknown object");
    const child = (value: unknown): unknown => decodeSandboxValue(value, { registry: options.registry, mode: "identity", memo });
    return { target: entry.value as object, write: planOne({ entry, node: asList(node), child }) };
  });
  return () => applyAllOrNothing(writes);
}

function planOne(options: { entry: RegistryEntry; node: unknown[]; child: (value: unknown) => unknown }): () => void {
  const { entry, node, child } = options;
  if (node[0] !== entry.kind) throw new DecodeError(`${entry.path} changed into a different kind of value`);
  const target = entry.value;
  switch (entry.kind) {
    case "o":
    case "e": {
      const fields = asList(entry.kind === "e" ? node[4] : node[2]).map((pair) => {
        const [key, value] = asList(pair);
        if (typeof key !== "string") throw new DecodeError("the sandbox sent a malformed key");
        return [key, child(value)] as const;
      });
      checkFields({ target: target as object, fields, path: entry.path });
      return () => writeFields(target as Record<string, unknown>, fields);
    }
    case "a": {
      const items = asList(node[2]).map(child);
      if (Object.isFrozen(target) || !Object.getOwnPropertyDescriptor(target, "length")?.writable) throw readOnly(entry.path);
      if (!Object.isExtensible(target) && items.length !== (target as unknown[]).length) throw readOnly(`${entry.path}.length`);
      return () => writeItems(target as unknown[], items);
    }
    case "d": {
      const time = typeof node[2] === "number" ? node[2] : NaN;
      return () => (target as Date).setTime(time);
    }
    case "m": {
      const pairs = asList(node[2]).map((pair) => asList(pair).map(child));
      return () => {
        (target as Map<unknown, unknown>).clear();
        for (const [key, value] of pairs) (target as Map<unknown, unknown>).set(key, value);
      };
    }
    case "s": {
      const items = asList(node[2]).map(child);
      return () => {
        (target as Set<unknown>).clear();
        for (const item of items) (target as Set<unknown>).add(item);
      };
    }
  }
  throw new DecodeError(`${entry.path} cannot be changed by code actions`);
}

function checkFields(options: { target: object; fields: readonly (readonly [string, unknown])[]; path: string }): void {
  const { target, fields, path } = options;
  const next = new Set(fields.map(([key]) => key));
  for (const key of Object.keys(target)) {
    if (!next.has(key) && !Object.getOwnPropertyDescriptor(target, key)?.configurable) throw readOnly(`${path}.${key}`);
  }
  for (const [key, value] of fields) {
    const current = Object.getOwnPropertyDescriptor(target, key);
    if (current && "value" in current && Object.is(current.value, value)) continue;
    if (!canWrite(target, key)) throw readOnly(`${path}.${key}`);
  }
}

/** Whether assigning `target[key]` would succeed (own or inherited setters count; `__proto__` is defined, not set). */
function canWrite(target: object, key: string): boolean {
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (own) return "value" in own ? own.writable === true : own.set !== undefined;
  if (!Object.isExtensible(target)) return false;
  if (key === "__proto__") return true;
  for (let proto: object | null = Object.getPrototypeOf(target); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const inherited = Object.getOwnPropertyDescriptor(proto, key);
    if (inherited) return "value" in inherited ? inherited.writable === true : inherited.set !== undefined;
  }
  return true;
}

function writeFields(target: Record<string, unknown>, fields: readonly (readonly [string, unknown])[]): void {
  const next = new Set(fields.map(([key]) => key));
  for (const key of Object.keys(target)) if (!next.has(key)) delete target[key];
  for (const [key, value] of fields) {
    if (Object.hasOwn(target, key) && Object.is(target[key], value)) continue;
    // Assignment keeps the program's setters working; `__proto__` must stay a plain key, never a prototype.
    if (key === "__proto__") defineOwn(target, key, value);
    else target[key] = value;
  }
}

function writeItems(target: unknown[], items: readonly unknown[]): void {
  target.length = items.length;
  items.forEach((item, index) => {
    if (!(index in target) || !Object.is(target[index], item)) target[index] = item;
  });
}

function readOnly(path: string): DecodeError {
  return new DecodeError(`cannot change ${path}: it is read-only in the program (frozen, or a getter without a setter)`);
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  throw new DecodeError("the sandbox sent a malformed change");
}
