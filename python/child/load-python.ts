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

/** What Emscripten hands `instantiateWasm`: the WebAssembly imports (the heap's growth is one). */
interface EmscriptenSettings {
  instantiateWasm(imports: { env: Record<string, unknown> }, receive: unknown): unknown;
}

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
  createPyodideModule?: (settings: EmscriptenSettings) => Promise<PyodideModule>;
};

const baseOptions: LoadOptions = { jsglobals: {}, env: { HOME: "/home/pyodide" } };

/** Pyodide's `loadPyodide`, told where its files are (it would guess from a stack trace, which Deno source-maps). */
async function loader(pyodideUrl: string): Promise<(options: LoadOptions) => Promise<PyodideAPI>> {
  const { loadPyodide } = (await import(pyodideUrl)) as typeof import("pyodide");
  const indexURL = fileURLToPath(new URL(".", pyodideUrl));
  // Pyodide's type of `createPyodideModule` names its whole module; the restore needs four members of it.
  return (options) => loadPyodide({ ...options, indexURL } as PyodideOptions);
}

/** What the sandbox hooks into Pyodide as it starts. */
export interface LoadHooks {
  /** Called just before the WebAssembly heap grows (the code actions' clock looks then: code-action-clock.ts). */
  onMemoryGrowth(): void;
}

/** Pyodide, started from `snapshot` when given. */
export async function loadPython(options: { pyodideUrl: string; snapshot?: string }, hooks: LoadHooks): Promise<PyodideAPI> {
  const load = await loader(options.pyodideUrl);
  const { default: createModule } = (await import(new URL("pyodide.asm.mjs", options.pyodideUrl).href)) as { default: (settings: EmscriptenSettings) => Promise<PyodideModule> };
  const moduleFactory = (snapshot?: SnapshotFile) => async (settings: EmscriptenSettings) => {
    watchGrowth(settings, hooks.onMemoryGrowth);
    const module = await createModule(settings);
    if (snapshot !== undefined) restoreFrom(snapshot, module);
    return module;
  };
  if (options.snapshot !== undefined) {
    let file: SnapshotFile | undefined;
    try {
      file = openSnapshotFile(options.snapshot);
      // Pyodide sizes the memory from its snapshot's length: a stand-in of that length (zero-filled, never touched).
      return await load({ ...baseOptions, _loadSnapshot: new Uint8Array(file.pyodideLength), createPyodideModule: moduleFactory(file) });
    } catch {
      // A snapshot from another build of Pyodide, or a damaged one: a plain start still works.
    } finally {
      file?.close();
    }
  }
  return load({ ...baseOptions, createPyodideModule: moduleFactory() });
}

/** Calls `onGrowth` before every growth of the heap (Emscripten's `emscripten_resize_heap` import). */
function watchGrowth(settings: EmscriptenSettings, onGrowth: () => void): void {
  const instantiate = settings.instantiateWasm;
  settings.instantiateWasm = (imports, receive) => {
    const grow = imports.env.emscripten_resize_heap as ((size: number) => boolean) & { sig?: string };
    imports.env.emscripten_resize_heap = Object.assign((size: number) => (onGrowth(), grow(size)), { sig: grow.sig });
    return instantiate(imports, receive);
  };
}

/**
 * Makes the module restore from the sparse snapshot file: Pyodide's own `restoreSnapshot` checks and parses the
 * header and copies nothing, and the heap comes from the file (`memory-snapshot.ts`).
 */
function restoreFrom(file: SnapshotFile, module: PyodideModule): void {
  const restoreHeader = module.API.restoreSnapshot.bind(module.API);
  module.API.restoreSnapshot = () => {
    const written = Math.max(module._sbrk(0) >>> 0, module._emscripten_stack_get_base() >>> 0);
    file.restoreHeap(new Uint8Array(module.HEAP8.buffer), written);
    return restoreHeader(file.header);
  };
}

/** Starts Pyodide fresh, imports `nightjarpy` (from `files`) and writes the memory snapshot to stdout. */
export async function writeSnapshot(pyodideUrl: string, files: SandboxFile[]): Promise<void> {
  const pyodide = await (await loader(pyodideUrl))({ ...baseOptions, _makeSnapshot: true });
  installNightjarpy(pyodide, files);
  const snapshot = (pyodide as PyodideAPI & { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
  writeAll("stdout", encodeSnapshot(snapshot));
}
