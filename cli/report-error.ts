/**
 * The CLI's last stop for errors. Mistakes in how the CLI was called, files that do not compile and a missing
 * model configuration are the user's to fix: one clear message, exit code 1, no stack. Anything else is the
 * program's own failure and is left to Node, which prints it (source-mapped) exactly as `node` would.
 */
import { isLoadError } from "../loader/load-error.js";
import { NightjarError } from "../runtime/index.js";
import { CliUsageError } from "./cli-command.js";

/** Runtime errors about set-up rather than the program's logic; their stack adds nothing. */
const setupErrors = new Set(["ModelNotConfiguredError", "NotCompiledError", "ConfigError"]);

/** Prints `error` for a person and sets the exit code; rethrows the program's own errors for Node to report. */
export function reportError(error: unknown): void {
  const message = plainMessage(error);
  if (message === undefined) throw error;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

/** Makes setup errors the program leaves unhandled (a block in an un-awaited promise) print the same way. */
export function reportUnhandledSetupErrors(): void {
  process.on("uncaughtExceptionMonitor", (error) => {
    if (!isSetupError(error)) return;
    process.stderr.write(`${plainMessage(error)}\n`);
    process.exit(1);
  });
}

function isSetupError(error: unknown): error is Error {
  return NightjarError.isInstance(error) && setupErrors.has(error.name);
}

function plainMessage(error: unknown): string | undefined {
  if (isLoadError(error)) return error.message;
  if (error instanceof CliUsageError || (error instanceof Error && error.name === "CACError")) {
    return `nightjar: ${error.message}\nRun "nightjar --help" for usage.`;
  }
  if (isSetupError(error)) return `nightjar: ${error.message}`;
  return undefined;
}
