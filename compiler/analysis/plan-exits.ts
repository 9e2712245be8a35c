import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";
import type { PlannedExits } from "./block-plan.js";
import type { BlockContext } from "./block-context.js";
import type { EnclosingScope } from "./enclosing-scope.js";
import { collectIssues } from "../types/collect-issues.js";
import type { Shape } from "../types/shape.js";

/** Inputs of {@link planExits}. */
export interface PlanExitsOptions {
  scope: EnclosingScope;
  instruction: string;
  throws: string[];
  constructors: { name: string; shape: Shape }[];
  context: BlockContext;
}

/**
 * `break`/`continue` when the block sits in a loop (also to any labelled loop around it), `return` when it sits
 * in a function whose awaited return type can be validated (in a generator: its `TReturn`), and `throw` of the
 * error classes it reads. A void function offers `return` without a value. Exits the instruction mentions but
 * the site cannot offer are reported as warnings.
 */
export function planExits(options: PlanExitsOptions): PlannedExits {
  const { scope, instruction, context } = options;
  const exits: PlannedExits = { throws: options.throws, constructors: options.constructors };
  if (scope.loop) exits.loop = loopExit(scope);
  else if (/\b(break|continue)\b/i.test(instruction)) {
    context.report(warning({ code: "NJ008", context, word: /\b(break|continue)\b/i, message: "The instruction mentions break/continue, but the block is not inside a loop.", hint: "move the block into the loop it should leave, or reword the instruction" }));
  }
  if (scope.fn && isGenerator(scope.fn) && /\byield/i.test(instruction)) {
    context.report(warning({ code: "NJ012", context, word: /\byield/i, message: "A block cannot yield: it runs once, as one statement.", hint: "let the block write the value to an output (<:item>), then `yield item;` after it in code" }));
  }
  const returnType = scope.fn && returnTypeOf(scope.fn, context.checker);
  if (!returnType) return exits;
  if (returnType.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) {
    exits.return = {};
    return exits;
  }
  const shape = context.shapeOf(returnType);
  const issues = collectIssues(shape, { label: "return", named: context.named });
  if (issues.length === 0) exits.return = { shape };
  else if (/\breturn\b/i.test(instruction)) {
    context.report(warning({ code: "NJ009", context, word: /\breturn\b/i, message: `The block cannot offer return: ${issues.join("; ")}`, hint: "give the function a JSON-like return type, or let the block write a variable and return it in code" }));
  }
  return exits;
}

function loopExit({ loop, switchInBetween, loopLabels }: EnclosingScope): NonNullable<PlannedExits["loop"]> {
  const own = ts.isLabeledStatement(loop!.parent) ? loop!.parent.label.text : undefined;
  const labels = loopLabels.length > 0 ? { labels: loopLabels } : {};
  if (own) return { label: own, breakLabel: own, ...labels };
  // A plain `break` inside a switch would leave the switch, so the loop gets a generated label.
  return switchInBetween ? { breakLabel: `__nj_loop_${loop!.getStart()}`, insertLabelAt: loop!.getStart(), ...labels } : labels;
}

/** The awaited return type; for a generator, what its `return` hands back (`TReturn` of its iterator). */
function returnTypeOf(fn: ts.SignatureDeclaration, checker: ts.TypeChecker): ts.Type | undefined {
  const signature = checker.getSignatureFromDeclaration(fn);
  if (!signature) return undefined;
  const returnType = checker.getReturnTypeOfSignature(signature);
  if (isGenerator(fn)) {
    const isReference = returnType.flags & ts.TypeFlags.Object && (returnType as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference;
    return isReference ? checker.getTypeArguments(returnType as ts.TypeReference)[1] : undefined;
  }
  return checker.getAwaitedType(returnType) ?? returnType;
}

function isGenerator(fn: ts.SignatureDeclaration): boolean {
  return "asteriskToken" in fn && fn.asteriskToken !== undefined;
}

/** A warning pointing at the word of the instruction it is about. */
function warning(options: { code: "NJ008" | "NJ009" | "NJ012"; context: BlockContext; word: RegExp; message: string; hint: string }): CompileError {
  const { template } = options.context;
  const position = template.getStart() + (options.word.exec(template.getText())?.index ?? 0);
  return new CompileError({ code: options.code, node: template, position, message: options.message, hint: options.hint });
}
