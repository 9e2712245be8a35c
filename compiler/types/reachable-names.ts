import type { NamedTypes, Shape } from "./shape.js";
import { namedTypeChildren, shapeChildren } from "./shape-children.js";

/** Names of the named types a set of shapes refers to, directly or through other named types. */
export function reachableNames(roots: Shape[], named: NamedTypes): Set<string> {
  const found = new Set<string>();
  const visit = (shape: Shape): void => {
    const target = shape.kind === "ref" ? named.get(shape.name) : undefined;
    if (shape.kind === "ref" && target && !found.has(shape.name)) {
      found.add(shape.name);
      namedTypeChildren(target).forEach((child) => visit(child.shape));
    }
    shapeChildren(shape).forEach((child) => visit(child.shape));
  };
  roots.forEach(visit);
  return found;
}
