/**
 * Deno's arguments for the sandbox process. Deno denies everything by default and enforces it below
 * JavaScript: the process gets read access to its entry file, Pyodide's files and its snapshot, read and write
 * access to the mounted directories, and nothing else — no network, no environment, no subprocesses, no FFI,
 * no system information, no writes elsewhere. Module loading is closed too: no remote modules, no npm
 * specifiers, no config or lock file looked up around the entry. V8's cap on WebAssembly memory bounds the
 * Python heap, so a memory bomb is a MemoryError, not a host in trouble.
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
 * V8's stack, in KiB (the default is 984). Python's own recursion checks measure Emscripten's stack in
 * linear memory, not V8's, so with the default a C-level recursion (`__repr__` calling `repr(self)`) overflows
 * V8's stack first and takes the interpreter down; with this much it is a RecursionError. It stays well inside
 * the 8 MiB main-thread stack that Linux and macOS give by default.
 */
const stackKb = 5000;
/**
 * How much a WebAssembly function runs before V8 compiles it again with its optimising compiler, on a
 * background thread: ten times V8's default. Pyodide's interpreter runs many functions briefly (the Python
 * compiler at start-up, the runtime's JSON and checks in every block), and at the default each soon crossed the
 * budget: V8 spent as much CPU compiling as the sandbox spent running (per block 1.5 ms on the JavaScript
 * thread + 1.5 ms compiling, 1,000 blocks; start-up +0.3 s), CPU taken from everything else on a small machine.
 * At ten times, only the truly hot code is optimised (0.6 ms compiling per block, start-up ~0.1 s less), and
 * long computations reach the same speed (bench/python-host.ts; python/README.md, Start-up cost).
 */
const wasmTieringBudget = 130_000_000;

export function sandboxArguments({ entry, pyodideDirectory, mounts, readable, memoryMb }: SandboxArgumentsOptions): string[] {
  const paths = [entry, ...readable, pyodideDirectory, ...mounts];
  const unusable = paths.find((path) => path.includes(","));
  // Deno's permission lists are comma-separated; a comma in a path would widen or break them.
  if (unusable !== undefined) throw new Error(`nightjar-ts: cannot give the Python sandbox access to ${unusable}: the path contains a comma`);
  const v8Flags = ["--disallow-code-generation-from-strings", `--stack-size=${stackKb}`, `--wasm-tiering-budget=${wasmTieringBudget}`, ...(memoryMb === undefined ? [] : [`--wasm-max-mem-pages=${Math.max(1, Math.floor(memoryMb * pagesPerMb))}`])];
  return [
    "run",
    "--no-prompt",
    "--no-config",
    "--no-lock",
    "--no-remote",
    "--no-npm",
    `--allow-read=${paths.join(",")}`,
    ...(mounts.length === 0 ? [] : [`--allow-write=${mounts.join(",")}`]),
    `--v8-flags=${v8Flags.join(",")}`,
    entry,
  ];
}
