/**
 * The compiler, loaded from the build (dist/compiler) at run time rather than imported: the bench must still
 * measure the twins, and say clearly why the natural versions cannot run, while the compiler is not built.
 * The interface below is the part of the compiler's contract (docs/ARCHITECTURE.md) the bench uses.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** A compiler diagnostic, as far as the bench reads it. */
export interface CompilerDiagnostic {
  code: string;
  category: "error" | "warning";
}

/** The compiler entry points the bench calls. */
export interface BenchCompiler {
  transformSource(options: { fileName: string; text: string }): { code: string; diagnostics: CompilerDiagnostic[] };
  formatDiagnostics(diagnostics: CompilerDiagnostic[], options?: { sourceText?: string }): string;
}

/** The compiler, or why it is not there. */
export async function loadCompiler(root: string): Promise<BenchCompiler | string> {
  const entry = join(root, "dist", "compiler", "index.js");
  if (!existsSync(entry)) return `the compiler is not built (${entry} is missing): run \`npm run build\``;
  try {
    return (await import(pathToFileURL(entry).href)) as BenchCompiler;
  } catch (error) {
    return `the compiler at ${entry} does not load: ${(error as Error).message}`;
  }
}
