/**
 * The on-disk compile cache: one JSON file per key (see cache-key.ts for what the key covers) under
 * `$NIGHTJAR_CACHE_DIR`, else `node_modules/.cache/nightjar` of the nearest node_modules above the working
 * directory (else a folder of this user's own in the system's temporary folder). `NIGHTJAR_CACHE=off` disables it. A hit costs one file read and never loads the compiler.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { privateDirectory } from "../runtime/private-directory.js";
import type { ModuleFormat } from "./module-format.js";

/** A compiled module as stored: runnable JavaScript with its inline source map. */
export interface CachedModule {
  code: string;
  format: ModuleFormat;
  /** Formatted compiler warnings, printed again on every hit so they are not lost after the first run. */
  warnings: string;
}

/** Get and set by key. Failures to read or write are misses, never errors: the cache only saves time. */
export interface CompileCache {
  get(key: string): CachedModule | undefined;
  set(key: string, entry: CachedModule): void;
}

/**
 * Where the cache lives for this process, or `undefined` when it is turned off — or when the shared temp
 * folder's fallback is not this user's own (another user could plant compiled modules there; `warn` says so).
 */
export function cacheDirectory(options: { env: NodeJS.ProcessEnv; cwd: string; warn?: (message: string) => void }): string | undefined {
  if (options.env.NIGHTJAR_CACHE === "off") return undefined;
  if (options.env.NIGHTJAR_CACHE_DIR) return options.env.NIGHTJAR_CACHE_DIR;
  for (let directory = options.cwd; ; directory = dirname(directory)) {
    if (existsSync(join(directory, "node_modules"))) return join(directory, "node_modules", ".cache", "nightjar");
    // No node_modules anywhere above (a global install): a shared folder, rather than litter the project.
    if (dirname(directory) === directory) return privateTempFolder(options.warn);
  }
}

function privateTempFolder(warn: ((message: string) => void) | undefined): string | undefined {
  try {
    return privateDirectory(join(tmpdir(), `nightjar-cache-${process.getuid?.() ?? 0}`));
  } catch (error) {
    warn?.(`nightjar: compile cache off: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** A cache in `directory`; with no directory, a cache that never hits. */
export function compileCache(directory: string | undefined): CompileCache {
  if (directory === undefined) return { get: () => undefined, set: () => undefined };
  const pathOf = (key: string) => join(directory, `${key}.json`);
  return {
    get: (key) => readEntry(pathOf(key)),
    set: (key, entry) => writeEntry(pathOf(key), entry),
  };
}

function readEntry(path: string): CachedModule | undefined {
  try {
    const entry = JSON.parse(readFileSync(path, "utf8")) as Partial<CachedModule>;
    const valid = typeof entry.code === "string" && typeof entry.warnings === "string";
    return valid && (entry.format === "module" || entry.format === "commonjs") ? (entry as CachedModule) : undefined;
  } catch {
    return undefined;
  }
}

function writeEntry(path: string, entry: CachedModule): void {
  // Write then rename, so a concurrent reader sees the whole entry or none of it.
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, path);
  } catch {
    // A read-only or full disk makes the next run slower, not wrong.
  }
}
