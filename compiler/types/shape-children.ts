import type { NamedType, Shape } from "./shape.js";

/** A nested shape and the path step that leads to it (`[]`, `[0]`, `.name`, `[key]`, or `` for union members). */
export interface ShapeChild {
  shape: Shape;
  step: string;
}

/** The shapes directly inside a shape (a `ref` has none: its body is the named type's). */
export function shapeChildren(shape: Shape): ShapeChild[] {
  switch (shape.kind) {
    case "array":
      return [{ shape: shape.element, step: "[]" }];
    case "tuple": {
      const elements = shape.elements.map((element, position) => ({ shape: element.shape, step: `[${position}]` }));
      return shape.rest ? [...elements, { shape: shape.rest, step: "[]" }] : elements;
    }
    case "object": {
      const properties = shape.properties.map((property) => ({ shape: property.shape, step: `.${property.name}` }));
      return shape.index ? [...properties, { shape: shape.index, step: "[key]" }] : properties;
    }
    case "union":
      return shape.members.map((member) => ({ shape: member, step: "" }));
    default:
      return [];
  }
}

/** The shapes directly inside a named type's body, steps relative to the type's name. */
export function namedTypeChildren(named: NamedType): ShapeChild[] {
  if (named.kind === "enum") return [];
  if (named.kind === "class") return named.properties.map((property) => ({ shape: property.shape, step: `.${property.name}` }));
  return [{ shape: named.shape, step: "" }];
}
