import type { BlockRead, ValueSchema } from "../block.js";
import { structuresOf, type StructureView } from "./schema-view.js";
import { dataEntries } from "./class-accessors.js";

/** Where a program object stands in the declared types: the structures its places allow, and its inputs. */
export interface DeclaredPosition {
  views: StructureView[];
  /** Names of the reads (with a schema) through which the object is reached along declared fields. */
  roots: Set<string>;
}

const anything: StructureView = { kind: "any" };
const anySchema: ValueSchema = { safeParse: (value) => ({ success: true, data: value }) };

/**
 * Walks every read that has a schema along the fields its type declares (public fields of classes, items of
 * arrays, values of records), recording for each program object the structures it must keep. An object that
 * is reached only through undeclared fields (private or protected ones, or none: an enum, an input whose type
 * has no schema) gets no position: the program never said how it may change. Linear: each (object, schema)
 * pair is visited once.
 */
export function declaredPositions(options: { reads: readonly BlockRead[]; inputs: Record<string, unknown> }): Map<object, DeclaredPosition> {
  const positions = new Map<object, DeclaredPosition>();
  const visited = new Map<object, Set<ValueSchema>>();
  const views = new WeakMap<ValueSchema, StructureView[]>();
  const viewsOf = (schema: ValueSchema): StructureView[] => {
    if (schema === anySchema) return [anything];
    let found = views.get(schema);
    if (found === undefined) views.set(schema, (found = structuresOf(schema)));
    return found;
  };
  const pending: { value: unknown; schema: ValueSchema; root: string }[] = [];
  for (const read of options.reads) {
    if (read.kind === "value" && read.schema !== undefined) pending.push({ value: options.inputs[read.name], schema: read.schema, root: read.name });
  }
  while (pending.length > 0) {
    const { value, schema, root } = pending.pop()!;
    if (typeof value !== "object" || value === null) continue;
    const seen = visited.get(value) ?? new Set();
    visited.set(value, seen);
    const position = positions.get(value) ?? { views: [], roots: new Set<string>() };
    positions.set(value, position);
    position.roots.add(root);
    if (seen.has(schema)) continue;
    seen.add(schema);
    const fitting = viewsOf(schema).filter((view) => fits(view, value));
    position.views.push(...fitting);
    for (const view of fitting) for (const [child, childSchema] of childrenOf(view, value)) pending.push({ value: child, schema: childSchema, root });
  }
  return positions;
}

function fits(view: StructureView, value: object): boolean {
  switch (view.kind) {
    case "any": return true;
    case "array": return Array.isArray(value);
    case "date": return value instanceof Date;
    case "object": return !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Map) && !(value instanceof Set);
    case "leaf": return false;
  }
}

function childrenOf(view: StructureView, value: object): [unknown, ValueSchema][] {
  if (view.kind === "any") {
    if (value instanceof Map) return [...value].flatMap(([key, item]) => [[key, anySchema], [item, anySchema]] as [unknown, ValueSchema][]);
    if (value instanceof Set) return [...value].map((item) => [item, anySchema]);
    return Object.keys(value).map((key) => [(value as Record<string, unknown>)[key], anySchema]);
  }
  if (view.kind === "array") {
    return (value as unknown[]).flatMap((item, index) => {
      const schema = view.element(index);
      return schema === undefined ? [] : [[item, schema] as [unknown, ValueSchema]];
    });
  }
  if (view.kind !== "object") return [];
  return dataEntries(value).flatMap(([key, item]) => {
    const schema = view.fields.get(key)?.schema ?? view.rest;
    return schema === undefined ? [] : [[item, schema] as [unknown, ValueSchema]];
  });
}
