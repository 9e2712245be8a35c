/**
 * Puts the `nightjarpy` package into Pyodide: its files into the in-memory file system (tracebacks and
 * `inspect` read them there) and its modules into the interpreter. The snapshot maker does this before taking
 * the memory snapshot, so a sandbox restored from it finds the modules already imported (importing them costs
 * ~0.2 s of CPU, plus ~0.6 s of V8 compiling the WebAssembly paths of Python's compiler on other threads);
 * the files live in JavaScript's memory, outside the snapshot, and are written again.
 */
import type { PyodideAPI } from "pyodide";
import type { SandboxFile } from "../sandbox-protocol.js";

/** Where the package's files are in the sandbox's file system (and on `sys.path`). */
export const packageRoot = "/lib/nightjar";

/** The modules the sandbox uses (importing them imports the rest of the package). */
const modules = ["nightjarpy", "nightjar", "nightjarpy._host_api", "nightjarpy._code_action_limit", "nightjarpy._bridge", "nightjarpy._program", "nightjarpy._isolation", "nightjarpy._sandbox"];

export function installNightjarpy(pyodide: PyodideAPI, files: SandboxFile[]): void {
  writeFiles(pyodide, files);
  const root = JSON.stringify(packageRoot);
  pyodide.runPython(`import sys\nif ${root} not in sys.path: sys.path.insert(0, ${root})\nimport ${modules.join(", ")}`);
}

/** Writes files into the sandbox's file system: absolute paths as they are, relative ones under the package root. */
export function writeFiles({ FS }: Pick<PyodideAPI, "FS">, files: SandboxFile[]): void {
  for (const file of files) {
    const path = file.path.startsWith("/") ? file.path : `${packageRoot}/${file.path}`;
    FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    FS.writeFile(path, file.content);
  }
}
