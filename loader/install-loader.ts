/**
 * Puts the loader into the current process: module hooks for TypeScript and natural blocks, the CommonJS
 * resolution fallbacks, source-mapped stack traces, and a plain report for files that fail to compile.
 */
import { register } from "node:module";
import { cacheDirectory, compileCache } from "./compile-cache.js";
import { installCommonJsLoader } from "./commonjs-loader.js";
import type { HooksData } from "./hooks.js";
import { installCommonJsResolution } from "./commonjs-resolution.js";
import { isLoadError } from "./load-error.js";
import { compilerLoader } from "./loader-compiler.js";
import { compileServiceEnabled } from "./compile-service/compile-service-setting.js";

/** Loader settings. */
export interface InstallLoaderOptions {
  /** Import specifier generated code uses for the runtime; default `nightjar-ts/internal`. */
  runtimeModule?: string;
  /** The program's files with blocks (scan-program.ts): the first compile reads them all into one program. */
  programFiles?: string[];
}

const installed = Symbol.for("nightjar-ts.loader-installed");

/** Installs the loader once per process; later calls do nothing. */
export function installLoader(options: InstallLoaderOptions = {}): void {
  const flags = globalThis as { [installed]?: boolean };
  if (flags[installed]) return;
  flags[installed] = true;
  process.setSourceMapsEnabled(true);
  const warn = (message: string) => void process.stderr.write(`${message}\n`);
  const data: HooksData = {
    cacheDirectory: cacheDirectory({ env: process.env, cwd: process.cwd(), warn }),
    runtimeModule: options.runtimeModule,
    programFiles: options.programFiles,
    compileService: compileServiceEnabled({ env: process.env, interactive: process.stderr.isTTY === true, warn }),
  };
  register(new URL("./hooks.js", import.meta.url), { data });
  installCommonJsResolution();
  installCommonJsLoader({
    cache: compileCache(data.cacheDirectory),
    runtimeModule: options.runtimeModule,
    programFiles: options.programFiles,
    loadCompiler: compilerLoader({ compileService: data.compileService ?? false }),
  });
  // A file that does not compile is the programmer's to fix: show the diagnostic, not Node's internals.
  process.on("uncaughtExceptionMonitor", (error) => {
    if (!isLoadError(error)) return;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
