/**
 * Closes what Pyodide itself offers to reach outside: its JavaScript API's mount and package functions (the
 * mounts the user asked for are made before this), and, on the Python side, imports of `pyodide_js`,
 * `pyodide.http` and `micropip`, plus a clear error for packages outside the standard library.
 * `import js` stays possible but shows an empty object: `loadPyodide` got `jsglobals: {}`.
 */
import type { PyodideAPI } from "pyodide";

const removed = ["mountNodeFS", "mountNativeFS", "loadPackage", "loadPackagesFromImports", "registerJsModule", "registerComlink"];

export function lockDownPyodide(pyodide: PyodideAPI): void {
  pyodide.pyimport("nightjarpy._sandbox").install();
  for (const name of removed) {
    Object.defineProperty(pyodide, name, { value: undefined, writable: false, configurable: false });
  }
}
