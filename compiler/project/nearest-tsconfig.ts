/**
 * The tsconfig.json that governs a file: the first one found walking up from its directory (the same lookup tsc
 * and esbuild do). The one lookup of the package: the compiler picks its project by it, the loader feeds its text
 * to esbuild and the compile cache key. Not cached: a lookup costs a few failed reads, next to a compile or a
 * transpile, and a stale answer (a tsconfig.json added while a dev server runs) would analyse or cache a file
 * under the wrong settings. Imports nothing heavy, so the loader may import it on its own.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** A tsconfig.json file and its raw text. */
export interface TsconfigFile {
  path: string;
  text: string;
}

/** The nearest tsconfig.json at or above `directory`. */
export function nearestTsconfig(directory: string): TsconfigFile | undefined {
  for (let current = directory; ; current = dirname(current)) {
    const path = join(current, "tsconfig.json");
    const text = readText(path);
    if (text !== undefined) return { path, text };
    if (dirname(current) === current) return undefined;
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
