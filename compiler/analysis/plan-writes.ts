import { CompileError } from "../diagnostics/compile-error.js";
import type { PlannedWrite } from "./block-plan.js";
import type { BlockContext } from "./block-context.js";
import type { Mark } from "./find-marks.js";
import { writeTargetType } from "./write-target-type.js";
import { collectIssues } from "../types/collect-issues.js";
import type { Shape } from "../types/shape.js";
import { emitTypeText } from "../emit/emit-type-text.js";
import { emitZod } from "../emit/emit-zod.js";

/** The writes of a block and their shapes. All unsupported types of all writes are reported together (NJ007). */
export function planWrites(marks: Mark[], context: BlockContext): { writes: PlannedWrite[]; shapes: Shape[] } {
  const targets = new Map<string, { mark: Mark; shape: Shape }>();
  for (const mark of marks.filter((candidate) => candidate.write)) {
    const target = mark.path.join(".");
    if (!targets.has(target)) targets.set(target, { mark, shape: context.shapeOf(writeTargetType(mark, context)) });
  }
  const checked = [...targets].map(([target, { mark, shape }]) => ({ target, mark, shape, issues: collectIssues(shape, { label: target, named: context.named }) }));
  const first = checked.find((write) => write.issues.length > 0);
  if (first) {
    throw new CompileError({
      code: "NJ007",
      node: context.template,
      position: first.mark.position,
      message: `Cannot validate what the model writes: ${[...new Set(checked.flatMap((write) => write.issues))].join("; ")}`,
      hint: "give outputs JSON-like types: primitives, literals, enums, arrays, tuples, plain objects, Record, Date, or classes with public fields",
    });
  }
  const writes = checked.map(({ target, shape }) => ({ target, typeText: emitTypeText(shape), schema: emitZod(shape, context) }));
  return { writes, shapes: checked.map(({ shape }) => shape) };
}
