/**
 * Makes what Deno refuses fail the way Emscripten can report it. Deno is the boundary (see
 * sandbox-process/sandbox-arguments.ts): starting a process is refused whatever happens here. But Pyodide's
 * `os.system` calls `child_process.spawnSync`, and Deno's refusal, thrown through Emscripten's `system()`,
 * would take the interpreter down; answering like a shell that cannot find the command (exit status 127)
 * keeps the program running. Nothing here is a defence.
 */
import childProcess from "node:child_process";

export function failProcessesCleanly(): void {
  const noShell = () => ({ status: 127, signal: null, output: [], pid: 0, stdout: null, stderr: null });
  Object.defineProperty(childProcess, "spawnSync", { value: noShell, writable: false, configurable: false });
}
