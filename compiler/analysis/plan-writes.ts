import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";
import type { PlannedWrite } from "./block-plan.js";
import type { BlockContext } from "./block-context.js";
import type { Mark } from "./find-marks.js";
import { writeTarget } from "./write-target.js";
import { collectIssues } from "../types/collect-issues.js";

/**
 * The writes of a block. An output is optional when its target already holds a value or its type admits
 * `undefined`: the model may leave it unchanged. A target that cannot be written is reported and skipped; the
 * unsupported types of all writes are reported together (NJ007).
 */
export function planWrites(marks: Mark[], context: BlockContext): PlannedWrite[] {
  const writes = new Map<string, PlannedWrite & { mark: Mark }>();
  for (const mark of marks.filter((candidate) => candidate.write)) {
    const target = mark.path.join(".");
    if (writes.has(target)) continue;
    try {
      const { type, holdsValue, narrowedAt } = writeTarget(mark, context);
      writes.set(target, { target, mark, shape: context.shapeOf(type), optional: holdsValue || admitsUndefined(type) });
      if (narrowedAt) context.report(narrowingWarning({ declaration: narrowedAt, mark, context }));
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      context.report(error);
    }
  }
  const issues = [...writes.values()].flatMap((write) => collectIssues(write.shape, { label: write.target, named: context.named }).map((issue) => ({ issue, mark: write.mark })));
  if (issues.length > 0) {
    context.report(
      new CompileError({
        code: "NJ007",
        node: context.template,
        position: issues[0]!.mark.position,
        message: `Cannot validate what the model writes: ${[...new Set(issues.map(({ issue }) => issue))].join("; ")}`,
        hint: "give outputs JSON-like types: primitives, literals, enums, arrays, tuples, plain objects, Record, Date, or classes with public fields",
      }),
    );
  }
  return [...writes.values()].map(({ target, shape, optional }) => ({ target, shape, optional }));
}

/** NJ013 at the mark, with the declaration to write instead: an idiom tsc does not narrow, and no cast. */
function narrowingWarning(options: { declaration: ts.VariableDeclaration; mark: Mark; context: BlockContext }): CompileError {
  const { declaration, mark, context } = options;
  const name = declaration.name.getText();
  const typeText = declaration.type!.getText();
  const initializer = declaration.initializer!;
  const narrowed = context.checker.typeToString(context.checker.getTypeAtLocation(initializer));
  const line = declaration.getSourceFile().getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
  const isUndefined = initializer.kind === ts.SyntaxKind.Identifier && initializer.getText() === "undefined";
  const idiom = isUndefined ? `let ${name}: ${typeText};` : `let ${name} = initial<${typeText}>(${initializer.getText()});`;
  return new CompileError({
    code: "NJ013",
    node: context.template,
    position: mark.position,
    message: `TypeScript narrows '${name}' to ${narrowed} where it is declared (line ${line}) and still treats it as ${narrowed} after this block, which writes it.`,
    hint: `declare it as \`${idiom}\`${isUndefined ? "" : ' (import { initial } from "nightjar-ts")'} so that code after the block sees ${typeText}`,
  });
}

function admitsUndefined(type: ts.Type): boolean {
  const members = type.isUnion() ? type.types : [type];
  return members.some((member) => (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0);
}
