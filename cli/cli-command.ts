/**
 * How a command plugs into the `nightjar` CLI: one file per command exports a `CliCommand` and commands.ts
 * lists it.
 */
import type { CAC } from "cac";

/** What main.ts knows before cac parses: arguments after the program file belong to the program. */
export interface CliContext {
  /** For `nightjar run <file> [args...]`: the args, untouched by cac (so `--flags` reach the program). */
  programArguments: string[];
}

/** Registers one command (its options, help text and action) on the cac instance. */
export type CliCommand = (cli: CAC, context: CliContext) => void;
