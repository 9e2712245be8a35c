/**
 * `nightjar compile`: every input file, compiled or copied, written under the output folder only when the whole
 * set compiled — a failure leaves the output folder as it was. `--emit js` (default) writes runnable
 * JavaScript: each TypeScript file becomes `.js`/`.mjs`/`.cjs` + `.map` (blocks compiled, types stripped,
 * relative `.ts` imports renamed); `--emit ts` writes compiled TypeScript + `.map` for files with blocks and
 * copies the other TypeScript files, for projects that build with tsc afterwards. Other files are copied.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { isLoadError, loadError, type LoadError } from "../loader/load-error.js";
import { CliUsageError } from "./cli-usage-error.js";
import { collectFiles } from "./collect-files.js";
import { emitFile, type EmitMode, type EmittedFile } from "./emit-file.js";
import { isTypeScriptPath } from "../loader/resolve-candidates.js";

/** What to compile, where to, and how. */
export interface CompileProjectOptions {
  inputs: string[];
  outDir: string;
  emit: EmitMode;
  runtimeModule?: string;
}

/** Counts for the summary line. */
export interface CompileSummary {
  compiled: number;
  transpiled: number;
  copied: number;
  warnings: string[];
}

/** Compiles everything in memory, then writes; throws one loader error listing every file that failed. */
export function compileProject(options: CompileProjectOptions): CompileSummary {
  if (options.emit !== "js" && options.emit !== "ts") throw new CliUsageError(`--emit must be "js" or "ts", not "${options.emit}"`);
  const outDir = resolve(options.outDir);
  const emitted: EmittedFile[] = [];
  const failures: LoadError[] = [];
  const files = collectFiles({ inputs: options.inputs, outDir });
  const programFiles = files.map((file) => file.path).filter(isTypeScriptPath);
  for (const file of files) {
    try {
      emitted.push(emitFile({ ...file, outDir, emit: options.emit, runtimeModule: options.runtimeModule, programFiles }));
    } catch (error) {
      if (!isLoadError(error)) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw loadError(failures.map((failure) => failure.message).join("\n\n"));
  for (const output of emitted.flatMap((file) => file.outputs)) {
    mkdirSync(dirname(output.path), { recursive: true });
    writeFileSync(output.path, output.content);
  }
  return summarize(emitted);
}

function summarize(files: EmittedFile[]): CompileSummary {
  return {
    compiled: files.filter((file) => file.kind === "compiled").length,
    transpiled: files.filter((file) => file.kind === "transpiled").length,
    copied: files.filter((file) => file.kind === "copied").length,
    warnings: files.map((file) => file.warnings).filter((text) => text !== ""),
  };
}
