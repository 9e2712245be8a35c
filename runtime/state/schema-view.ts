import type { ValueSchema } from "../block.js";

/**
 * What a schema says about the structure a value may have, for the checks zod's `safeParse` cannot make on its
 * own: which keys an object type declares (and which are readonly), the element type of an array, whether a
 * type allows anything at all. Read from zod 4's schema definitions (`_zod.def`), which generated code builds
 * with the zod this package pins. A schema that is not zod's says nothing: `{ kind: "any" }`.
 */
export type StructureView =
  | { kind: "object"; fields: Map<string, FieldView>; rest?: ValueSchema }
  | { kind: "array"; element: (index: number) => ValueSchema | undefined; readonly: boolean }
  | { kind: "date" }
  | { kind: "any" }
  /** Primitives, literals, enums: no object fits. */
  | { kind: "leaf" };

/** One declared key of an object type. */
export interface FieldView {
  schema: ValueSchema;
  readonly: boolean;
  optional: boolean;
}

interface ZodDefinition {
  type: string;
  [key: string]: unknown;
}

/** Metadata generated code attaches to readonly properties and readonly arrays (`.meta({ readonly: true })`). */
const readonlyKey = "readonly";

/** The structural alternatives of `schema` (a union has several; wrappers and lazy schemas are looked through). */
export function structuresOf(schema: ValueSchema): StructureView[] {
  const found: StructureView[] = [];
  collect({ schema, readonly: false, found, depth: 0 });
  return found;
}

function collect(options: { schema: ValueSchema; readonly: boolean; found: StructureView[]; depth: number }): void {
  const { schema, found, depth } = options;
  const def = definitionOf(schema);
  if (def === undefined || depth > 50) return void found.push({ kind: "any" });
  const readonly = options.readonly || isMarkedReadonly(schema);
  const inner = (next: unknown): void => collect({ schema: next as ValueSchema, readonly, found, depth: depth + 1 });
  switch (def.type) {
    case "optional": case "nullable": case "default": case "prefault": case "catch": case "readonly": case "nonoptional":
      return inner(def.innerType);
    case "lazy":
      return inner((def.getter as () => unknown)());
    case "pipe":
      return inner(def.in);
    case "union":
      return (def.options as unknown[]).forEach(inner);
    case "custom":
      // `z.instanceof(Class)`: the class's own fields are described by the union member beside it.
      return;
    case "unknown": case "any":
      return void found.push({ kind: "any" });
    case "date":
      return void found.push({ kind: "date" });
    case "object":
      return void found.push(objectView(def));
    case "record":
      return void found.push({ kind: "object", fields: new Map(), rest: def.valueType as ValueSchema });
    case "array":
      return void found.push({ kind: "array", element: () => def.element as ValueSchema, readonly });
    case "tuple": {
      const items = def.items as ValueSchema[];
      const rest = def.rest as ValueSchema | null | undefined;
      return void found.push({ kind: "array", element: (index) => items[index] ?? rest ?? undefined, readonly });
    }
    default:
      return void found.push({ kind: "leaf" });
  }
}

function objectView(def: ZodDefinition): StructureView {
  const shape = def.shape as Record<string, ValueSchema>;
  const fields = new Map<string, FieldView>();
  for (const key of Object.keys(shape)) {
    const schema = shape[key]!;
    fields.set(key, { schema, readonly: isMarkedReadonly(schema), optional: schema.safeParse(undefined).success });
  }
  const rest = def.catchall as ValueSchema | undefined;
  return rest === undefined || definitionOf(rest)?.type === "never" ? { kind: "object", fields } : { kind: "object", fields, rest };
}

function definitionOf(schema: unknown): ZodDefinition | undefined {
  const def = (schema as { _zod?: { def?: ZodDefinition } } | null)?._zod?.def;
  return typeof def?.type === "string" ? def : undefined;
}

function isMarkedReadonly(schema: ValueSchema): boolean {
  const meta = (schema as { meta?: () => Record<string, unknown> | undefined }).meta;
  return typeof meta === "function" && meta.call(schema)?.[readonlyKey] === true;
}
