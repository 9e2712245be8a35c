import { ts } from "ts-morph";
import type { ShapeContext } from "./shape-context.js";
import type { PropertyShape, Shape } from "./shape.js";

/** Properties and string index of an object type, as an object shape. */
export function anonymousObjectShape(type: ts.Type, context: ShapeContext): Shape {
  const index = context.checker.getIndexInfosOfType(type).find((info) => !(info.keyType.flags & ts.TypeFlags.ESSymbolLike));
  const properties = context.checker.getPropertiesOfType(type).filter(isStringKeyed).map((property) => propertyShape(property, context));
  return index ? { kind: "object", properties, index: context.shapeOf(index.type) } : { kind: "object", properties };
}

/** One property's shape; an optional property's `undefined` is carried by `optional`, not by a union. */
export function propertyShape(property: ts.Symbol, context: ShapeContext): PropertyShape {
  const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
  const shape = context.shapeOf(context.checker.getTypeOfSymbol(property));
  const described = { name: property.name, shape: optional ? withoutUndefined(shape) : shape, optional };
  return isReadonlyProperty(property) ? { ...described, readonly: true } : described;
}

/** `readonly` fields and getters without a setter. */
function isReadonlyProperty(property: ts.Symbol): boolean {
  const declarations = property.declarations ?? [];
  const hasSetter = declarations.some(ts.isSetAccessorDeclaration);
  return declarations.some((declaration) => (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly) !== 0 || (ts.isGetAccessorDeclaration(declaration) && !hasSetter));
}

/** Symbol-keyed properties (`[Symbol.iterator]`) have no JSON form; their internal names start with `__@`. */
export function isStringKeyed(property: ts.Symbol): boolean {
  return !property.name.startsWith("__@") && !property.name.startsWith("__#");
}

/** A shape without its `undefined` member (optional slots carry it as `optional`). */
export function withoutUndefined(shape: Shape): Shape {
  if (shape.kind !== "union") return shape;
  const members = shape.members.filter((member) => member.kind !== "undefined");
  return members.length === 1 ? members[0]! : { kind: "union", members };
}
