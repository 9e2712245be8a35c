/**
 * One TypeScript file to JavaScript: compiled by the nightjar compiler when it contains natural blocks (then
 * stripped, maps chained), otherwise only stripped. Shared by the loader and `nightjar compile`.
 */
import { dirname } from "node:path";
import type { LoaderCompiler, PendingFile } from "./loader-compiler.js";
import { compileBlocks, compileBlocksAsync, type CompiledBlocks } from "./compile-blocks.js";
import type { ModuleFormat } from "./module-format.js";
import { nearestTsconfig } from "../compiler/project/nearest-tsconfig.js";
import { chainSourceMaps } from "./chain-source-maps.js";
import { stripTypes, stripTypesAsync, type StripTypesOptions, type StrippedModule } from "./strip-types.js";

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
  /** Those not compiled yet, read on demand (see compile-blocks.ts). */
  pendingFiles?: () => PendingFile[];
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
  const blocks = compileFileBlocks(options);
  return toJavaScript(options, blocks, stripTypes(stripOptions(options, blocks.code)));
}

/**
 * The same with esbuild's asynchronous API, for the ES module hooks: its synchronous one costs a round trip to
 * esbuild's own worker per file (~6 ms), which a program with a block in each of 100 files pays 100 times.
 */
export async function transpileFileAsync(options: TranspileFileOptions): Promise<TranspiledFile> {
  const compiler = options.compiler;
  const blocks = compiler?.containsNaturalBlocks(options.source)
    ? blocksOf(await compileBlocksAsync({ ...options, compiler }))
    : compileFileBlocks(options);
  return toJavaScript(options, blocks, await stripTypesAsync(stripOptions(options, blocks.code)));
}

/** The file's TypeScript with its blocks compiled (when it has any), the compiler's map and warnings. */
interface CompiledFileBlocks {
  code: string;
  maps: object[];
  warnings: string;
  compiled: boolean;
}

function compileFileBlocks(options: TranspileFileOptions): CompiledFileBlocks {
  const compiler = options.compiler;
  if (!compiler?.containsNaturalBlocks(options.source)) return { code: options.source, maps: [], warnings: "", compiled: false };
  return blocksOf(compileBlocks({ ...options, compiler }));
}

function blocksOf(compiled: CompiledBlocks): CompiledFileBlocks {
  return { code: compiled.code, maps: compiled.map ? [compiled.map] : [], warnings: compiled.warnings, compiled: compiled.changed };
}

function stripOptions(file: TranspileFileOptions, code: string): StripTypesOptions {
  return { filePath: file.filePath, code, format: file.format, tsconfigRaw: nearestTsconfig(dirname(file.filePath))?.text };
}

function toJavaScript(file: TranspileFileOptions, blocks: CompiledFileBlocks, stripped: StrippedModule): TranspiledFile {
  const map = chainSourceMaps({ maps: [stripped.map, ...blocks.maps], sourcePath: file.filePath });
  return { code: stripped.code, map, format: file.format, warnings: blocks.warnings, compiled: blocks.compiled };
}
