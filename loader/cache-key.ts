/**
 * The compile cache key. Staleness rule: an entry is reused only when all of these are unchanged — the file's
 * path and text, the compiler's files, the loader options (runtime module, module format), the nearest
 * tsconfig.json, and the text of every file the module imports directly by a relative path. Types reached
 * through two or more hops (a re-export of a re-export) or from packages are not part of the key: after
 * changing those, clear the cache (`NIGHTJAR_CACHE=off` or delete the cache folder).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { importSpecifiers } from "./import-specifiers.js";
import { isPathSpecifier } from "./resolve-candidates.js";
import { resolveImportPath } from "./resolve-import-path.js";

/** Everything a compiled module depends on, as far as the cache is concerned. */
export interface CacheKeyInput {
  filePath: string;
  source: string;
  compilerFingerprint: string;
  /** Loader options that change the output (runtime module specifier, module format). */
  options: Record<string, string | undefined>;
  tsconfigText: string | undefined;
}

/** Bump when the layout of a cache entry changes. */
const entryLayoutVersion = "1";

/** The key (hex sha256) for one compile. */
export function cacheKey(input: CacheKeyInput): string {
  const hash = createHash("sha256");
  const parts = [entryLayoutVersion, input.filePath, input.compilerFingerprint, JSON.stringify(input.options)];
  for (const part of [...parts, input.tsconfigText ?? "", input.source]) hash.update(part).update("\0");
  for (const [specifier, content] of directImports(input.filePath, input.source)) {
    hash.update(specifier).update("\0").update(content).update("\0");
  }
  return hash.digest("hex");
}

/** `[specifier, file text]` for each relative import; text is empty when the import does not resolve. */
export function directImports(filePath: string, source: string): Array<[string, string]> {
  const specifiers = new Set(importSpecifiers(source).filter(isPathSpecifier));
  return [...specifiers].map((specifier) => [specifier, readImported(dirname(filePath), specifier)]);
}

function readImported(directory: string, specifier: string): string {
  const path = resolveImportPath(directory, specifier);
  return path === undefined ? "" : readFileSync(path, "utf8");
}
