import type { ts } from "ts-morph";
import type { CompileError } from "../diagnostics/compile-error.js";
import type { NamedTypes, Shape } from "../types/shape.js";

/** What the analysis of one block shares between its steps. */
export interface BlockContext {
  checker: ts.TypeChecker;
  template: ts.TemplateLiteral;
  /** Describes a type; named types land in `named`, shared by the whole block. */
  shapeOf(type: ts.Type): Shape;
  named: NamedTypes;
  /** Records a problem and lets the analysis go on, so every problem of the block is reported at once. */
  report(problem: CompileError): void;
}
