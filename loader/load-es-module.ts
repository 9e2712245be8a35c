/**
 * What the load hook does with a TypeScript file that is not declared CommonJS: the ES module's JavaScript,
 * or word that the file is CommonJS after all (a package without `type` and a file without ESM syntax), which
 * the hook then leaves to Node's CommonJS loader. Files without blocks take an asynchronous fast path.
 */
import { dirname } from "node:path";
import { containsNaturalBlocks } from "../compiler/contains-natural-blocks.js";
import type { CompileCache } from "./compile-cache.js";
import type { LoaderCompiler } from "./loader-compiler.js";
import { debug } from "./debug.js";
import type { ModuleFormat } from "./module-format.js";
import { nearestTsconfig } from "../compiler/project/nearest-tsconfig.js";
import { withInlineSourceMap } from "./inline-source-map.js";
import { stripTypesAsync } from "./strip-types.js";

/** One file, with the format its extension or package declares (if any), and the loader's settings. */
export interface LoadEsModuleOptions {
  filePath: string;
  source: string;
  declaredFormat: ModuleFormat | undefined;
  cache: CompileCache;
  runtimeModule?: string;
  programFiles?: string[];
  /** The compiler, loaded on a cache miss (default: in this process; see loader-compiler.ts). */
  loadCompiler?: () => LoaderCompiler;
}

/** The module's JavaScript (inline source map included), or `commonjs`. */
export type LoadedEsModule = { format: "module"; source: string } | { format: "commonjs" };

/** Transpiles the file for the ESM loader, compiling its blocks (through the cache) when it has any. */
export async function loadEsModule(options: LoadEsModuleOptions): Promise<LoadedEsModule> {
  const { filePath, source } = options;
  if (!containsNaturalBlocks(source)) {
    debug("strip %s", filePath);
    const stripped = await stripTypesAsync({ filePath, code: source, tsconfigRaw: nearestTsconfig(dirname(filePath))?.text });
    if (options.declaredFormat === undefined && !(await import("./module-syntax.js")).hasModuleSyntax(stripped.code)) {
      return { format: "commonjs" };
    }
    return { format: "module", source: withInlineSourceMap(stripped.code, stripped.map) };
  }
  // The compile path (cache, source map chaining, the compiler) is loaded only by programs with blocks.
  const [{ fileFormat }, { loadTypeScriptAsync }] = await Promise.all([import("./file-format.js"), import("./load-typescript.js")]);
  const format = options.declaredFormat ?? fileFormat(filePath, source);
  if (format === "commonjs") return { format };
  const loaded = await loadTypeScriptAsync({
    filePath,
    source,
    format,
    cache: options.cache,
    runtimeModule: options.runtimeModule,
    programFiles: options.programFiles,
    loadCompiler: options.loadCompiler,
  });
  return { format, source: loaded.code };
}
