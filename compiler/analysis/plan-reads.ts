import { ts } from "ts-morph";
import type { PlannedRead } from "./block-plan.js";
import type { BlockContext } from "./block-context.js";
import type { Mark } from "./find-marks.js";
import { resolveMarkName } from "./resolve-mark-name.js";
import { readKind } from "./read-kind.js";
import { collectIssues } from "../types/collect-issues.js";
import { isMutableShape } from "../types/is-mutable-shape.js";
import type { Shape } from "../types/shape.js";
import { emitTypeText } from "../emit/emit-type-text.js";
import { emitZod } from "../emit/emit-zod.js";

/** The reads of a block, the shapes whose named types are shown to the model, and the error classes it names. */
export interface PlannedReads {
  reads: PlannedRead[];
  shownShapes: Shape[];
  /** Shapes of the reads that got a schema. */
  schemaShapes: Shape[];
  throws: string[];
}

/** Plans every distinct `<name>` (a dotted `<a.b>` reads `a`). */
export function planReads(marks: Mark[], context: BlockContext): PlannedReads {
  const planned: PlannedReads = { reads: [], shownShapes: [], schemaShapes: [], throws: [] };
  const seen = new Set<string>();
  for (const mark of marks.filter((candidate) => !candidate.write)) {
    const name = mark.path[0]!;
    if (seen.has(name)) continue;
    seen.add(name);
    const resolved = resolveMarkName(mark, context);
    const { target } = resolved;
    const kind = readKind(resolved);
    const valueType = kind === "value" || kind === "function" ? context.checker.getTypeOfSymbol(target) : undefined;
    if (valueType && (kind === "function" || valueType.getCallSignatures().length > 0)) {
      // A function held in a variable or parameter is shown as a function, like a declared one.
      planned.reads.push({ name, kind: "function", typeText: typeText(valueType, context), ...planReturns({ type: valueType, planned, context }) });
      continue;
    }
    if (valueType) {
      planValueRead({ name, type: valueType, planned, context });
      continue;
    }
    const declared = context.checker.getDeclaredTypeOfSymbol(target);
    const shape = context.shapeOf(declared);
    planned.shownShapes.push(shape);
    if (kind === "class" && extendsError(declared, context.checker)) planned.throws.push(name);
    planned.reads.push({ name, kind, typeText: kind === "type" ? emitTypeText(shape) : `typeof ${name}` });
  }
  return planned;
}

function planValueRead(options: { name: string; type: ts.Type; planned: PlannedReads; context: BlockContext }): void {
  const { name, type, planned, context } = options;
  const shape = context.shapeOf(type);
  if (collectIssues(shape, { label: name, named: context.named }).length > 0) {
    // Not representable: shown with the checker's text, and not validated when changed in place.
    planned.reads.push({ name, kind: "value", typeText: typeText(type, context) });
    return;
  }
  planned.shownShapes.push(shape);
  if (!isMutableShape(shape, context.named)) {
    planned.reads.push({ name, kind: "value", typeText: emitTypeText(shape) });
    return;
  }
  planned.schemaShapes.push(shape);
  planned.reads.push({ name, kind: "value", typeText: emitTypeText(shape), schema: emitZod(shape, context) });
}

/**
 * The schema of what calling a function gives (its promise awaited): code actions may call a function the
 * block names, and its result is checked against it before it enters the sandbox. None if the type has no
 * schema (the result then goes in unchecked).
 */
function planReturns(options: { type: ts.Type; planned: PlannedReads; context: BlockContext }): { returns?: string } {
  const { type, planned, context } = options;
  const signature = type.getCallSignatures()[0];
  if (signature === undefined) return {};
  const returned = signature.getReturnType();
  const shape = context.shapeOf(context.checker.getAwaitedType(returned) ?? returned);
  if (collectIssues(shape, { label: "return", named: context.named }).length > 0) return {};
  planned.shownShapes.push(shape);
  planned.schemaShapes.push(shape);
  return { returns: emitZod(shape, context) };
}

function typeText(type: ts.Type, context: BlockContext): string {
  return context.checker.typeToString(type, context.template, ts.TypeFormatFlags.NoTruncation);
}

/** True for classes whose base chain reaches the default library's `Error`. */
function extendsError(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!type.isClassOrInterface()) return false;
  return checker.getBaseTypes(type).some((base) => base.symbol?.name === "Error" || extendsError(base, checker));
}
