/**
 * `nightjar run` checks the model configuration before the program starts when the program has natural
 * blocks, so a missing setting stops it with the message naming the settings, before any of its work is done.
 * Blocks that do not compile are the first thing to fix: before a model is missing, or an embedded model is
 * fetched and loaded (which takes a while and may fail offline), the files with blocks are compiled and their
 * errors reported (the program could not run either way). With a model server configured this is left to the
 * loader, which compiles each file once as the program imports it.
 * A program that calls `configure()` itself is left to the runtime, which checks again before each block and
 * names the block; if that error goes unhandled, the CLI prints it the same way (see report-error.ts).
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { assertModelConfigured, loadConfig } from "../runtime/index.js";
import type { ProgramScan } from "../loader/scan-program.js";
import { compileBlocks } from "../loader/compile-blocks.js";
import { loadCompiler } from "../loader/loader-compiler.js";

/** Throws the compile error of the first file whose blocks do not compile, unless a model server is configured. */
export function checkBlocksCompileFirst(options: { scan: ProgramScan }): void {
  if (!options.scan.hasBlocks || options.scan.configuresInCode) return;
  const config = loadConfig();
  if (config.baseURL !== undefined || config.apiKey !== undefined || config.chatModel !== undefined) return;
  for (const filePath of options.scan.blockFiles) compileBlocks({ compiler: loadCompiler(), filePath, source: readFileSync(filePath, "utf8"), programFiles: options.scan.blockFiles });
}

/** Throws `ModelNotConfiguredError` (or `ConfigError` for a broken config file) when the program needs a model. */
export function checkModelConfigured(options: { entry: string; scan: ProgramScan }): void {
  if (!options.scan.hasBlocks || options.scan.configuresInCode) return;
  assertModelConfigured(loadConfig(), relative(process.cwd(), options.entry));
}
