import type { Diagnostic } from "./diagnostic.js";
import { codes } from "./codes.js";
import type { CompileError } from "./compile-error.js";

/** Turns a compile error (or a warning built the same way) into a positioned diagnostic. */
export function toDiagnostic(error: CompileError, fileName: string): Diagnostic {
  const { line, character } = error.node.getSourceFile().getLineAndCharacterOfPosition(error.position);
  return {
    code: error.code,
    category: codes[error.code].category,
    file: fileName,
    line: line + 1,
    column: character + 1,
    message: error.message,
    hint: error.hint,
  };
}
