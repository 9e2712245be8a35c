import type { BlockRead, ValueSchema } from "../block.js";
import type { ObjectChange } from "../sandbox/index.js";
import { declaredPositions, type DeclaredPosition } from "./declared-positions.js";
import { inspectModelValue } from "./inspect-model-value.js";
import { overlayView } from "./overlay-view.js";
import type { FieldView, StructureView } from "./schema-view.js";
import { validateValue, type Validation, type ValidationIssue } from "./validate-value.js";

/**
 * Keys that change how code treats an object (awaiting it, printing it, converting or serialising it): a
 * model may change them only where the program's object already had them as its own.
 */
const behaviourKeys = new Set(["then", "toJSON", "toString", "valueOf", "toLocaleString", "constructor", "__proto__", "hasOwnProperty"]);

/** Options of {@link checkChanges}. */
export interface CheckChangesOptions {
  changes: readonly ObjectChange[];
  reads: readonly BlockRead[];
  inputs: Record<string, unknown>;
  isProgramObject: (value: object) => boolean;
  /** Maps a parsed new value back onto the program's objects it equals (identity), see reuse-program-objects.ts. */
  reuse: (value: unknown) => unknown;
}

/**
 * Checks the in-place changes of code actions against the program's declared types, as the type checker would
 * check the same assignments: each changed object must be reached through fields its types declare (not a
 * private or protected field, an enum, or an input whose type has no schema), each key set must be a declared,
 * writable (not readonly) field and get a value of its type, each key removed must be optional, arrays must
 * not be readonly, and the new values must be plain data (see inspect-model-value.ts). Then each changed input
 * is validated whole, as it would be after the change. Returns every issue found; nothing is written.
 * Each accepted new value in `changes` is replaced by its parsed form (a Date revived from ISO text, a class
 * instance from its fields), which is what the commit writes: the value validated is the value written.
 */
export function checkChanges(options: CheckChangesOptions): ValidationIssue[] {
  if (options.changes.length === 0) return [];
  const positions = declaredPositions({ reads: options.reads, inputs: options.inputs });
  const issues = options.changes.flatMap((change) => checkOne({ change, position: positions.get(change.target), options }));
  if (issues.length > 0) return issues;
  const affected = new Set(options.changes.flatMap((change) => [...(positions.get(change.target)?.roots ?? [])]));
  return options.reads.flatMap((read) => {
    if (!affected.has(read.name) || read.schema === undefined) return [];
    const view = overlayView({ value: options.inputs[read.name], changes: options.changes });
    if (view === undefined) return [];
    const checked = validateValue({ schema: read.schema, value: view, name: read.name });
    return checked.success ? [] : checked.issues;
  });
}

function checkOne({ change, position, options }: { change: ObjectChange; position: DeclaredPosition | undefined; options: CheckChangesOptions }): ValidationIssue[] {
  const keep = (value: unknown): unknown => (typeof value === "object" && value !== null && options.isProgramObject(value) ? value : options.reuse(value));
  const path = change.entry.path;
  if (position === undefined || position.views.length === 0) return [{ path, message: unreachableReason(path, options.reads) }];
  const newValues: (readonly [string, unknown])[] =
    change.kind === "fields" ? [...change.set].map(([key, value]) => [`${path}.${key}`, value] as const)
    : change.kind === "items" ? change.items.slice(change.appendedFrom ?? 0).map((value: unknown, index: number) => [`${path}[${index + (change.appendedFrom ?? 0)}]`, value] as const)
    : change.kind === "entries" ? [[path, change.entries] as const] : [];
  const dataIssues = newValues.flatMap(([name, value]) => inspectModelValue(value, { name, isProgramObject: options.isProgramObject }));
  if (dataIssues.length > 0) return dataIssues;
  if (position.views.some((view) => view.kind === "any")) return [];
  switch (change.kind) {
    case "fields": return checkFields({ change, views: position.views, path, reuse: keep });
    case "items": return checkItems({ change, views: position.views, path, reuse: keep });
    case "time": return position.views.some((view) => view.kind === "date") ? [] : [{ path, message: "its type is not a Date" }];
    case "entries": return [{ path, message: "its type has no schema here, so code actions may only read it" }];
  }
  return [];
}

function unreachableReason(path: string, reads: readonly BlockRead[]): string {
  const root = /^[^.[]+/.exec(path)?.[0] ?? path;
  const read = reads.find((candidate) => candidate.name === root);
  if (read !== undefined && read.kind !== "value") return `\`${root}\` is ${read.kind === "enum" ? "an enum" : `a ${read.kind}`} of the program; code actions cannot change it`;
  if (read !== undefined && read.schema === undefined) return `the type of \`${root}\` (${read.typeText}) cannot be checked, so code actions may only read it; compute what you need and pass it in the exit's outputs`;
  return "cannot be changed: the program reaches it only through fields its types do not declare as public (private, protected or not in the type)";
}

interface CheckOptions<Kind> {
  change: Extract<ObjectChange, { kind: Kind }>;
  views: StructureView[];
  path: string;
  reuse: (value: unknown) => unknown;
}

function checkFields({ change, views, path, reuse }: CheckOptions<"fields">): ValidationIssue[] {
  const objects = views.filter((view): view is Extract<StructureView, { kind: "object" }> => view.kind === "object");
  if (objects.length === 0) return [{ path, message: "its type has no fields a code action may set" }];
  const base = change.entry.base.kind === "fields" ? change.entry.base.fields : new Map<string, unknown>();
  const issues: ValidationIssue[] = [];
  const declaring = (key: string): FieldView[] => objects.flatMap((view) => {
    const field = view.fields.get(key);
    if (field !== undefined) return [field];
    return view.rest === undefined ? [] : [{ schema: view.rest, readonly: false, optional: true }];
  });
  const known = [...new Set(objects.flatMap((view) => [...view.fields.keys()]))].join(", ");
  for (const [key, value] of change.set) {
    const fields = declaring(key);
    const at = `${path}.${key}`;
    if (key === "__proto__") issues.push({ path: at, message: "`__proto__` cannot be set" });
    else if (behaviourKeys.has(key) && !base.has(key)) issues.push({ path: at, message: `\`${key}\` would change how the program treats the object; it cannot be added` });
    else if (fields.length === 0) issues.push({ path: at, message: `not a field of its type${known === "" ? "" : ` (fields: ${known})`}` });
    else if (fields.every((field) => field.readonly)) issues.push({ path: at, message: "readonly in the program's type; it cannot be changed" });
    else {
      const fit = firstFit(fields.filter((field) => !field.readonly).map((field) => field.schema), value, at);
      if (fit.success) change.set.set(key, reuse(fit.value));
      else issues.push(...fit.issues);
    }
  }
  for (const key of change.removed) {
    const fields = declaring(key);
    const at = `${path}.${key}`;
    if (fields.length === 0) issues.push({ path: at, message: "not a public field of its type; it cannot be removed" });
    else if (fields.every((field) => field.readonly)) issues.push({ path: at, message: "readonly in the program's type; it cannot be removed" });
    else if (!fields.some((field) => field.optional)) issues.push({ path: at, message: "required by its type; it cannot be removed" });
  }
  return issues;
}

function checkItems({ change, views, path, reuse }: CheckOptions<"items">): ValidationIssue[] {
  const arrays = views.filter((view): view is Extract<StructureView, { kind: "array" }> => view.kind === "array");
  if (arrays.length === 0) return [{ path, message: "its type is not an array" }];
  if (arrays.every((view) => view.readonly)) return [{ path, message: "a readonly array in the program's type; it cannot be changed" }];
  const base = change.entry.base.kind === "items" ? change.entry.base.items : [];
  const writable = arrays.filter((view) => !view.readonly);
  const issues: ValidationIssue[] = [];
  change.items.forEach((item: unknown, index: number) => {
    if (index < base.length && Object.is(base[index], item)) return;
    const schemas = writable.flatMap((view) => view.element(index) ?? []);
    if (schemas.length === 0) return void issues.push({ path: `${path}[${index}]`, message: "the type has no element at this position (a tuple?)" });
    const fit = firstFit(schemas, item, `${path}[${index}]`);
    if (fit.success) change.items[index] = reuse(fit.value);
    else issues.push(...fit.issues);
  });
  return issues;
}

/** The parsed value when `value` fits one of `schemas`; else the issues of the first. */
function firstFit(schemas: readonly ValueSchema[], value: unknown, name: string): Validation {
  let first: ValidationIssue[] | undefined;
  for (const schema of schemas) {
    const checked = validateValue({ schema, value, name });
    if (checked.success) return checked;
    first ??= checked.issues;
  }
  return { success: false, issues: first ?? [] };
}
