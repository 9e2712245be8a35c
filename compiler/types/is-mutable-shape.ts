import type { NamedTypes, Shape } from "./shape.js";

/** True when a value of this shape is an object or array a block could change in place. */
export function isMutableShape(shape: Shape, named: NamedTypes): boolean {
  switch (shape.kind) {
    case "array":
    case "tuple":
    case "object":
      return true;
    case "union":
      return shape.members.some((member) => isMutableShape(member, named));
    case "ref": {
      const target = named.get(shape.name);
      if (!target || target.kind === "enum") return false;
      return target.kind === "class" || isMutableShape(target.shape, named);
    }
    default:
      return false;
  }
}
