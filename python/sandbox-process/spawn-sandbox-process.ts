/**
 * Starts a sandbox process: the bundled entry under Node's permission model, with an empty environment and
 * the channel on fd 3. Its own stderr carries only Node's and Pyodide's fatal messages.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { dirname } from "node:path";
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
  stdin: "inherit" | "ignore";
  /** `pipe` only for the snapshot maker, which writes the snapshot there. */
  stdout: "ignore" | "pipe";
}

export function spawnSandboxProcess(options: SpawnSandboxOptions): ChildProcess {
  const stdio: StdioOptions = [options.stdin, options.stdout, "pipe", "pipe"];
  return spawn(process.execPath, sandboxArguments(options), { stdio, env: {}, cwd: dirname(options.entry) });
}
