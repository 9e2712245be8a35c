/**
 * The files `nightjar compile` works on: the given files, and every file under the given folders (skipping
 * node_modules, .git and the output folder). Paths come back relative to the inputs' common root, which is
 * where they go under --outDir.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { CliUsageError } from "./cli-usage-error.js";

/** One input file: where it is and where it goes under the output folder. */
export interface SourceFile {
  path: string;
  relativePath: string;
}

const skippedFolders = new Set(["node_modules", ".git"]);

/** Collects the input files; throws a usage error for an input that does not exist. */
export function collectFiles(options: { inputs: string[]; outDir: string }): SourceFile[] {
  const outDir = resolve(options.outDir);
  const inputs = options.inputs.map((input) => ({ input, path: resolve(input), stat: statOf(input) }));
  const root = commonRoot(inputs.map(({ path, stat }) => (stat.isDirectory() ? path : dirname(path))));
  const paths = inputs.flatMap(({ path, stat }) => (stat.isDirectory() ? walk(path, outDir) : [path]));
  return [...new Set(paths)].sort().map((path) => ({ path, relativePath: relative(root, path) }));
}

function statOf(input: string) {
  try {
    return statSync(input);
  } catch {
    throw new CliUsageError(`cannot find ${input}`);
  }
}

function walk(directory: string, outDir: string): string[] {
  if (directory === outDir) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : walk(path, outDir);
    return entry.isFile() ? [path] : [];
  });
}

/** The deepest folder containing every given folder. */
export function commonRoot(folders: string[]): string {
  const split = folders.map((folder) => folder.split(sep));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length += 1;
  return first.slice(0, length).join(sep) || sep;
}
