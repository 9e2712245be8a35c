import { resolve } from "node:path";
import type { ResolvedConfig } from "../../config/nightjar-options.js";

/** Where the disk cache lives unless `cache.dir` says otherwise (relative to the working directory). */
export const defaultResponseCacheDir = "node_modules/.cache/nightjar/responses";

/** The response cache in force, or `undefined` when it is off. */
export interface ResponseCacheSettings {
  dir: string | undefined;
  maxBytes: number;
  memoryEntries: number;
}

/**
 * The cache is on only when asked, and not for sampled answers (`temperature` > 0) unless `sampled` says so:
 * a cached sample would make every run repeat one draw.
 */
export function responseCacheSettings(config: Pick<ResolvedConfig, "cache" | "temperature">, cwd: string = process.cwd()): ResponseCacheSettings | undefined {
  if (config.cache === undefined || config.cache === false) return undefined;
  const options = config.cache === true ? {} : config.cache;
  if ((config.temperature ?? 0) > 0 && options.sampled !== true) return undefined;
  return {
    dir: options.dir === false ? undefined : resolve(cwd, options.dir ?? defaultResponseCacheDir),
    maxBytes: options.maxBytes ?? 50_000_000,
    memoryEntries: options.memoryEntries ?? 500,
  };
}
