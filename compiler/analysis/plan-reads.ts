import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";
import type { PlannedRead } from "./block-plan.js";
import type { BlockContext } from "./block-context.js";
import type { Mark } from "./find-marks.js";
import { resolveMarkName, type ResolvedName } from "./resolve-mark-name.js";
import { readKind } from "./read-kind.js";
import { collectIssues } from "../types/collect-issues.js";
import { isMutableShape } from "../types/is-mutable-shape.js";
import { constructorShape } from "../types/constructor-shape.js";
import type { Shape } from "../types/shape.js";

/** The reads of a block, the error classes it names and their constructors' argument lists. */
export interface PlannedReads {
  reads: PlannedRead[];
  throws: string[];
  constructors: { name: string; shape: Shape }[];
}

/** Plans every distinct `<name>` (a dotted `<a.b>` reads `a`); an unknown name is reported and skipped. */
export function planReads(marks: Mark[], context: BlockContext): PlannedReads {
  const planned: PlannedReads = { reads: [], throws: [], constructors: [] };
  const seen = new Set<string>();
  for (const mark of marks.filter((candidate) => !candidate.write)) {
    const name = mark.path[0]!;
    if (seen.has(name)) continue;
    seen.add(name);
    try {
      planRead({ name, resolved: resolveMarkName(mark, context), planned, context });
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      context.report(error);
    }
  }
  return planned;
}

function planRead(options: { name: string; resolved: ResolvedName; planned: PlannedReads; context: BlockContext }): void {
  const { name, resolved, planned, context } = options;
  const { target } = resolved;
  const kind = readKind(resolved);
  const valueType = kind === "value" || kind === "function" ? context.checker.getTypeOfSymbol(target) : undefined;
  if (valueType && (kind === "function" || valueType.getCallSignatures().length > 0)) {
    // A function held in a variable or parameter is shown as a function, like a declared one.
    const returns = returnShape(valueType, context);
    planned.reads.push({ name, kind: "function", text: checkerText(valueType, context), validated: false, ...(returns ? { returns } : {}) });
    return;
  }
  if (valueType) {
    planned.reads.push(valueRead({ name, type: valueType, context }));
    return;
  }
  const declared = context.checker.getDeclaredTypeOfSymbol(target);
  planned.reads.push({ name, kind, shape: context.shapeOf(declared), validated: false });
  if (kind === "class" && extendsError(declared, context.checker)) {
    planned.throws.push(name);
    const parameters = constructorShape(target, context);
    if (parameters && collectIssues(parameters, { label: name, named: context.named }).length === 0) planned.constructors.push({ name, shape: parameters });
  }
}

function valueRead(options: { name: string; type: ts.Type; context: BlockContext }): PlannedRead {
  const { name, context } = options;
  // A `const` string is its own literal type; the prompt shows its value, so the type says `string` once.
  const isLiteral = options.type.isLiteral() || (options.type.flags & ts.TypeFlags.BooleanLiteral) !== 0;
  const type = isLiteral ? context.checker.getBaseTypeOfLiteralType(options.type) : options.type;
  const shape = context.shapeOf(type);
  // Not representable: shown with the checker's text, and not validated when changed in place.
  if (collectIssues(shape, { label: name, named: context.named }).length > 0) return { name, kind: "value", text: checkerText(type, context), validated: false };
  return { name, kind: "value", shape, validated: isMutableShape(shape, context.named) };
}

/**
 * What a call of a function gives, awaited: code actions may call the function, and its result is checked
 * against this before it enters the sandbox. None for overloads (which signature applies is the call's) or a
 * type that cannot be validated.
 */
function returnShape(type: ts.Type, context: BlockContext): Shape | undefined {
  const signatures = type.getCallSignatures();
  if (signatures.length !== 1) return undefined;
  const returned = signatures[0]!.getReturnType();
  const awaited = context.checker.getAwaitedType(returned) ?? returned;
  const shape = context.shapeOf(awaited);
  return collectIssues(shape, { label: "returns", named: context.named }).length === 0 ? shape : undefined;
}

function checkerText(type: ts.Type, context: BlockContext): string {
  return context.checker.typeToString(type, context.template, ts.TypeFormatFlags.NoTruncation);
}

/** True for classes whose base chain reaches the default library's `Error`. */
function extendsError(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!type.isClassOrInterface()) return false;
  return checker.getBaseTypes(type).some((base) => base.symbol?.name === "Error" || extendsError(base, checker));
}
