/**
 * The registration point of the CLI's commands: one entry per file in this folder.
 */
import { benchCommand } from "./bench.js";
import type { CliCommand } from "./cli-command.js";
import { compileCommand } from "./compile.js";
import { runCommand } from "./run.js";

/** Every command of `nightjar`, in the order `--help` lists them. */
export const cliCommands: CliCommand[] = [runCommand, compileCommand, benchCommand];
