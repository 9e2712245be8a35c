import fs from "node:fs";
import path from "node:path";

const found = new Map<string, string | undefined>();

/** The nearest tsconfig.json at or above a directory (cached: a loader asks once per file). */
export function findTsconfig(directory: string): string | undefined {
  if (found.has(directory)) return found.get(directory);
  const candidate = path.join(directory, "tsconfig.json");
  const parent = path.dirname(directory);
  const result = fs.existsSync(candidate) ? candidate : parent === directory ? undefined : findTsconfig(parent);
  found.set(directory, result);
  return result;
}
