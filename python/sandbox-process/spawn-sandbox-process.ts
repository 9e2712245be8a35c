/**
 * Starts a sandbox process: the bundled entry under Deno's permissions (see sandbox-arguments.ts), with an
 * environment that holds only Deno's own settings (the sandboxed code may read none of it) and the channel on
 * its stdin and stdout. Its stderr carries only Deno's and Pyodide's fatal messages.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { cacheDirectory } from "./cache-directory.js";
import { denoExecutable } from "./deno-executable.js";
import { sandboxArguments } from "./sandbox-arguments.js";

/** Options of {@link spawnSandboxProcess}. */
export interface SpawnSandboxOptions {
  entry: string;
  pyodideDirectory: string;
  mounts: readonly string[];
  /** Extra files the process may read (the Pyodide snapshot). */
  readable: readonly string[];
  /** Memory cap of the Python heap, in MiB (none for the snapshot maker, which runs no program). */
  memoryMb?: number;
}

export function spawnSandboxProcess(options: SpawnSandboxOptions): ChildProcess {
  // Deno keeps its compiled-code cache here (the host's private cache directory); no update checks, no colours.
  const env = { DENO_DIR: join(cacheDirectory(), "deno"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
  return spawn(denoExecutable(), sandboxArguments(options), { stdio: "pipe", env, cwd: dirname(options.entry) });
}
