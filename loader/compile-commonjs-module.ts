/**
 * Compiles one TypeScript file into a module of Node's CommonJS loader (see commonjs-loader.ts). A file that is
 * an ES module is compiled as one (`require` of an ES module, Node >= 20.19).
 */
import { readFileSync } from "node:fs";
import type { CompileCache } from "./compile-cache.js";
import { fileFormat } from "./file-format.js";
import { loadTypeScript } from "./load-typescript.js";
import type { LoaderCompiler } from "./loader-compiler.js";

/** The part of Node's internal `Module` used here. */
export interface CompilableModule {
  _compile(code: string, filename: string, format?: "module" | "commonjs"): void;
}

/** The module being loaded, its file, and the loader settings. */
export interface CompileCommonJsModuleOptions {
  module: CompilableModule;
  filename: string;
  cache: CompileCache;
  runtimeModule?: string;
  programFiles?: string[];
  loadCompiler?: () => LoaderCompiler;
}

/** Transpiles (and compiles the blocks of) the file, then hands the JavaScript to Node. */
export function compileCommonJsModule(options: CompileCommonJsModuleOptions): void {
  const source = readFileSync(options.filename, "utf8");
  const format = fileFormat(options.filename, source);
  const loaded = loadTypeScript({
    filePath: options.filename,
    source,
    format,
    cache: options.cache,
    runtimeModule: options.runtimeModule,
    programFiles: options.programFiles,
    loadCompiler: options.loadCompiler,
  });
  options.module._compile(loaded.code, options.filename, format);
}
