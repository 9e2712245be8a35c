/**
 * Closes what Pyodide itself offers to reach outside, after the sandbox's last use of its Python side: its
 * JavaScript API's mount and package functions (the mounts the user asked for are made before this),
 * Emscripten's socket layer (a socket operation fails with EPERM, a Python `PermissionError`, instead of trying
 * a WebSocket, which Deno would refuse anyway), and on the Python side every way to JavaScript — `js`,
 * `pyodide_js`, `pyodide.ffi` and Pyodide's internals go, and cannot be imported again — plus a clear error
 * for packages outside the standard library (`nightjarpy/_sandbox.py`). From then on Python reaches JavaScript
 * only through the bridge device (`bridge-device.ts`), which hands it bytes, never an object.
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
  const sandbox = pyodide.pyimport("nightjarpy._sandbox") as unknown as { install(): void; close_javascript(): void };
  sandbox.install();
  for (const name of removed) {
    Object.defineProperty(pyodide, name, { value: undefined, writable: false, configurable: false });
  }
  sandbox.close_javascript();
}
