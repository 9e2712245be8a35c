/**
 * One TypeScript file to JavaScript: compiled by the nightjar compiler when it contains natural blocks (then
 * stripped, maps chained), otherwise only stripped. Shared by the loader and `nightjar compile`.
 */
import { dirname } from "node:path";
import type { LoaderCompiler } from "./loader-compiler.js";
import { compileBlocks } from "./compile-blocks.js";
import type { ModuleFormat } from "./module-format.js";
import { nearestTsconfig } from "../compiler/project/nearest-tsconfig.js";
import { chainSourceMaps } from "./chain-source-maps.js";
import { stripTypes } from "./strip-types.js";

/** What to transpile. */
export interface TranspileFileOptions {
  filePath: string;
  source: string;
  /** The format the file runs in (see file-format.ts); `commonjs` turns ESM syntax into `require`. */
  format: ModuleFormat;
  /** Without a compiler the file is only stripped (the caller knows it has no blocks). */
  compiler?: LoaderCompiler;
  runtimeModule?: string;
  /** The program's files with blocks, compiled in one program (see compile-blocks.ts). */
  programFiles?: string[];
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
export function transpileFile(options: TranspileFileOptions): TranspiledFile {
  const compiler = options.compiler;
  if (!compiler?.containsNaturalBlocks(options.source)) {
    return { ...toJavaScript(options, options.source, []), warnings: "", compiled: false };
  }
  const compiled = compileBlocks({ ...options, compiler });
  const maps = compiled.map ? [compiled.map] : [];
  return { ...toJavaScript(options, compiled.code, maps), warnings: compiled.warnings, compiled: compiled.changed };
}

function toJavaScript(file: TranspileFileOptions, code: string, maps: object[]) {
  const stripped = stripTypes({
    filePath: file.filePath,
    code,
    format: file.format,
    tsconfigRaw: nearestTsconfig(dirname(file.filePath))?.text,
  });
  const map = chainSourceMaps({ maps: [stripped.map, ...maps], sourcePath: file.filePath });
  return { code: stripped.code, map, format: file.format };
}
