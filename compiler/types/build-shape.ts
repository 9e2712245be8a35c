import { ts } from "ts-morph";
import { isDefaultLibrarySymbol, opaque, type ShapeContext } from "./shape-context.js";
import type { ClassBinding, NamedTypes, Shape } from "./shape.js";
import { shapeOfUnion } from "./shape-of-union.js";
import { shapeOfObject } from "./shape-of-object.js";
import { namedAliasShape, namedEnumShape } from "./named-type.js";

/** Inputs of {@link createShapeBuilder}. */
export interface ShapeBuilderOptions {
  checker: ts.TypeChecker;
  program: ts.Program;
  /** Receives every named type met; shared by all the shapes of one block. */
  named: NamedTypes;
  resolveClass(symbol: ts.Symbol): ClassBinding | undefined;
  /** Called when a type the checker could not resolve is met (a name missing from the program's libraries). */
  onUnresolvedType?(): void;
}

const typeBudget = 1500;

/** Returns a function that describes TypeScript types as shapes, sharing named types between calls. */
export function createShapeBuilder(options: ShapeBuilderOptions): (type: ts.Type) => Shape {
  const context: ShapeContext = {
    ...options,
    names: new Map(),
    inProgress: new Set(),
    recursive: new Set(),
    budget: { remaining: typeBudget },
    shapeOf: (type) => shapeOf(type, context),
    shapeOfUnaliased: (type) => shapeOfUnaliased(type, context),
  };
  return (type) => {
    context.budget.remaining = typeBudget;
    return shapeOf(type, context);
  };
}

function shapeOf(type: ts.Type, context: ShapeContext): Shape {
  if (--context.budget.remaining < 0) return opaque(context, { type, reason: "type is too large to describe" });
  const { flags } = type;
  const alias = type.aliasSymbol;
  if (alias && alias.flags & ts.SymbolFlags.TypeAlias && !isDefaultLibrarySymbol(context, alias) && !(flags & ts.TypeFlags.Boolean)) {
    return namedAliasShape(type, context);
  }
  return shapeOfUnaliased(type, context);
}

/** Describes a type ignoring its alias name (also used for an alias's own body). */
function shapeOfUnaliased(type: ts.Type, context: ShapeContext): Shape {
  const { flags } = type;
  const symbolFlags = type.symbol?.flags ?? 0;
  if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
    if (isUnresolved(type)) context.onUnresolvedType?.();
    return { kind: "unknown" };
  }
  if (flags & ts.TypeFlags.Never) return opaque(context, { type, reason: "never has no values" });
  if (flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return { kind: "undefined" };
  if (flags & ts.TypeFlags.Null) return { kind: "null" };
  if (flags & ts.TypeFlags.Boolean) return { kind: "boolean" };
  if (flags & ts.TypeFlags.BooleanLiteral) return { kind: "literal", value: type === context.checker.getTrueType() };
  if (symbolFlags & ts.SymbolFlags.Enum) return namedEnumShape(type, context);
  if (type.isStringLiteral() || type.isNumberLiteral()) return { kind: "literal", value: type.value };
  if (flags & (ts.TypeFlags.BigInt | ts.TypeFlags.BigIntLiteral)) return { kind: "bigint" };
  if (flags & ts.TypeFlags.String) return { kind: "string" };
  if (flags & ts.TypeFlags.Number) return { kind: "number" };
  if (type.isUnion()) return shapeOfUnion(type, context);
  if (type.isIntersection()) return shapeOfIntersection(type, context);
  if (flags & ts.TypeFlags.Object) return shapeOfObject(type as ts.ObjectType, context);
  return opaque(context, { type, reason: `${unsupportedName(type, context)} is not supported` });
}

/** The checker's error type (an `any` it reports as unresolved); its name is internal but long stable. */
function isUnresolved(type: ts.Type): boolean {
  return (type as { intrinsicName?: string }).intrinsicName === "error";
}

function shapeOfIntersection(type: ts.IntersectionType, context: ShapeContext): Shape {
  // A branded primitive (`string & { __brand: "Id" }`) is validated as its primitive.
  const primitive = type.types.find((member) => member.flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean));
  if (primitive) return context.shapeOf(primitive);
  if (type.types.every((member) => member.flags & ts.TypeFlags.Object)) return shapeOfObject(type, context);
  return opaque(context, { type, reason: "this intersection is not supported" });
}

function unsupportedName(type: ts.Type, context: ShapeContext): string {
  if (type.flags & ts.TypeFlags.TypeParameter) return `type parameter ${context.checker.typeToString(type)}`;
  if (type.flags & (ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) return "a template literal type";
  if (type.flags & ts.TypeFlags.ESSymbolLike) return "symbol";
  if (type.flags & ts.TypeFlags.NonPrimitive) return "object (use a concrete object type)";
  return context.checker.typeToString(type);
}
