import type { Diagnostic } from "./diagnostic.js";

/** Options of {@link formatDiagnostics}. */
export interface FormatDiagnosticsOptions {
  /** Text of the file the diagnostics are about; when given, each diagnostic shows its source line. */
  sourceText?: string;
}

/**
 * Renders diagnostics the way tsc does: `file.ts:12:5 - error NJ001: message`, then (with `sourceText`) the
 * source line with the spot underlined, then the hint.
 */
export function formatDiagnostics(diagnostics: Diagnostic[], options: FormatDiagnosticsOptions = {}): string {
  const lines = options.sourceText?.split(/\r?\n/);
  return diagnostics.map((diagnostic) => formatOne(diagnostic, lines)).join("\n\n");
}

function formatOne(diagnostic: Diagnostic, sourceLines: string[] | undefined): string {
  const { file, line, column, category, code, message, hint } = diagnostic;
  const parts = [`${file}:${line}:${column} - ${category} ${code}: ${message}`];
  const sourceLine = sourceLines?.[line - 1];
  if (sourceLine !== undefined) parts.push("", ...excerpt({ sourceLine, line, column }));
  if (hint) parts.push(`  hint: ${hint}`);
  return parts.join("\n");
}

function excerpt(options: { sourceLine: string; line: number; column: number }): string[] {
  const gutter = String(options.line);
  const start = options.column - 1;
  // Underline the word at the spot (a name, a mark) so the eye lands on it, as tsc does.
  const word = /^<:?[ \t]*[\p{ID_Continue}$.]*[ \t]*>?|^[\p{ID_Continue}$.]+/u.exec(options.sourceLine.slice(start))?.[0] ?? " ";
  const indent = options.sourceLine.slice(0, start).replace(/[^\t]/g, " "); // keep tabs so columns line up
  const underline = " ".repeat(gutter.length + 1) + indent + "~".repeat(word.length);
  return [`${gutter} ${options.sourceLine}`, underline];
}
