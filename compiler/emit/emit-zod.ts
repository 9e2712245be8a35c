import type { NamedType, NamedTypes, PropertyShape, Shape } from "../types/shape.js";
import { propertyKey } from "./property-key.js";
import { namedTypeChildren, shapeChildren } from "../types/shape-children.js";

/** What the zod emitter needs besides the shape. */
export interface ZodEmitContext {
  named: NamedTypes;
  /** Identifier under which generated code imported zod's `z`. */
  z: string;
}

/** One named type's schema, held in a variable of the descriptor factory. */
export interface ZodDefinition {
  variable: string;
  expression: string;
}

/**
 * Zod schema text for a shape. Schemas parse the model's JSON form into program values (Date from ISO text,
 * class instances from plain objects, enum members from their value or name) and accept live values as they are.
 */
export function emitZod(shape: Shape, context: ZodEmitContext): string {
  const { z } = context;
  switch (shape.kind) {
    case "string":
    case "number":
    case "boolean":
    case "null":
    case "undefined":
    case "unknown":
      return `${z}.${shape.kind}()`;
    case "bigint":
      return `${z}.coerce.bigint()`;
    case "date":
      return `${z}.union([${z}.date(), ${z}.union([${z}.iso.datetime({ offset: true, local: true }), ${z}.iso.date()]).transform((text) => new Date(text))])`;
    case "literal":
      return `${z}.literal(${JSON.stringify(shape.value)})`;
    case "array":
      return readonlyMark(`${z}.array(${emitZod(shape.element, context)})`, shape.readonly);
    case "tuple": {
      const elements = shape.elements.map((element) => emitZod(element.optional ? orUndefined(element.shape) : element.shape, context));
      const rest = shape.rest ? `, ${emitZod(shape.rest, context)}` : "";
      return readonlyMark(`${z}.tuple([${elements.join(", ")}]${rest})`, shape.readonly);
    }
    case "object":
      return emitObject({ properties: shape.properties, index: shape.index, context });
    case "union":
      return emitUnion(shape.members, context);
    case "ref":
      return definitionVariable(shape.name);
    case "opaque":
      // The analysis never emits a schema for a type with issues; reaching this is a compiler bug.
      throw new Error(`internal: no schema for opaque type ${shape.text}`);
  }
}

/**
 * One variable per named type among `names`, so each named type's schema is written once per block.
 * Recursive types come first, wrapped in `z.lazy` (they may refer to anything); the others follow their
 * dependencies, so every `const` is initialised before it is used.
 */
export function emitZodDefinitions(names: Set<string>, context: ZodEmitContext): ZodDefinition[] {
  const ordered: NamedType[] = [];
  const placed = new Set<string>();
  const place = (name: string): void => {
    const named = context.named.get(name);
    if (!named || placed.has(name)) return;
    placed.add(name);
    namedTypeChildren(named).forEach((child) => refsIn(child.shape).forEach(place));
    ordered.push(named);
  };
  names.forEach(place);
  const isRecursive = (named: NamedType): boolean => named.kind !== "enum" && named.recursive;
  return [...ordered.filter(isRecursive), ...ordered.filter((named) => !isRecursive(named))].map((named) => {
    const expression = emitNamed(named, context);
    return { variable: definitionVariable(named.name), expression: isRecursive(named) ? `${context.z}.lazy(() => ${expression})` : expression };
  });
}

function refsIn(shape: Shape): string[] {
  return shape.kind === "ref" ? [shape.name] : shapeChildren(shape).flatMap((child) => refsIn(child.shape));
}

function emitNamed(named: NamedType, context: ZodEmitContext): string {
  const { z } = context;
  switch (named.kind) {
    case "interface":
    case "alias":
      return emitZod(named.shape, context);
    case "enum": {
      const values = literalList(named.members.map((member) => member.value));
      const names = literalList(named.members.map((member) => member.name));
      const byName = named.members.map((member) => `${propertyKey(member.name)}: ${JSON.stringify(member.value)}`);
      return `${z}.literal(${values}).or(${z}.literal(${names}).transform((name) => ({ ${byName.join(", ")} })[name]))`;
    }
    case "class": {
      const binding = named.binding?.name;
      if (!binding) throw new Error(`internal: class ${named.name} has no binding`);
      const object = emitObject({ properties: named.properties, context });
      // Own data properties: validation runs no program code (a setter runs at commit, after construction).
      return `${z}.union([${z}.instanceof(${binding}), ${object}.transform((value) => Object.defineProperties(Object.create(${binding}.prototype), Object.getOwnPropertyDescriptors(value)))])`;
    }
  }
}

function emitObject(options: { properties: PropertyShape[]; index?: Shape; context: ZodEmitContext }): string {
  const { properties, index, context } = options;
  const { z } = context;
  if (index && properties.length === 0) return `${z}.record(${z}.string(), ${emitZod(index, context)})`;
  const entries = properties.map((property) => `${propertyKey(property.name)}: ${readonlyMark(emitZod(property.optional ? orUndefined(property.shape) : property.shape, context), property.readonly)}`);
  const object = `${z}.object({ ${entries.join(", ")} })`.replace("{  }", "{}");
  return index ? `${object}.catchall(${emitZod(index, context)})` : object;
}

function emitUnion(members: Shape[], context: ZodEmitContext): string {
  const { z } = context;
  const rest = members.filter((member) => member.kind !== "null" && member.kind !== "undefined");
  const hasNull = members.some((member) => member.kind === "null");
  const hasUndefined = members.some((member) => member.kind === "undefined");
  if (rest.length === 0) return hasNull && hasUndefined ? `${z}.null().optional()` : `${z}.${hasNull ? "null" : "undefined"}()`;
  const literals = rest.flatMap((member) => (member.kind === "literal" ? [member.value] : []));
  const core =
    rest.length === 1
      ? emitZod(rest[0]!, context)
      : literals.length === rest.length
        ? `${z}.literal(${literalList(literals)})`
        : `${z}.union([${rest.map((member) => emitZod(member, context)).join(", ")}])`;
  const nullable = hasNull ? `${core}.nullable()` : core;
  return hasUndefined ? `${nullable}.optional()` : nullable;
}

/** The shape of an optional slot: the shape or `undefined` (once). */
function orUndefined(shape: Shape): Shape {
  const members = shape.kind === "union" ? shape.members : [shape];
  return members.some((member) => member.kind === "undefined") ? shape : { kind: "union", members: [...members, { kind: "undefined" }] };
}

/**
 * Readonly-ness travels as zod metadata, which parsing ignores: the runtime reads it to refuse in-place changes
 * the type forbids (see runtime/state/schema-view.ts). zod's own `.readonly()` would freeze parsed values.
 */
function readonlyMark(schema: string, readonly: boolean | undefined): string {
  return readonly ? `${schema}.meta({ readonly: true })` : schema;
}

function literalList(values: (string | number | boolean)[]): string {
  return `[${values.map((value) => JSON.stringify(value)).join(", ")}]`;
}

/** The variable holding a named type's schema inside a descriptor factory. */
export function definitionVariable(name: string): string {
  return `__nj_t_${name.replace(/[^\w$]/g, "_")}`;
}
