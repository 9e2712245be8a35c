import type { AnyNode, Pattern, Program } from "acorn";

/** Names strict code may not declare (assigning them is a SyntaxError in strict mode anyway). */
const undeclarable = new Set(["eval", "arguments"]);

/**
 * The names a code action assigns with `=` (plainly, by destructuring, or as a `for in`/`for of` target) but
 * never declares anywhere in its code. In sloppy mode such an assignment creates a global; code actions run in
 * strict mode, where it would throw, so these names get a `var` (see rewrite-top-level.ts). Compound
 * assignments and `++` read the name first, and throw for an undeclared name in sloppy mode too, so they are
 * left alone. A name declared in some inner scope of the code counts as declared everywhere (no scope
 * analysis): assigning it elsewhere without a declaration throws, as strict code does.
 */
export function implicitGlobals(program: Program): string[] {
  const declared = new Set<string>();
  const assigned = new Set<string>();
  for (const node of descendants(program)) {
    if (node.type === "VariableDeclarator") patternNames(node.id).forEach((name) => declared.add(name));
    else if (node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression") {
      if (node.id) declared.add(node.id.name);
      node.params.flatMap(patternNames).forEach((name) => declared.add(name));
    } else if ((node.type === "ClassDeclaration" || node.type === "ClassExpression") && node.id) declared.add(node.id.name);
    else if (node.type === "CatchClause" && node.param) patternNames(node.param).forEach((name) => declared.add(name));
    else if (node.type === "AssignmentExpression" && node.operator === "=") patternNames(node.left).forEach((name) => assigned.add(name));
    else if ((node.type === "ForInStatement" || node.type === "ForOfStatement") && node.left.type !== "VariableDeclaration") {
      patternNames(node.left).forEach((name) => assigned.add(name));
    }
  }
  return [...assigned].filter((name) => !declared.has(name) && !undeclarable.has(name));
}

/** The identifiers a binding or assignment pattern binds (member expressions bind none). */
export function patternNames(pattern: Pattern): string[] {
  switch (pattern.type) {
    case "Identifier":
      return [pattern.name];
    case "ObjectPattern":
      return pattern.properties.flatMap((property) => patternNames(property.type === "RestElement" ? property.argument : property.value));
    case "ArrayPattern":
      return pattern.elements.flatMap((element) => (element ? patternNames(element) : []));
    case "AssignmentPattern":
      return patternNames(pattern.left);
    case "RestElement":
      return patternNames(pattern.argument);
    default:
      return [];
  }
}

/** Every node of the tree, depth first. */
function* descendants(node: AnyNode): Generator<AnyNode> {
  yield node;
  for (const value of Object.values(node) as unknown[]) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) yield* descendants(child);
    }
  }
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
