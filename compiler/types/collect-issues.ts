import type { NamedTypes, Shape } from "./shape.js";
import { namedTypeChildren, shapeChildren } from "./shape-children.js";

/**
 * Everything in a shape that cannot be validated, each with its path from `label` (`answer`, or the name of
 * the named type it sits in: `Order.items[]: Map is not supported`). Each named type is visited once.
 */
export function collectIssues(shape: Shape, options: { label: string; named: NamedTypes }): string[] {
  const issues = new Set<string>();
  const visited = new Set<string>();
  const visit = (current: Shape, path: string): void => {
    if (current.kind === "opaque") issues.add(`${path}: ${current.reason}`);
    if (current.kind === "ref") visitNamed(current.name);
    shapeChildren(current).forEach((child) => visit(child.shape, path + child.step));
  };
  const visitNamed = (name: string): void => {
    const named = options.named.get(name);
    if (visited.has(name) || !named) return;
    visited.add(name);
    if (named.kind === "class" && !named.binding) issues.add(`${name}: class ${name} is not reachable from this file, import it here`);
    namedTypeChildren(named).forEach((child) => visit(child.shape, name + child.step));
  };
  visit(shape, options.label);
  return [...issues];
}
