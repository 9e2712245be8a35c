/**
 * Runs the nightjar compiler on one file and turns its diagnostics into the loader's terms: errors throw one
 * loader error with every diagnostic formatted (file:line:column, excerpt, hint); warnings come back as text.
 */
import type { LoaderCompiler, PendingFile } from "./loader-compiler.js";
import { loadError } from "./load-error.js";

/** The file to compile. */
export interface CompileBlocksOptions {
  compiler: LoaderCompiler;
  filePath: string;
  source: string;
  runtimeModule?: string;
  /** The program's other files with blocks, compiled in the same program (see the compiler's TransformOptions). */
  programFiles?: string[];
  /** Those of them that are not compiled yet (not in the compile cache), read only when asked for. */
  pendingFiles?: () => PendingFile[];
}

/** Compiled TypeScript, its map back to the source (null when unchanged) and formatted warnings. */
export interface CompiledBlocks {
  code: string;
  map: object | null;
  warnings: string;
  /** False when no block was compiled (e.g. a `natural` that is not nightjar's tag). */
  changed: boolean;
}

/** Compiles the natural blocks of one file; throws a loader error when any diagnostic is an error. */
export function compileBlocks(options: CompileBlocksOptions): CompiledBlocks {
  return reported(options, guarded(options, () => options.compiler.transformSource(request(options))));
}

/** The same, through the compiler's asynchronous path when it has one (the compile service's socket). */
export async function compileBlocksAsync(options: CompileBlocksOptions): Promise<CompiledBlocks> {
  const { compiler } = options;
  const result = compiler.transformSourceAsync
    ? await guarded(options, () => compiler.transformSourceAsync!(request(options), options.pendingFiles))
    : guarded(options, () => compiler.transformSource(request(options)));
  return reported(options, result);
}

type CompilerResult = ReturnType<LoaderCompiler["transformSource"]>;

function request(options: CompileBlocksOptions) {
  return { fileName: options.filePath, text: options.source, runtimeModule: options.runtimeModule, programFiles: options.programFiles };
}

function reported(options: CompileBlocksOptions, result: CompilerResult): CompiledBlocks {
  const formatted = result.diagnostics.length
    ? options.compiler.formatDiagnostics(result.diagnostics, { sourceText: options.source })
    : "";
  if (result.diagnostics.some((diagnostic) => diagnostic.category === "error")) throw loadError(formatted);
  return { code: result.code, map: result.map, warnings: formatted, changed: result.changed };
}

/** Runs the compiler; a throw (or a rejection) is the compiler's own bug, reported as one. */
function guarded<T>(options: CompileBlocksOptions, run: () => T): T {
  const failure = (error: unknown) => {
    // Diagnostics are how the compiler reports the user's mistakes; a throw is the compiler's own bug.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return loadError(
      `${options.filePath} - error: the nightjar compiler failed on this file (a bug in nightjar-ts; ` +
        `please report it with the file)\n${detail}`,
    );
  };
  try {
    const result = run();
    return (result instanceof Promise ? result.catch((error: unknown) => Promise.reject(failure(error))) : result) as T;
  } catch (error) {
    throw failure(error);
  }
}
