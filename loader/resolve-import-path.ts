/**
 * Finds the file a relative import names, on disk and synchronously, with the same fallbacks as the hooks
 * (`./a.js` -> `./a.ts`, extensionless, directory index). Used where no module resolution runs: the cache key
 * and the CLI's scan of a program's files.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveCandidates } from "./resolve-candidates.js";

/** The file `specifier` refers to from `directory`, or `undefined` when none exists. */
export function resolveImportPath(directory: string, specifier: string): string | undefined {
  for (const candidate of [specifier, ...resolveCandidates(specifier)]) {
    const withoutQuery = candidate.replace(/[?#].*$/, "");
    const path = withoutQuery.startsWith("file:") ? fileURLToPath(withoutQuery) : resolve(directory, withoutQuery);
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) return path;
  }
  return undefined;
}
