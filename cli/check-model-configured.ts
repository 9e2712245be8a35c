/**
 * `nightjar run` checks the model configuration before the program starts when the program has natural
 * blocks, so a missing setting stops it with the message naming the settings, before any of its work is done.
 * A program that calls `configure()` itself is left to the runtime, which checks again before each block and
 * names the block; if that error goes unhandled, the CLI prints it the same way (see report-error.ts).
 */
import { relative } from "node:path";
import { assertModelConfigured, loadConfig } from "../runtime/index.js";
import type { ProgramScan } from "../loader/scan-program.js";

/** Throws `ModelNotConfiguredError` (or `ConfigError` for a broken config file) when the program needs a model. */
export function checkModelConfigured(options: { entry: string; scan: ProgramScan }): void {
  if (!options.scan.hasBlocks || options.scan.configuresInCode) return;
  assertModelConfigured(loadConfig(), relative(process.cwd(), options.entry));
}
