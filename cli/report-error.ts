/**
 * The CLI's last stop for errors. Mistakes in how the CLI was called, files that do not compile and nightjar
 * errors are printed for a person (see format-nightjar-error.ts): exit code 1, no runtime internals. Anything
 * else is the program's own failure and is left to Node, which prints it (source-mapped) as `node` would.
 */
import { fileURLToPath } from "node:url";
import { isLoadError } from "../loader/load-error.js";
import { NightjarError } from "../runtime/index.js";
import { CliUsageError } from "./cli-usage-error.js";
import { formatNightjarError } from "./format-nightjar-error.js";

/** Runtime errors about set-up rather than the program's logic; their stack adds nothing. */
const setupErrors = new Set(["ModelNotConfiguredError", "NotCompiledError", "ConfigError", "LocalModelError"]);

/** Frames in these folders of this package are the runtime's, not the program's. */
const internalPaths = ["../runtime/", "../dist/", "../loader/", "../cli/"].map((folder) =>
  fileURLToPath(new URL(folder, new URL("../", import.meta.url))),
);

/** Prints `error` for a person and sets the exit code; rethrows the program's own errors for Node to report. */
export function reportError(error: unknown): void {
  const message = plainMessage(error);
  if (message === undefined) throw error;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

/** Nightjar errors the program leaves unhandled (a block in an un-awaited promise) print the same way. */
export function reportUnhandledNightjarErrors(): void {
  process.on("uncaughtExceptionMonitor", (error) => {
    if (!NightjarError.isInstance(error)) return;
    process.stderr.write(`${plainMessage(error)}\n`);
    process.exit(1);
  });
}

function plainMessage(error: unknown): string | undefined {
  if (isLoadError(error)) return error.message;
  if (error instanceof CliUsageError || (error instanceof Error && error.name === "CACError")) {
    return `nightjar: ${error.message}\nRun "nightjar --help" for usage.`;
  }
  if (!NightjarError.isInstance(error)) return undefined;
  return formatNightjarError({ error, internalPaths, messageOnly: setupErrors.has(error.name) });
}
