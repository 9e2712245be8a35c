import type { ValidationIssue } from "./validate-value.js";

/**
 * Most nodes a value from the model may unfold to (counting a shared object once per place it is used, as a
 * schema's parse walks it). `a = [a, a]` forty times over is small as a graph and astronomical as a tree.
 */
export const maxUnfoldedNodes = 100_000;

/** What {@link inspectModelValue} needs to know of the program. */
export interface InspectOptions {
  /** Where the value is going, for messages: `answer`, `order.status`, `return value`. */
  name: string;
  /** True for the program's own objects (passed through by identity, never walked into). */
  isProgramObject: (value: object) => boolean;
}

/**
 * The checks every value the model made must pass before any schema sees it, in one pass linear in the
 * value's graph (each object is visited once, however often it is shared): no own `__proto__` key (a key that
 * becomes a prototype when assigned), no function (program functions may stay where they were, but a model
 * cannot put one anywhere new: the program might call it as `then`, `toJSON` or `valueOf`), no cycle, and at
 * most {@link maxUnfoldedNodes} nodes unfolded.
 */
export function inspectModelValue(value: unknown, options: InspectOptions): ValidationIssue[] {
  const sizes = new Map<object, number>();
  const issues: ValidationIssue[] = [];
  const visit = (item: unknown, path: string): number => {
    if (typeof item === "function") {
      issues.push({ path, message: `a function cannot be written here (functions stay where the program put them; write data)` });
      return 1;
    }
    if (typeof item !== "object" || item === null || options.isProgramObject(item) || item instanceof Date) return 1;
    const known = sizes.get(item);
    if (known !== undefined) {
      if (Number.isNaN(known)) issues.push({ path, message: "the value refers to itself (a cycle); write tree-shaped data" });
      return Number.isNaN(known) ? 1 : known;
    }
    sizes.set(item, NaN);
    let size = 1;
    for (const [key, child] of children(item)) {
      if (key === "__proto__") issues.push({ path: `${path}.__proto__`, message: "`__proto__` cannot be a key of data" });
      size = Math.min(size + visit(child, typeof key === "number" ? `${path}[${key}]` : `${path}.${key}`), Number.MAX_SAFE_INTEGER);
      if (issues.length > 0) break;
    }
    sizes.set(item, size);
    return size;
  };
  const total = visit(value, options.name);
  if (issues.length === 0 && total > maxUnfoldedNodes) {
    issues.push({ path: options.name, message: `the value is too large once its shared parts are counted everywhere they are used (more than ${maxUnfoldedNodes} values); write a smaller value` });
  }
  return issues.slice(0, 5);
}

function children(item: object): Iterable<[string | number, unknown]> {
  if (Array.isArray(item)) return item.map((child, index) => [index, child] as [number, unknown]);
  if (item instanceof Map) return [...item].flatMap(([key, child], index) => [[`keys()[${index}]`, key], [`get(…)`, child]] as [string, unknown][]);
  if (item instanceof Set) return [...item].map((child, index) => [`values()[${index}]`, child] as [string, unknown]);
  return Reflect.ownKeys(item).flatMap((key) => {
    if (typeof key !== "string") return [];
    const descriptor = Object.getOwnPropertyDescriptor(item, key);
    return descriptor && "value" in descriptor ? [[key, descriptor.value] as [string, unknown]] : [[key, undefined] as [string, unknown]];
  });
}
