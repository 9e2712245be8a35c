/**
 * Adds the compiler's diagnostics to what tsc reports. Errors join the syntactic diagnostics, which tsc (and
 * incremental builders, which ask file by file) read first: a block that does not compile is reported like a
 * syntax error, at its line, and fails the build. tsc emits despite errors (unless noEmitOnError), so the
 * outputs of a file with errors are dropped: its blocks were not compiled, and JavaScript that would throw
 * `NotCompiledError` at run time must not reach the output folder. Warnings join the emit diagnostics instead,
 * because any syntactic diagnostic, even a warning, would make tsc skip type checking.
 */
import type * as ts from "typescript";
import type { Diagnostic } from "../transform.js";
import { toTsDiagnostic } from "./to-ts-diagnostic.js";

/** Options of {@link withDiagnostics}. */
export interface WithDiagnosticsOptions {
  ts: typeof ts;
  program: ts.Program;
  /** File names as the program spells them. */
  diagnostics: Diagnostic[];
  /** Where emit writes when its caller passes no `writeFile` (the compiler host's). */
  writeFile: ts.WriteFileCallback;
  /**
   * The program as tsc built it, whose source files hold the text the diagnostics' lines and columns refer to;
   * `program` may be the rebuilt one, which holds the compiled text of files with blocks. Default: `program`.
   */
  original?: ts.Program;
}

export function withDiagnostics(options: WithDiagnosticsOptions): ts.Program {
  const { program } = options;
  const converted = options.diagnostics.map((diagnostic) =>
    toTsDiagnostic({ ts: options.ts, diagnostic, sourceFile: sourceFileOf(options.original ?? program, diagnostic.file) }),
  );
  const errors = converted.filter((diagnostic) => diagnostic.category === options.ts.DiagnosticCategory.Error);
  const warnings = converted.filter((diagnostic) => diagnostic.category !== options.ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const getSyntacticDiagnostics = program.getSyntacticDiagnostics.bind(program);
    program.getSyntacticDiagnostics = (sourceFile, cancellationToken) => [
      ...ofFile(errors, sourceFile),
      ...getSyntacticDiagnostics(sourceFile, cancellationToken),
    ];
    const failed = new Set(errors.map((error) => error.file.fileName));
    const emit = program.emit.bind(program);
    program.emit = (targetSourceFile, writeFile = options.writeFile, ...rest) =>
      emit(targetSourceFile, (fileName, text, bom, onError, sourceFiles, data) => {
        if (!sourceFiles?.some((sourceFile) => failed.has(sourceFile.fileName))) writeFile(fileName, text, bom, onError, sourceFiles, data);
      }, ...rest);
  }
  if (warnings.length > 0) {
    const emit = program.emit.bind(program);
    program.emit = (...args) => {
      const result = emit(...args);
      return { ...result, diagnostics: [...result.diagnostics, ...ofFile(warnings, args[0])] };
    };
  }
  return program;
}

/** All diagnostics when tsc asks for the whole program, else those of one file (by name: it may be rebuilt). */
function ofFile(diagnostics: ts.DiagnosticWithLocation[], sourceFile: ts.SourceFile | undefined): ts.DiagnosticWithLocation[] {
  return sourceFile ? diagnostics.filter((diagnostic) => diagnostic.file.fileName === sourceFile.fileName) : diagnostics;
}

function sourceFileOf(program: ts.Program, fileName: string): ts.SourceFile {
  const sourceFile = program.getSourceFile(fileName);
  // The diagnostics come from this program's own files, which the rebuilt program holds too.
  if (!sourceFile) throw new Error(`nightjar-ts: ${fileName} is missing from the rebuilt program`);
  return sourceFile;
}
