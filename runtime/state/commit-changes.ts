import type { ObjectChange } from "../sandbox/index.js";
import { applyAllOrNothing, type PlannedWrite } from "./apply-all-or-nothing.js";
import { accessorPairKeys } from "./class-accessors.js";
import type { ValidationIssue } from "./validate-value.js";

/** A property-path output (`<:order.status>`) the runtime writes itself, inside the same all-or-nothing commit. */
export interface PathWrite {
  /** The output's name, `order.status`. */
  target: string;
  /** The object the path starts from: the program's root object (`order`), or a new value the same exit writes. */
  root: unknown;
  /** The keys from `root` to the field, the field last (`["status"]`). */
  keys: readonly string[];
  value: unknown;
}

/**
 * Program code changed what this block changed, since this block copied it: another block's commit, or a
 * program function a code action called (its effects happen when called, on the program's own objects, which
 * the block's copy never sees).
 */
export class CommitConflict extends Error {}

/**
 * Whether every change can be written at all (checked before the exit is accepted, so the model can still
 * repair): frozen objects, read-only properties and getters without setters, arrays that cannot grow.
 */
export function checkWritable(changes: readonly ObjectChange[]): ValidationIssue[] {
  return changes.flatMap((change) => {
    const { target } = change;
    const path = change.entry.path;
    if (change.kind === "fields") {
      const keys = [...change.set.keys(), ...change.removed];
      return keys.filter((key) => !canWrite(target, key, change.removed.includes(key))).map((key) => readOnly(`${path}.${key}`));
    }
    if (change.kind === "items") {
      if (Object.isFrozen(target) || !Object.getOwnPropertyDescriptor(target, "length")?.writable) return [readOnly(path)];
      if (!Object.isExtensible(target) && change.items.length !== change.target.length) return [readOnly(`${path}.length`)];
    }
    return Object.isFrozen(target) && change.kind !== "time" && change.kind !== "entries" ? [readOnly(path)] : [];
  });
}

/**
 * Writes the block's changes into the program's objects, all or nothing: first every change is compared with
 * the program's object as it is now (a field program code changed meanwhile to something else is a conflict;
 * items appended are appended to whatever the array holds now), then everything is written; if program code
 * refuses a write halfway (a throwing setter), what was written is undone and the error is rethrown.
 * Property-path outputs are written last, through the program's setters.
 */
export function commitChanges(options: { changes: readonly ObjectChange[]; pathWrites: readonly PathWrite[] }): void {
  const conflicts = options.changes.flatMap(conflictsOf);
  if (conflicts.length > 0) throw new CommitConflict(`${conflicts.join(", ")} changed in the program while this block ran (another block, or a program function it called), and this block changed it too`);
  const writes: PlannedWrite[] = [...options.changes.map(plannedWrite), ...options.pathWrites.map(plannedPathWrite)];
  applyAllOrNothing(writes);
}

function conflictsOf(change: ObjectChange): string[] {
  const { base } = change.entry;
  const path = change.entry.path;
  switch (change.kind) {
    case "fields": {
      const before = base.kind === "fields" ? base.fields : new Map<string, unknown>();
      const target = change.target as Record<string, unknown>;
      const moved = (key: string, next: unknown): boolean => {
        const now = Object.hasOwn(target, key) || accessorPairKeys(target).includes(key) ? target[key] : undefined;
        return !Object.is(now, before.get(key)) && !Object.is(now, next);
      };
      return [...[...change.set].filter(([key, value]) => moved(key, value)).map(([key]) => `${path}.${key}`), ...change.removed.filter((key) => moved(key, undefined)).map((key) => `${path}.${key}`)];
    }
    case "items": {
      if (change.appendedFrom !== undefined) return [];
      const before = base.kind === "items" ? base.items : [];
      const now = change.target;
      return now.length === before.length && before.every((item, index) => Object.is(item, now[index])) ? [] : [path];
    }
    case "time":
      return base.kind === "time" && !Object.is(change.target.getTime(), base.time) && !Object.is(change.target.getTime(), change.time) ? [path] : [];
    case "entries":
      return [];
  }
}

function plannedWrite(change: ObjectChange): PlannedWrite {
  switch (change.kind) {
    case "fields": return { target: change.target, write: () => writeFields(change.target as Record<string, unknown>, change) };
    case "items": return { target: change.target, write: () => writeItems(change.target, change) };
    case "time": return { target: change.target, write: () => void change.target.setTime(change.time) };
    case "entries": return { target: change.target, write: () => writeEntries(change.target, change.entries) };
  }
}

function plannedPathWrite(write: PathWrite): PlannedWrite {
  const keys = write.keys.slice(0, -1);
  const last = write.keys.at(-1)!;
  let holder = write.root;
  for (const key of keys) holder = holder === null || holder === undefined ? holder : (holder as Record<string, unknown>)[key];
  if (typeof holder !== "object" || holder === null) throw new TypeError(`cannot write ${write.target}: the object holding ${last} is ${String(holder)}`);
  return { target: holder, write: () => void ((holder as Record<string, unknown>)[last] = write.value) };
}

function writeFields(target: Record<string, unknown>, change: Extract<ObjectChange, { kind: "fields" }>): void {
  for (const key of change.removed) delete target[key];
  // Assignment keeps the program's setters working; `__proto__` (refused by the type check before) would stay a key.
  for (const [key, value] of change.set) {
    if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    else target[key] = value;
  }
}

function writeItems(target: unknown[], change: Extract<ObjectChange, { kind: "items" }>): void {
  if (change.appendedFrom !== undefined) {
    // Index assignment, not `push`: no method of the program's array is called.
    for (const item of change.items.slice(change.appendedFrom)) target[target.length] = item;
    return;
  }
  target.length = change.items.length;
  change.items.forEach((item, index) => {
    if (!(index in target) || !Object.is(target[index], item)) target[index] = item;
  });
}

function writeEntries(target: Map<unknown, unknown> | Set<unknown>, entries: unknown[]): void {
  target.clear();
  if (target instanceof Map) for (const [key, value] of entries as [unknown, unknown][]) target.set(key, value);
  else for (const item of entries) target.add(item);
}

/** Whether assigning (or deleting) `target[key]` would succeed; own or inherited setters count. */
function canWrite(target: object, key: string, removing: boolean): boolean {
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (removing) return own === undefined || own.configurable === true;
  if (own) return "value" in own ? own.writable === true : own.set !== undefined;
  if (!Object.isExtensible(target)) return false;
  for (let proto: object | null = Object.getPrototypeOf(target); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const inherited = Object.getOwnPropertyDescriptor(proto, key);
    if (inherited) return "value" in inherited ? inherited.writable === true : inherited.set !== undefined;
  }
  return true;
}

function readOnly(path: string): ValidationIssue {
  return { path, message: "it is read-only in the program (frozen, or a getter without a setter)" };
}
