/**
 * Loads the runtime that a program's compiled blocks import, before the loader's hooks are registered. Once
 * hooks exist, Node sends every module resolution and load through the hooks thread; the runtime and its
 * dependencies are a few hundred modules, and loading them here first saves ~150 ms of start-up. Only for
 * programs with blocks (scan-program.ts): the others never load the runtime.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/** Imports `nightjar-ts/internal` as the program will resolve it; does nothing when it does not resolve. */
export async function preloadRuntime(entry: string): Promise<void> {
  let resolved: string;
  try {
    resolved = createRequire(entry).resolve("nightjar-ts/internal");
  } catch {
    // The program's own import will fail and say so; nothing to preload.
    return;
  }
  await import(pathToFileURL(resolved).href);
}
