/**
 * Node flags of the sandbox process. Node's permission model is process-wide, which is why the sandbox is a
 * process of its own rather than a worker thread: it may read only its entry file and Pyodide's files, read and
 * write only the mounted directories, and start no processes, workers, addons or WASI. The inspector is off
 * under the permission model, and code generation from strings is off (see child/lock-down-process.ts).
 * V8's cap on WebAssembly memory bounds the Python heap, so a memory bomb is a MemoryError, not a host in trouble.
 */

/** Options of {@link sandboxArguments}. */
export interface SandboxArgumentsOptions {
  entry: string;
  pyodideDirectory: string;
  mounts: readonly string[];
  /** Single files it may also read. */
  readable: readonly string[];
  /** Most memory a WebAssembly heap (Python's) may grow to, in MiB; beyond it Python raises MemoryError. */
  memoryMb?: number;
}

/** WebAssembly memory pages per MiB (a page is 64 KiB). */
const pagesPerMb = 16;
/**
 * V8's stack, in KiB (Node's default is 984). Python's own recursion checks measure Emscripten's stack in
 * linear memory, not V8's, so with the default a C-level recursion (`__repr__` calling `repr(self)`) overflows
 * V8's stack first and takes the interpreter down; with this much it is a RecursionError. It stays well inside
 * the 8 MiB main-thread stack that Linux and macOS give by default.
 */
const stackKb = 5000;

export function sandboxArguments({ entry, pyodideDirectory, mounts, readable, memoryMb }: SandboxArgumentsOptions): string[] {
  return [
    ...(memoryMb === undefined ? [] : [`--wasm-max-mem-pages=${Math.max(1, Math.floor(memoryMb * pagesPerMb))}`]),
    "--experimental-permission",
    ...[entry, ...readable].map((file) => `--allow-fs-read=${file}`),
    `--allow-fs-read=${withSlash(pyodideDirectory)}`,
    ...mounts.flatMap((mount) => [`--allow-fs-read=${withSlash(mount)}`, `--allow-fs-write=${withSlash(mount)}`]),
    "--disallow-code-generation-from-strings",
    "--disable-warning=ExperimentalWarning",
    `--stack-size=${stackKb}`,
    entry,
  ];
}

function withSlash(directory: string): string {
  return directory.endsWith("/") ? directory : `${directory}/`;
}
