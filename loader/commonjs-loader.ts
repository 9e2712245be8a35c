/**
 * TypeScript for Node's CommonJS loader: `.ts`/`.cts`/`.mts`/`.tsx` files that are `require`d (or that the
 * hooks hand over as CommonJS) are transpiled on the main thread, with the same pipeline and cache as the
 * hooks. Their `require` is Node's own, which can load ES modules (our runtime is one); the hooks' CommonJS
 * `require` cannot. The pipeline (esbuild and friends, ~50 ms to load) is loaded on the first such file, so
 * ES-module programs never pay for it here.
 */
import Module, { createRequire } from "node:module";
import type { CompileCache } from "./compile-cache.js";
import type { CompilableModule } from "./compile-commonjs-module.js";
import type { LoaderCompiler } from "./loader-compiler.js";

/** The loader settings the CommonJS side shares with the hooks. */
export interface CommonJsLoaderOptions {
  cache: CompileCache;
  runtimeModule?: string;
  programFiles?: string[];
  loadCompiler?: () => LoaderCompiler;
}

type ExtensionHandler = (module: CompilableModule, filename: string) => void;

/** Registers the TypeScript extensions with `Module._extensions` (internal but stable; tsx and ts-node do too). */
export function installCommonJsLoader(options: CommonJsLoaderOptions): void {
  const extensions = (Module as unknown as { _extensions: Record<string, ExtensionHandler> })._extensions;
  let pipeline: typeof import("./compile-commonjs-module.js") | undefined;
  const handler: ExtensionHandler = (module, filename) => {
    pipeline ??= createRequire(import.meta.url)("./compile-commonjs-module.js") as typeof import("./compile-commonjs-module.js");
    pipeline.compileCommonJsModule({ ...options, module, filename });
  };
  for (const extension of [".ts", ".cts", ".mts", ".tsx"]) extensions[extension] = handler;
}
