/**
 * Runs the compiler's text pass over the program's own TypeScript files (not declaration files, not the default
 * library, not packages). A file whose blocks do not compile keeps its text and contributes diagnostics.
 */
import type * as ts from "typescript";
import { NightjarCompileError, transform, type Diagnostic, type SourceMap } from "../transform.js";

/** The replacement text of one file and its map back to the original. */
export interface CompiledFile {
  code: string;
  map: SourceMap | null;
}

/** What the pass found over one program. */
export interface CompiledProgramFiles {
  /** Replacement texts keyed by the program's file name. */
  files: Map<string, CompiledFile>;
  /** Errors (for files left as they were) and warnings, with the file name as the program spells it. */
  diagnostics: Diagnostic[];
}

/** Options of {@link compileProgramFiles}. */
export interface CompileProgramFilesOptions {
  program: ts.Program;
  runtimeModule?: string;
}

const typeScriptFile = /\.[cm]?tsx?$/;

export function compileProgramFiles(options: CompileProgramFilesOptions): CompiledProgramFiles {
  const { program } = options;
  const files = new Map<string, CompiledFile>();
  const diagnostics: Diagnostic[] = [];
  for (const sourceFile of program.getSourceFiles()) {
    if (!isOwnTypeScript(program, sourceFile)) continue;
    try {
      const output = transform({ fileName: sourceFile.fileName, text: sourceFile.text, runtimeModule: options.runtimeModule });
      if (!output) continue;
      diagnostics.push(...output.warnings.map((warning) => ({ ...warning, file: sourceFile.fileName })));
      if (output.changed) files.set(sourceFile.fileName, { code: output.code, map: output.map });
    } catch (error) {
      if (!(error instanceof NightjarCompileError)) throw error;
      diagnostics.push(...error.diagnostics.map((diagnostic) => ({ ...diagnostic, file: sourceFile.fileName })));
    }
  }
  return { files, diagnostics };
}

function isOwnTypeScript(program: ts.Program, sourceFile: ts.SourceFile): boolean {
  return (
    !sourceFile.isDeclarationFile &&
    typeScriptFile.test(sourceFile.fileName) &&
    !program.isSourceFileDefaultLibrary(sourceFile) &&
    !program.isSourceFileFromExternalLibrary(sourceFile)
  );
}
