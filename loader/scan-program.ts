/**
 * A quick look at a program before it runs: does any of its own files (the entry and everything reachable
 * through relative imports; for Python, the entry file alone) hold natural blocks, and does any call `configure(`? Syntax-only and cheap: the
 * TypeScript compiler is not loaded. `nightjar run` uses it to check the model configuration up front, and
 * both entry points to decide whether to preload the runtime (preload-runtime.ts).
 */
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { containsNaturalBlocks } from "../compiler/contains-natural-blocks.js";
import { importSpecifiers } from "./import-specifiers.js";
import { isPathSpecifier } from "./resolve-candidates.js";
import { resolveImportPath } from "./resolve-import-path.js";

/** What the scan found. */
export interface ProgramScan {
  hasBlocks: boolean;
  configuresInCode: boolean;
  /** The TypeScript files that may hold blocks. */
  blockFiles: string[];
}

/** A Python block is a string statement opening with `natural` in an `@nj.fn` function. */
const pythonBlock = /(?:"""|''')natural\b/;

/** Scans the program's own files, starting at `entry` (node_modules are not followed). */
export function scanProgram(entry: string): ProgramScan {
  const seen = new Set<string>();
  const pending = [entry];
  const scan: ProgramScan = { hasBlocks: false, configuresInCode: false, blockFiles: [] };
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path) || path.includes("/node_modules/")) continue;
    seen.add(path);
    const source = readText(path);
    const hasBlocks = path.endsWith(".py") ? pythonBlock.test(source) : containsNaturalBlocks(source);
    if (hasBlocks && !path.endsWith(".py")) scan.blockFiles.push(path);
    scan.hasBlocks ||= hasBlocks;
    scan.configuresInCode ||= /\bconfigure\s*\(/.test(source);
    for (const specifier of importSpecifiers(source).filter(isPathSpecifier)) {
      const imported = resolveImportPath(dirname(path), specifier);
      if (imported !== undefined) pending.push(imported);
    }
  }
  return scan;
}

/** A file's text; empty when it cannot be read (Node reports a missing entry or import itself). */
function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
