/**
 * The registration point of the CLI's commands: one entry per command file in this folder. Entries are loaded
 * lazily, so `nightjar run` never pays for loading what `compile` needs; `--help` loads them all.
 */
import type { CliCommand } from "./cli-command.js";

/** Every command of `nightjar` by name, in the order `--help` lists them. */
export const cliCommands: Record<string, () => Promise<CliCommand>> = {
  run: async () => (await import("./run.js")).runCommand,
  compile: async () => (await import("./compile.js")).compileCommand,
  cache: async () => (await import("./cache.js")).cacheCommand,
  "compile-service": async () => (await import("./compile-service.js")).compileServiceCommand,
  models: async () => (await import("./models.js")).modelsCommand,
  trace: async () => (await import("./trace.js")).traceCommand,
};

/** The commands to register for these arguments: just the named one, or all of them (for help). */
export async function loadCommands(firstArgument: string | undefined): Promise<CliCommand[]> {
  if (firstArgument === "-v" || firstArgument === "--version") return [];
  const load = firstArgument === undefined ? undefined : cliCommands[firstArgument];
  return Promise.all(load ? [load()] : Object.values(cliCommands).map((loadCommand) => loadCommand()));
}
