/**
 * One TypeScript file to JavaScript: compiled by the nightjar compiler when it contains natural blocks (then
 * stripped, maps chained), otherwise only stripped. Shared by the loader and `nightjar compile`.
 */
import { dirname } from "node:path";
import type { LoaderCompiler } from "./loader-compiler.js";
import { compileBlocks } from "./compile-blocks.js";
import { moduleFormat, type ModuleFormat } from "./module-format.js";
import { hasModuleSyntax } from "./module-syntax.js";
import { nearestTsconfig } from "./nearest-tsconfig.js";
import { chainSourceMaps } from "./source-maps.js";
import { stripTypes } from "./strip-types.js";

/** What to transpile. */
export interface TranspileFileOptions {
  filePath: string;
  source: string;
  /** Without a compiler the file is only stripped (the caller knows it has no blocks). */
  compiler?: LoaderCompiler;
  runtimeModule?: string;
}

/** JavaScript, its source map back to `filePath` (JSON text), its module format and compiler warnings. */
export interface TranspiledFile {
  code: string;
  map: string;
  format: ModuleFormat;
  /** Formatted warnings, empty when there are none. */
  warnings: string;
  /** True when the compiler rewrote natural blocks. */
  compiled: boolean;
}

/** Transpiles one file; throws a loader error naming file:line:column when it does not compile. */
export async function transpileFile(options: TranspileFileOptions): Promise<TranspiledFile> {
  const compiler = options.compiler;
  if (!compiler?.containsNaturalBlocks(options.source)) {
    return { ...(await toJavaScript(options.filePath, options.source, [])), warnings: "", compiled: false };
  }
  const compiled = compileBlocks({ ...options, compiler });
  const maps = compiled.map ? [compiled.map] : [];
  return { ...(await toJavaScript(options.filePath, compiled.code, maps)), warnings: compiled.warnings, compiled: true };
}

async function toJavaScript(filePath: string, code: string, maps: object[]) {
  const declaredFormat = moduleFormat(filePath);
  const stripped = await stripTypes({
    filePath,
    code,
    format: declaredFormat,
    tsconfigRaw: nearestTsconfig(dirname(filePath))?.text,
  });
  const format = declaredFormat ?? ((await hasModuleSyntax(stripped.code)) ? "module" : "commonjs");
  return { code: stripped.code, map: chainSourceMaps({ maps: [stripped.map, ...maps], sourcePath: filePath }), format };
}
