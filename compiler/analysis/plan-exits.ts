import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";
import type { PlannedExits } from "./block-plan.js";
import type { BlockContext } from "./block-context.js";
import type { EnclosingScope } from "./enclosing-scope.js";
import { collectIssues } from "../types/collect-issues.js";
import type { Shape } from "../types/shape.js";
import { emitTypeText } from "../emit/emit-type-text.js";
import { emitZod } from "../emit/emit-zod.js";

/** The exits of a block, the return shape (for declarations) and warnings about exits it cannot offer. */
export interface ExitsPlan {
  exits: PlannedExits;
  returnShape?: Shape;
  warnings: CompileError[];
}

/**
 * `break`/`continue` when the block sits in a loop, `return` when it sits in a (non-generator) function whose
 * awaited return type can be validated, and `throw` of the error classes it reads.
 * A void function offers `return` without a value: its schema accepts only `undefined`.
 */
export function planExits(options: { scope: EnclosingScope; instruction: string; throws: string[]; context: BlockContext }): ExitsPlan {
  const { scope, instruction, context } = options;
  const warnings: CompileError[] = [];
  const exits: PlannedExits = { throws: options.throws };
  if (scope.loop) exits.loop = loopExit(scope.loop, scope.switchInBetween);
  else if (/\b(break|continue)\b/i.test(instruction)) {
    warnings.push(warning({ code: "NJ008", context, word: /\b(break|continue)\b/i, message: "The instruction mentions break/continue, but the block is not inside a loop.", hint: "move the block into the loop it should leave, or reword the instruction" }));
  }
  const returnType = scope.fn && awaitedReturnType(scope.fn, context.checker);
  if (!returnType) return { exits, warnings };
  if (returnType.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) {
    exits.return = { typeText: "void", schema: `${context.z}.undefined()`, hasValue: false };
    return { exits, warnings };
  }
  const shape = context.shapeOf(returnType);
  const issues = collectIssues(shape, { label: "return", named: context.named });
  if (issues.length === 0) {
    exits.return = { typeText: emitTypeText(shape), schema: emitZod(shape, context), hasValue: true };
    return { exits, returnShape: shape, warnings };
  }
  if (/\breturn\b/i.test(instruction)) {
    warnings.push(warning({ code: "NJ009", context, word: /\breturn\b/i, message: `The block cannot offer return: ${issues.join("; ")}`, hint: "give the function a JSON-like return type, or let the block write a variable and return it in code" }));
  }
  return { exits, warnings };
}

function loopExit(loop: ts.IterationStatement, switchInBetween: boolean): NonNullable<PlannedExits["loop"]> {
  const label = ts.isLabeledStatement(loop.parent) ? loop.parent.label.text : undefined;
  if (label) return { label, breakLabel: label };
  // A plain `break` inside a switch would leave the switch, so the loop gets a generated label.
  return switchInBetween ? { breakLabel: `__nj_loop_${loop.getStart()}`, insertLabelAt: loop.getStart() } : {};
}

function awaitedReturnType(fn: ts.SignatureDeclaration, checker: ts.TypeChecker): ts.Type | undefined {
  if ("asteriskToken" in fn && fn.asteriskToken) return undefined; // generators return through their iterator
  const signature = checker.getSignatureFromDeclaration(fn);
  if (!signature) return undefined;
  const returnType = checker.getReturnTypeOfSignature(signature);
  return checker.getAwaitedType(returnType) ?? returnType;
}

/** A warning pointing at the word of the instruction it is about. */
function warning(options: { code: "NJ008" | "NJ009"; context: BlockContext; word: RegExp; message: string; hint: string }): CompileError {
  const { template } = options.context;
  const position = template.getStart() + (options.word.exec(template.getText())?.index ?? 0);
  return new CompileError({ code: options.code, node: template, position, message: options.message, hint: options.hint });
}
