import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";

/** Where a block sits: its function (undefined at module top level) and its loops in that function. */
export interface EnclosingScope {
  fn?: ts.SignatureDeclaration;
  /** The innermost loop: plain `break` and `continue` act on it. */
  loop?: ts.IterationStatement;
  /** A `switch` lies between the block and its loop, so a plain `break` would leave the switch instead. */
  switchInBetween: boolean;
  /** Labels of the labelled loops around the block in its function, innermost first (`break outer`). */
  loopLabels: string[];
}

/** Finds the block's function and loops; a block in a function that is not async is an error. */
export function enclosingScope(statement: ts.Statement): EnclosingScope {
  let loop: ts.IterationStatement | undefined;
  let switchInBetween = false;
  const loopLabels: string[] = [];
  let node: ts.Node = statement.parent;
  while (!ts.isSourceFile(node) && !isFunctionBoundary(node)) {
    if (!loop && ts.isIterationStatement(node, false)) loop = node;
    if (!loop && ts.isSwitchStatement(node)) switchInBetween = true;
    if (ts.isLabeledStatement(node) && ts.isIterationStatement(node.statement, false)) loopLabels.push(node.label.text);
    node = node.parent;
  }
  if (ts.isSourceFile(node)) return { loop, switchInBetween, loopLabels };
  if (!ts.isFunctionLike(node) || !(ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async)) {
    throw new CompileError({
      code: "NJ006",
      node: statement,
      message: "natural block outside an async function",
      hint: "mark the enclosing function `async` (inside a callback such as forEach, use a for...of loop instead)",
    });
  }
  return { fn: node, loop, switchInBetween, loopLabels };
}

function isFunctionBoundary(node: ts.Node): boolean {
  return ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
}
