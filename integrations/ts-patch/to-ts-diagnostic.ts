/**
 * A compiler diagnostic as a TypeScript diagnostic, so tsc prints it beside its own errors
 * (`src/app.ts:12:5 - error TS(NJ012): ...`) and counts it in its exit status. tsc prints `TS` before any code;
 * a string code keeps ours readable where a made-up number would pass for one of TypeScript's.
 */
import type * as ts from "typescript";
import type { Diagnostic } from "../transform.js";

/** Options of {@link toTsDiagnostic}. */
export interface ToTsDiagnosticOptions {
  ts: typeof ts;
  diagnostic: Diagnostic;
  /** The file the diagnostic is about, as the program holds it (for positions and the excerpt). */
  sourceFile: ts.SourceFile;
}

export function toTsDiagnostic(options: ToTsDiagnosticOptions): ts.DiagnosticWithLocation {
  const { diagnostic, sourceFile } = options;
  const category = diagnostic.category === "error" ? options.ts.DiagnosticCategory.Error : options.ts.DiagnosticCategory.Warning;
  const messageText: ts.DiagnosticMessageChain = {
    messageText: diagnostic.message,
    category,
    code: 0,
    next: diagnostic.hint ? [{ messageText: diagnostic.hint, category: options.ts.DiagnosticCategory.Message, code: 0 }] : undefined,
  };
  return {
    file: sourceFile,
    start: positionOf(options.ts, sourceFile, diagnostic),
    length: 1,
    category,
    code: `(${diagnostic.code})` as unknown as number,
    messageText,
  };
}

function positionOf(typescript: typeof ts, sourceFile: ts.SourceFile, diagnostic: Diagnostic): number {
  const lastLine = sourceFile.getLineStarts().length - 1;
  return typescript.getPositionOfLineAndCharacter(sourceFile, Math.min(diagnostic.line - 1, lastLine), diagnostic.column - 1);
}
