/** Runs `node` with arguments in a folder and collects what a terminal would show. */
import { runCommand, type RunCommandOptions } from "./run-command.js";

/** How a finished process ended. */
export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runNode}: those of a command, less the command, which is this very `node`. */
export type RunNodeOptions = Omit<RunCommandOptions, "command">;

export function runNode(options: RunNodeOptions): Promise<RunResult> {
  return runCommand({ ...options, command: process.execPath });
}

/** A result as text for assertion messages: a failing build should show why. */
export function describeRun(result: RunResult): string {
  return `exit ${result.exitCode}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}
