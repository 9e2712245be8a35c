/**
 * What `nightjar run` does: TypeScript (and JavaScript) programs run in this process under the loader, so the
 * program sees its own `process.argv` and the runtime's trace events reach the live status; `.py` programs go
 * to the Python host.
 */
import { existsSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { installLoader } from "../loader/install-loader.js";
import { preloadRuntime } from "../loader/preload-runtime.js";
import { scanProgram } from "../loader/scan-program.js";
import { setProgramEntry } from "../runtime/model/cassette/cassette-path.js";
import { checkBlocksCompileFirst, checkModelConfigured } from "./check-model-configured.js";
import { CliUsageError } from "./cli-usage-error.js";
import { prepareLocalModel } from "./prepare-local-model.js";
import { attachLiveStatus } from "./attach-live-status.js";
import { reportUnhandledNightjarErrors } from "./report-error.js";
import { printUsageAtExit } from "./print-usage-at-exit.js";
import { runPython } from "./run-python.js";

/** The program and how to run it. */
export interface RunProgramOptions {
  file: string;
  args: string[];
  /** Show the live status line (only ever on a terminal). */
  status: boolean;
  /** Folders a Python program may use (`--mount`). */
  mounts: string[];
  /** Print the run's usage on stderr when the process ends (`--usage`). */
  usage?: boolean;
}

const runnable = new Set([".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".cjs", ".py"]);

/** Runs the program; resolves once its module has been evaluated (its pending work then keeps Node alive). */
export async function runProgram(options: RunProgramOptions): Promise<void> {
  const path = resolve(options.file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliUsageError(`cannot find the program file ${options.file}`);
  if (!runnable.has(extname(path))) {
    throw new CliUsageError(`cannot run ${options.file}: expected a .ts, .mts, .cts, .tsx, .js, .mjs, .cjs or .py file`);
  }
  if (options.mounts.length > 0 && extname(path) !== ".py") throw new CliUsageError("--mount applies to Python programs only");
  setProgramEntry(path);
  const scan = scanProgram(path);
  checkBlocksCompileFirst({ scan });
  await prepareLocalModel({ scan });
  checkModelConfigured({ entry: path, scan });
  reportUnhandledNightjarErrors();
  if (options.status) attachLiveStatus();
  if (options.usage) printUsageAtExit();
  if (extname(path) === ".py") return runPython({ path, args: options.args, mounts: options.mounts });
  process.argv = [process.argv[0]!, path, ...options.args];
  if (scan.hasBlocks) await preloadRuntime(path);
  installLoader({ programFiles: scan.blockFiles });
  const unsettled = watchUnsettledTopLevelAwait(options.file);
  try {
    await import(pathToFileURL(path).href);
  } finally {
    unsettled.settled();
  }
}

/**
 * Node exits with code 13 when the entry module's top-level await can never settle (it awaits a promise that
 * nothing will resolve); imported from here the program is no entry module, so Node would exit 0 and say
 * nothing. If the event loop runs empty before the program's module finished evaluating, say so and exit 13
 * too (`beforeExit` is not emitted for an explicit `process.exit()`, which stays the program's choice).
 */
function watchUnsettledTopLevelAwait(file: string): { settled(): void } {
  const onExit = (): void => {
    process.off("beforeExit", onExit);
    process.stderr.write(
      `nightjar: ${file} never finished: its top-level await waits for a promise that nothing will settle ` +
        "(the event loop ran empty). Exit code 13, as node gives for an unsettled top-level await.\n",
    );
    process.exitCode = 13;
  };
  process.on("beforeExit", onExit);
  return { settled: () => void process.off("beforeExit", onExit) };
}
