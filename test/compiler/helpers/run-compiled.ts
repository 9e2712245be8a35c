import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { transform } from "esbuild";
import type { Project } from "ts-morph";
import { compileIn } from "./test-project.js";
import { fakeRuntimeSource } from "./fake-runtime.js";

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nj-compiler-"));
// Generated modules import zod through the fake runtime; let them resolve this repository's packages.
fs.symlinkSync(path.resolve("node_modules"), path.join(directory, "node_modules"), "dir");
const runtimePath = path.join(directory, "fake-runtime.mjs");
fs.writeFileSync(runtimePath, fakeRuntimeSource);
let counter = 0;

/** Removes the temporary programs (call from afterAll). */
export function removeCompiledPrograms(): void {
  fs.rmSync(directory, { recursive: true, force: true });
}

/**
 * Compiles a program in the in-memory project against the fake runtime, strips types with esbuild, writes
 * it to a temporary .mjs and imports it. Throws with the diagnostics if the program does not compile.
 * `runtimeModule` (an absolute path) replaces the fake runtime, e.g. with the real one.
 */
export async function importCompiled(project: Project, source: string, options: { runtimeModule?: string } = {}): Promise<Record<string, any>> {
  const result = compileIn(project, source, { runtimeModule: options.runtimeModule ?? runtimePath });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error");
  if (errors.length > 0 || !result.changed) throw new Error(`did not compile: ${JSON.stringify(result.diagnostics)}`);
  const { code } = await transform(result.code, { loader: "ts", format: "esm", target: "es2022" });
  counter += 1;
  const modulePath = path.join(directory, `program-${counter}.mjs`);
  fs.writeFileSync(modulePath, code);
  return import(pathToFileURL(modulePath).href);
}
