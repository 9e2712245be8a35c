/**
 * Loads Pyodide in the sandbox: from the memory snapshot when there is one (falling back to a plain start if
 * it does not load), with `jsglobals: {}` so that `import js` reaches nothing of this process.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PyodideAPI } from "pyodide";
import { writeAll } from "./standard-streams.js";

type LoadOptions = Parameters<typeof import("pyodide").loadPyodide>[0] & { _loadSnapshot?: Uint8Array; _makeSnapshot?: boolean };

const baseOptions: LoadOptions = { jsglobals: {}, env: { HOME: "/home/pyodide" } };

/** Pyodide's `loadPyodide`, told where its files are (it would guess from a stack trace, which Deno source-maps). */
async function loader(pyodideUrl: string): Promise<(options: LoadOptions) => Promise<PyodideAPI>> {
  const { loadPyodide } = (await import(pyodideUrl)) as typeof import("pyodide");
  const indexURL = fileURLToPath(new URL(".", pyodideUrl));
  return (options) => loadPyodide({ ...options, indexURL });
}

/** Pyodide, started from `snapshot` when given. */
export async function loadPython(options: { pyodideUrl: string; snapshot?: string }): Promise<PyodideAPI> {
  const load = await loader(options.pyodideUrl);
  if (options.snapshot !== undefined) {
    try {
      return await load({ ...baseOptions, _loadSnapshot: readFileSync(options.snapshot) });
    } catch {
      // A snapshot from another build of Pyodide, or a damaged one: a plain start still works.
    }
  }
  return load(baseOptions);
}

/** Starts Pyodide fresh and writes its memory snapshot to stdout. */
export async function writeSnapshot(pyodideUrl: string): Promise<void> {
  const pyodide = await (await loader(pyodideUrl))({ ...baseOptions, _makeSnapshot: true });
  const snapshot = (pyodide as PyodideAPI & { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
  writeAll("stdout", snapshot);
}
