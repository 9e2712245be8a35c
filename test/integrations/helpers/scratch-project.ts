/** A temporary folder with a strict tsconfig, for in-process tests that need real files on disk. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

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
  const dir = await mkdtemp(path.join(os.tmpdir(), "nightjar-scratch-"));
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
