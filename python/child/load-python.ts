/**
 * Loads Pyodide in the sandbox: from the memory snapshot when there is one (falling back to a plain start if
 * it does not load), with `jsglobals: {}` so that `import js` reaches nothing of this process.
 */
import { readFileSync } from "node:fs";
import type { PyodideAPI } from "pyodide";
import { writeAllSync } from "./write-all-sync.js";

type LoadOptions = Parameters<typeof import("pyodide").loadPyodide>[0] & { _loadSnapshot?: Uint8Array; _makeSnapshot?: boolean };

const baseOptions: LoadOptions = { jsglobals: {}, env: { HOME: "/home/pyodide" } };

async function loader(pyodideUrl: string): Promise<(options: LoadOptions) => Promise<PyodideAPI>> {
  return ((await import(pyodideUrl)) as typeof import("pyodide")).loadPyodide;
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
  writeAllSync(1, snapshot);
}
