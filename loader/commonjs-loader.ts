/**
 * TypeScript for Node's CommonJS loader: `.ts`/`.cts`/`.mts`/`.tsx` files that are `require`d (or that the
 * hooks hand over as CommonJS) are transpiled here, on the main thread, with the same pipeline and cache as
 * the hooks. Their `require` is Node's own, which can load ES modules (our runtime is one); the hooks' CommonJS
 * `require` cannot. A file that is an ES module is compiled as one (`require` of ESM, Node >= 20.19).
 */
import { readFileSync } from "node:fs";
import Module from "node:module";
import type { CompileCache } from "./compile-cache.js";
import { fileFormat } from "./file-format.js";
import { loadCompiler } from "./loader-compiler.js";
import { loadTypeScript } from "./load-typescript.js";

/** The loader settings the CommonJS side shares with the hooks. */
export interface CommonJsLoaderOptions {
  cache: CompileCache;
  runtimeModule?: string;
}

interface CompilableModule {
  _compile(code: string, filename: string, format?: "module" | "commonjs"): void;
}

type ExtensionHandler = (module: CompilableModule, filename: string) => void;

/** Registers the TypeScript extensions with `Module._extensions` (internal but stable; tsx and ts-node do too). */
export function installCommonJsLoader(options: CommonJsLoaderOptions): void {
  const extensions = (Module as unknown as { _extensions: Record<string, ExtensionHandler> })._extensions;
  const handler: ExtensionHandler = (module, filename) => {
    const source = readFileSync(filename, "utf8");
    const format = fileFormat(filename, source);
    const loaded = loadTypeScript({
      filePath: filename,
      source,
      format,
      cache: options.cache,
      loadCompiler,
      runtimeModule: options.runtimeModule,
      reportWarnings: (text) => process.stderr.write(`${text}\n`),
    });
    module._compile(loaded.code, filename, format);
  };
  for (const extension of [".ts", ".cts", ".mts", ".tsx"]) extensions[extension] = handler;
}
