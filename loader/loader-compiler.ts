/**
 * The part of the compiler's public entry (compiler/index.ts) the loader uses, loaded lazily: importing it
 * loads the TypeScript checker (~0.4 s), which files without blocks and cache hits never pay for.
 */
import { createRequire } from "node:module";
import { loadError } from "./load-error.js";
import type { Diagnostic } from "../compiler/diagnostics/diagnostic.js";

/** A compiler diagnostic as the compiler reports it (a type-only import: it loads nothing). */
export type LoaderDiagnostic = Diagnostic;

/** The compiler functions the loader calls. */
export interface LoaderCompiler {
  containsNaturalBlocks(text: string): boolean;
  transformSource(options: { fileName: string; text: string; runtimeModule?: string; programFiles?: string[] }): {
    code: string;
    map: object | null;
    diagnostics: LoaderDiagnostic[];
    changed: boolean;
  };
  formatDiagnostics(diagnostics: LoaderDiagnostic[], options?: { sourceText?: string }): string;
}

/**
 * Loads the compiler once per thread, synchronously (Node's `require` of an ES module), because CommonJS
 * `require` of a file with blocks must compile it on the spot.
 */
export function loadCompiler(): LoaderCompiler {
  try {
    compiler ??= createRequire(import.meta.url)("../compiler/index.js") as LoaderCompiler;
  } catch (error) {
    // Not the program's fault: a broken or partial install of nightjar-ts.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw loadError(`nightjar: cannot load the nightjar-ts compiler; reinstall nightjar-ts (or run npm run build)\n${detail}`);
  }
  return compiler;
}

let compiler: LoaderCompiler | undefined;
