/**
 * The loader's per-file step: TypeScript in, runnable JavaScript with an inline source map out. Files that may
 * contain natural blocks go through the on-disk compile cache; the rest are only stripped (~1 ms a file, about
 * what a cache lookup with its key would cost).
 */
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { containsNaturalBlocks } from "../compiler/contains-natural-blocks.js";
import { cacheKey } from "./cache-key.js";
import { debug } from "./debug.js";
import type { CachedModule, CompileCache } from "./compile-cache.js";
import { compilerFingerprint } from "./compiler-fingerprint.js";
import { loadCompiler, type LoaderCompiler, type PendingFile } from "./loader-compiler.js";
import { moduleFormat, type ModuleFormat } from "./module-format.js";
import { nearestTsconfig } from "../compiler/project/nearest-tsconfig.js";
import { withInlineSourceMap } from "./inline-source-map.js";
import { transpileFile, transpileFileAsync, type TranspiledFile } from "./transpile-file.js";

/** One file to load, and the loader's collaborators. */
export interface LoadTypeScriptOptions {
  filePath: string;
  source: string;
  /** The format it runs in (file-format.ts); part of the cache key. */
  format: ModuleFormat;
  cache: CompileCache;
  /** The compiler, loaded on first need. Default: the real one (loader-compiler.ts); tests pass a stub. */
  loadCompiler?: () => LoaderCompiler;
  /** Passed to the compiler as the import specifier of the runtime; part of the cache key. */
  runtimeModule?: string;
  /** The program's files with blocks (from the scan of its entry), so a compile reads them all into one program. */
  programFiles?: string[];
  /** Receives formatted compiler warnings (on a cache hit too). Default: written to stderr. */
  reportWarnings?: (text: string) => void;
}

/** Loads a `.ts`/`.mts`/`.cts`/`.tsx` file; throws a loader error for code that does not compile. */
export function loadTypeScript(options: LoadTypeScriptOptions): CachedModule {
  const found = lookUp(options);
  if (found.entry) return reported(options, found.entry);
  const started = performance.now();
  return stored(options, found.key, transpileFile({ ...options, compiler: found.key === undefined ? undefined : compilerOf(options) }), started);
}

/** The same, stripping types with esbuild's asynchronous API (for the ES module hooks; see transpile-file.ts). */
export async function loadTypeScriptAsync(options: LoadTypeScriptOptions): Promise<CachedModule> {
  const found = lookUp(options);
  if (found.entry) return reported(options, found.entry);
  const started = performance.now();
  const pendingFiles = () => pendingProgramFiles(options);
  return stored(options, found.key, await transpileFileAsync({ ...options, compiler: found.key === undefined ? undefined : compilerOf(options), pendingFiles }), started);
}

/**
 * The cache entry of a file with blocks, or the key to store its compile under; neither for a file without
 * blocks (the syntax-only test loads no TypeScript: such files never pay for the compiler).
 */
function lookUp(options: LoadTypeScriptOptions): { entry?: CachedModule; key?: string } {
  if (!containsNaturalBlocks(options.source)) {
    debug("strip %s", options.filePath);
    return {};
  }
  const key = keyOf(options);
  const entry = options.cache.get(key);
  if (entry) debug("cache hit %s", options.filePath);
  return { entry, key };
}

function keyOf(file: Pick<LoadTypeScriptOptions, "filePath" | "source" | "runtimeModule" | "format">): string {
  return cacheKey({
    filePath: file.filePath,
    source: file.source,
    compilerFingerprint: compilerFingerprint(),
    options: { runtimeModule: file.runtimeModule, format: file.format },
    tsconfigText: nearestTsconfig(dirname(file.filePath))?.text,
  });
}

/**
 * The program's other files with blocks that are not in the cache, with their text (the compile service
 * compiles them in the same request as this file). A file whose package declares no format is taken to run in
 * this file's: a wrong guess only compiles a file early, and its own load checks the cache again.
 */
function pendingProgramFiles(options: LoadTypeScriptOptions): PendingFile[] {
  return (options.programFiles ?? []).flatMap((fileName) => {
    const text = fileName === options.filePath ? undefined : readText(fileName);
    if (text === undefined || !containsNaturalBlocks(text)) return [];
    const key = keyOf({ ...options, filePath: fileName, source: text, format: moduleFormat(fileName) ?? options.format });
    return options.cache.get(key) ? [] : [{ fileName, text }];
  });
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function compilerOf(options: LoadTypeScriptOptions): LoaderCompiler {
  return (options.loadCompiler ?? loadCompiler)();
}

/** Caches a compiled file (one without blocks is only stripped: not worth an entry) and reports its warnings. */
function stored(options: LoadTypeScriptOptions, key: string | undefined, file: TranspiledFile, started: number): CachedModule {
  const entry = inline(file);
  if (key === undefined) return entry;
  options.cache.set(key, entry);
  debug("compile %s (%d ms)", options.filePath, Math.round(performance.now() - started));
  return reported(options, entry);
}

function reported(options: LoadTypeScriptOptions, entry: CachedModule): CachedModule {
  if (entry.warnings) (options.reportWarnings ?? writeToStderr)(entry.warnings);
  return entry;
}

function inline(file: { code: string; map: string; format: CachedModule["format"]; warnings: string }): CachedModule {
  return { code: withInlineSourceMap(file.code, file.map), format: file.format, warnings: file.warnings };
}

function writeToStderr(text: string): void {
  process.stderr.write(`${text}\n`);
}
