/**
 * `nightjar run` checks the model configuration before the program starts when the program has natural
 * blocks, so a missing setting stops it with the message naming the settings, before any of its work is done.
 * Blocks that do not compile are the first thing to fix, so when the model is missing the files with blocks are
 * compiled and their errors reported instead (the program could not run either way).
 * A program that calls `configure()` itself is left to the runtime, which checks again before each block and
 * names the block; if that error goes unhandled, the CLI prints it the same way (see report-error.ts).
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { assertModelConfigured, loadConfig } from "../runtime/index.js";
import type { ProgramScan } from "../loader/scan-program.js";
import { compileBlocks } from "../loader/compile-blocks.js";
import { loadCompiler } from "../loader/loader-compiler.js";

/** Throws `ModelNotConfiguredError` (or `ConfigError` for a broken config file) when the program needs a model. */
export function checkModelConfigured(options: { entry: string; scan: ProgramScan }): void {
  if (!options.scan.hasBlocks || options.scan.configuresInCode) return;
  try {
    assertModelConfigured(loadConfig(), relative(process.cwd(), options.entry));
  } catch (error) {
    // Throws the loader's compile error of the first file whose blocks do not compile.
    for (const filePath of options.scan.blockFiles) compileBlocks({ compiler: loadCompiler(), filePath, source: readFileSync(filePath, "utf8") });
    throw error;
  }
}
