/**
 * Closes what Pyodide itself offers to reach outside: its JavaScript API's mount and package functions (the
 * mounts the user asked for are made before this), Emscripten's socket layer (each socket operation that would
 * open a WebSocket to the host now fails with EPERM, as a Python `PermissionError`, instead of a fatal error),
 * and, on the Python side, imports of `pyodide_js`, `pyodide.http` and `micropip`, plus a clear error for
 * packages outside the standard library. `import js` shows an empty object: `loadPyodide` got `jsglobals: {}`.
 */
import type { PyodideAPI } from "pyodide";

const removed = ["mountNodeFS", "mountNativeFS", "loadPackage", "loadPackagesFromImports", "registerJsModule", "registerComlink"];
const socketOperations = ["connect", "listen", "sendmsg"];
const EPERM = 63;

interface EmscriptenInternals {
  SOCKFS: { websocket_sock_ops: Record<string, unknown> };
  FS: { ErrnoError: new (errno: number) => Error };
}

export function lockDownPyodide(pyodide: PyodideAPI): void {
  const internals = (pyodide as unknown as { _module: EmscriptenInternals })._module;
  for (const operation of socketOperations) {
    internals.SOCKFS.websocket_sock_ops[operation] = () => {
      throw new internals.FS.ErrnoError(EPERM);
    };
  }
  pyodide.pyimport("nightjarpy._sandbox").install();
  for (const name of removed) {
    Object.defineProperty(pyodide, name, { value: undefined, writable: false, configurable: false });
  }
}
