/**
 * A temporary folder with a strict tsconfig, for in-process tests that need real files on disk. nightjar-ts is
 * linked into its node_modules: the compiler recognises the `natural` tag by where its type is declared.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { assertPackageBuilt, repositoryRoot } from "./fixture-project.js";

/** A temporary TypeScript project. */
export interface ScratchProject {
  dir: string;
  /** Writes a file and returns its absolute path. */
  write(relativePath: string, text: string): Promise<string>;
  remove(): Promise<void>;
}

const tsconfig = {
  compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: true, types: [] },
};

export async function createScratchProject(): Promise<ScratchProject> {
  assertPackageBuilt();
  const dir = await mkdtemp(path.join(os.tmpdir(), "nightjar-scratch-"));
  await mkdir(path.join(dir, "node_modules"));
  await symlink(repositoryRoot, path.join(dir, "node_modules", "nightjar-ts"), "dir");
  await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  return {
    dir,
    async write(relativePath, text) {
      const file = path.join(dir, relativePath);
      await writeFile(file, text);
      return file;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
