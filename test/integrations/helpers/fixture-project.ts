/**
 * A fixture folder copied to a temporary project, laid out as if nightjar-ts were installed there: its
 * node_modules links `nightjar-ts` to this repository (so the built dist/ and the package's `exports` are what
 * gets used) and the build tools to the repository's own copies.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runNode, type RunResult } from "./run-node.js";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const fixturesRoot = fileURLToPath(new URL("../fixtures/", import.meta.url));

const linkedPackages = [
  "vite",
  "rollup",
  "rollup-plugin-esbuild",
  "esbuild",
  "webpack",
  "ts-loader",
  "typescript",
  "ts-patch",
  "ts-node",
  "@types/node",
];

/** A temporary copy of one fixture. */
export interface FixtureProject {
  dir: string;
  /** Runs `node ...args` in the project. */
  node(args: string[], env?: Record<string, string>): Promise<RunResult>;
  readFile(relativePath: string): Promise<string>;
  /** Rewrites one file of the project (to break a block, say). */
  editFile(relativePath: string, edit: (text: string) => string): Promise<void>;
  remove(): Promise<void>;
}

/** Fails with what to do when the package was not built: the fixtures use dist/ through the package's exports. */
export function assertPackageBuilt(): void {
  if (!existsSync(path.join(repositoryRoot, "dist/integrations/unplugin.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first (`npm test` does it for you).");
  }
}

export async function createFixtureProject(name: string): Promise<FixtureProject> {
  assertPackageBuilt();
  const dir = await mkdtemp(path.join(os.tmpdir(), `nightjar-${name}-`));
  await cp(path.join(fixturesRoot, name), dir, { recursive: true });
  await linkNodeModules(dir);
  return {
    dir,
    node: (args, env) => runNode({ cwd: dir, args, env }),
    readFile: (relativePath) => readFile(path.join(dir, relativePath), "utf8"),
    async editFile(relativePath, edit) {
      const file = path.join(dir, relativePath);
      await writeFile(file, edit(await readFile(file, "utf8")));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

async function linkNodeModules(dir: string): Promise<void> {
  const nodeModules = path.join(dir, "node_modules");
  await mkdir(path.join(nodeModules, "@types"), { recursive: true });
  await symlink(repositoryRoot, path.join(nodeModules, "nightjar-ts"), "dir");
  for (const name of linkedPackages) {
    await symlink(path.join(repositoryRoot, "node_modules", name), path.join(nodeModules, name), "dir");
  }
}
