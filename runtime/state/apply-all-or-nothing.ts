/**
 * Writes a block's changes into the program's objects all together or not at all. The writes were checked
 * beforehand, but program code can still refuse one halfway (a setter that throws, a sealed array that cannot
 * grow); then every object already written, and the one that failed, is put back as it was.
 */
import { accessorPairKeys } from "./class-accessors.js";

/** One planned write into one program object. */
export interface PlannedWrite {
  target: object;
  write(): void;
}

export function applyAllOrNothing(writes: readonly PlannedWrite[]): void {
  const undos: (() => void)[] = [];
  try {
    for (const { target, write } of writes) {
      undos.push(captureUndo(target));
      write();
    }
  } catch (error) {
    for (const undo of undos.reverse()) {
      try {
        undo();
      } catch {
        // Best effort: the original failure is what the program must hear about.
      }
    }
    throw error;
  }
}

/** How to put `target` back as it is now: its own properties (array items and length too), or its contents. */
function captureUndo(target: object): () => void {
  if (target instanceof Date) {
    const time = target.getTime();
    return () => target.setTime(time);
  }
  if (target instanceof Map) {
    const entries = [...target];
    return () => {
      target.clear();
      for (const [key, value] of entries) target.set(key, value);
    };
  }
  if (target instanceof Set) {
    const items = [...target];
    return () => {
      target.clear();
      for (const item of items) target.add(item);
    };
  }
  const before = Object.getOwnPropertyDescriptors(target) as Record<PropertyKey, PropertyDescriptor>;
  // An accessor's hidden state (`#name` behind a class's get/set pair) is restored through its setter, with the
  // value its getter gives now.
  const ownAccessors = Reflect.ownKeys(before).filter((key) => before[key]!.set && before[key]!.get);
  const accessorValues = new Map([...ownAccessors, ...accessorPairKeys(target)].flatMap((key) => readSafely(target, key)));
  return () => {
    for (const key of Reflect.ownKeys(target)) if (!Object.hasOwn(before, key)) Reflect.deleteProperty(target, key);
    for (const [key, value] of accessorValues) if (!Object.hasOwn(before, key)) Reflect.set(target, key, value);
    for (const key of Reflect.ownKeys(before)) {
      const descriptor = before[key]!;
      if (accessorValues.has(key)) Reflect.set(target, key, accessorValues.get(key));
      else if (Object.getOwnPropertyDescriptor(target, key)?.configurable !== false) Object.defineProperty(target, key, descriptor);
      else if ("value" in descriptor) Reflect.set(target, key, descriptor.value);
    }
  };
}

function readSafely(target: object, key: PropertyKey): [PropertyKey, unknown][] {
  try {
    return [[key, Reflect.get(target, key)]];
  } catch {
    return [];
  }
}
