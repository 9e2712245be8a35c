import { ts } from "ts-morph";
import { isDefaultLibrarySymbol, opaque, type ShapeContext } from "./shape-context.js";
import type { Shape } from "./shape.js";
import { namedClassShape, namedInterfaceShape } from "./named-type.js";
import { anonymousObjectShape, withoutUndefined } from "./object-shape.js";

/** Shape of an object type: Date, arrays, tuples, classes, interfaces and anonymous object types. */
export function shapeOfObject(type: ts.Type, context: ShapeContext): Shape {
  const { checker } = context;
  const symbol = type.getSymbol();
  if (symbol?.name === "Date" && isDefaultLibrarySymbol(context, symbol)) return { kind: "date" };
  if (checker.isArrayType(type)) {
    const element = context.shapeOf(checker.getTypeArguments(type as ts.TypeReference)[0]!);
    return (type as ts.TypeReference).target.symbol?.name === "ReadonlyArray" ? { kind: "array", element, readonly: true } : { kind: "array", element };
  }
  if (checker.isTupleType(type)) return shapeOfTuple(type as ts.TupleTypeReference, context);
  if (type.getCallSignatures().length > 0) return opaque(context, { type, reason: "a function is not supported" });
  if (symbol && symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface) && isDefaultLibrarySymbol(context, symbol)) {
    return opaque(context, { type, reason: `${symbol.name} is not supported` });
  }
  if (symbol && symbol.flags & ts.SymbolFlags.Class) return namedClassShape(type, context);
  if (symbol && symbol.flags & ts.SymbolFlags.Interface) return namedInterfaceShape(type, context);
  return anonymousObjectShape(type, context);
}

function shapeOfTuple(type: ts.TupleTypeReference, context: ShapeContext): Shape {
  const flags = type.target.elementFlags;
  const elementTypes = context.checker.getTypeArguments(type);
  const restAt = flags.findIndex((flag) => flag & ts.ElementFlags.Variable);
  if (restAt >= 0 && (restAt !== flags.length - 1 || flags[restAt]! & ts.ElementFlags.Variadic)) {
    return opaque(context, { type, reason: "only a final `...T[]` rest element is supported in tuples" });
  }
  const fixed = elementTypes.slice(0, restAt >= 0 ? restAt : undefined);
  const elements = fixed.map((element, position) => {
    const optional = (flags[position]! & ts.ElementFlags.Optional) !== 0;
    const shape = context.shapeOf(element);
    return { shape: optional ? withoutUndefined(shape) : shape, optional };
  });
  const tuple: Shape = restAt >= 0 ? { kind: "tuple", elements, rest: context.shapeOf(elementTypes[restAt]!) } : { kind: "tuple", elements };
  return (type.target as ts.TupleType).readonly ? { ...tuple, readonly: true } : tuple;
}
