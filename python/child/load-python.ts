/**
 * Loads Pyodide in the sandbox: from the memory snapshot when there is one (falling back to a plain start if
 * it does not load), with `jsglobals: {}` so that `import js` reaches nothing of this process.
 */
import { fileURLToPath } from "node:url";
import type { PyodideAPI } from "pyodide";
import type { SandboxFile } from "../sandbox-protocol.js";
import { installNightjarpy } from "./install-nightjarpy.js";
import { encodeSnapshot, openSnapshotFile, type SnapshotFile } from "./memory-snapshot.js";
import { writeAll } from "./standard-streams.js";

/** The parts of Pyodide's Emscripten module the snapshot restore uses (present in the pinned version). */
interface PyodideModule {
  API: { restoreSnapshot(snapshot: Uint8Array): unknown };
  HEAP8: Int8Array;
  _sbrk(increment: number): number;
  _emscripten_stack_get_base(): number;
}

type PyodideOptions = NonNullable<Parameters<typeof import("pyodide").loadPyodide>[0]>;
type LoadOptions = Omit<PyodideOptions, "createPyodideModule"> & {
  _loadSnapshot?: Uint8Array;
  _makeSnapshot?: boolean;
  createPyodideModule?: (settings: object) => Promise<PyodideModule>;
};

const baseOptions: LoadOptions = { jsglobals: {}, env: { HOME: "/home/pyodide" } };

/** Pyodide's `loadPyodide`, told where its files are (it would guess from a stack trace, which Deno source-maps). */
async function loader(pyodideUrl: string): Promise<(options: LoadOptions) => Promise<PyodideAPI>> {
  const { loadPyodide } = (await import(pyodideUrl)) as typeof import("pyodide");
  const indexURL = fileURLToPath(new URL(".", pyodideUrl));
  // Pyodide's type of `createPyodideModule` names its whole module; the restore needs four members of it.
  return (options) => loadPyodide({ ...options, indexURL } as PyodideOptions);
}

/** Pyodide, started from `snapshot` when given. */
export async function loadPython(options: { pyodideUrl: string; snapshot?: string }): Promise<PyodideAPI> {
  const load = await loader(options.pyodideUrl);
  if (options.snapshot !== undefined) {
    let file: SnapshotFile | undefined;
    try {
      file = openSnapshotFile(options.snapshot);
      return await load({ ...baseOptions, ...(await restoring(file, options.pyodideUrl)) });
    } catch {
      // A snapshot from another build of Pyodide, or a damaged one: a plain start still works.
    } finally {
      file?.close();
    }
  }
  return load(baseOptions);
}

/**
 * Options that make Pyodide restore from the sparse snapshot file: Pyodide sizes the memory from a stand-in of
 * its snapshot's length (zero-filled, never touched), its own `restoreSnapshot` checks and parses the header
 * and copies nothing, and the heap comes from the file (`memory-snapshot.ts`).
 */
async function restoring(file: SnapshotFile, pyodideUrl: string): Promise<LoadOptions> {
  const { default: createModule } = (await import(new URL("pyodide.asm.mjs", pyodideUrl).href)) as { default: (settings: object) => Promise<PyodideModule> };
  return {
    _loadSnapshot: new Uint8Array(file.pyodideLength),
    async createPyodideModule(settings) {
      const module = await createModule(settings);
      const restoreHeader = module.API.restoreSnapshot.bind(module.API);
      module.API.restoreSnapshot = () => {
        const written = Math.max(module._sbrk(0) >>> 0, module._emscripten_stack_get_base() >>> 0);
        file.restoreHeap(new Uint8Array(module.HEAP8.buffer), written);
        return restoreHeader(file.header);
      };
      return module;
    },
  };
}

/** Starts Pyodide fresh, imports `nightjarpy` (from `files`) and writes the memory snapshot to stdout. */
export async function writeSnapshot(pyodideUrl: string, files: SandboxFile[]): Promise<void> {
  const pyodide = await (await loader(pyodideUrl))({ ...baseOptions, _makeSnapshot: true });
  installNightjarpy(pyodide, files);
  const snapshot = (pyodide as PyodideAPI & { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
  writeAll("stdout", encodeSnapshot(snapshot));
}
