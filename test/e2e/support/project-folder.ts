/**
 * A throwaway project folder outside the repository, where `nightjar-ts` resolves to this package through
 * node_modules (as it would after `npm install nightjar-ts`).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repositoryRoot } from "./spawn-process.js";

/** Creates the folder with a package.json of the given module type; returns its path. */
export function projectFolder(type: "module" | "commonjs" = "module"): string {
  const folder = mkdtempSync(join(tmpdir(), "nj-project-"));
  writeFileSync(join(folder, "package.json"), JSON.stringify({ type }));
  mkdirSync(join(folder, "node_modules"));
  symlinkSync(repositoryRoot, join(folder, "node_modules", "nightjar-ts"), "dir");
  return folder;
}
