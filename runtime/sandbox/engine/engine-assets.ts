import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

/** What an engine worker starts from; gathered once per process. */
export interface EngineAssets {
  /** File URLs of QuickJS's packages (the worker may be eval'd code, which cannot resolve package names). */
  moduleUrls: { core: string; variant: string };
  /** QuickJS's WebAssembly, compiled once and shared by every worker (they skip compiling and warming it up). */
  wasmModule: WebAssembly.Module;
  /** The worker entry: the built file, or (running from TypeScript sources) the bundled code to eval. */
  entry: { url: URL } | { code: string };
}

/** The global WebAssembly API (the project's `lib` setting declares its types but not the global value). */
const wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => WebAssembly.Module; compile(bytes: Uint8Array): Promise<WebAssembly.Module> } }).WebAssembly;
const require = createRequire(import.meta.url);
const wasmPath = (): string => require.resolve("@jitl/quickjs-wasmfile-release-sync/wasm");
let compiled: WebAssembly.Module | undefined;
let entry: EngineAssets["entry"] | undefined;

/** The assets, compiling QuickJS on this thread if `prepareEngineAssets` has not done it yet (about 10 ms). */
export function engineAssets(): EngineAssets {
  compiled ??= new wasm.Module(readFileSync(wasmPath()));
  entry ??= import.meta.url.endsWith(".ts") ? { code: bundleWorkerSource() } : { url: new URL("./engine-worker.js", import.meta.url) };
  return {
    moduleUrls: {
      core: pathToFileURL(require.resolve("quickjs-emscripten-core")).href,
      variant: pathToFileURL(require.resolve("@jitl/quickjs-wasmfile-release-sync")).href,
    },
    wasmModule: compiled,
    entry,
  };
}

/** Whether the assets are ready, so that starting a worker costs the program's thread almost nothing. */
export function engineAssetsReady(): boolean {
  return compiled !== undefined;
}

/** Compiles QuickJS's WebAssembly off the program's thread. */
export async function prepareEngineAssets(): Promise<void> {
  if (compiled !== undefined) return;
  const module = await wasm.compile(await readFile(wasmPath()));
  compiled ??= module;
}

/**
 * Running from TypeScript sources (tests, development): a worker cannot load `.ts`, so the worker entry is
 * bundled once per process to one CommonJS script with esbuild (a dependency of the package). The built
 * package never does this.
 */
function bundleWorkerSource(): string {
  const esbuild = require("esbuild") as typeof import("esbuild");
  const built = esbuild.buildSync({
    entryPoints: [fileURLToPath(new URL("./engine-worker.ts", import.meta.url))],
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  return built.outputFiles[0]!.text;
}
