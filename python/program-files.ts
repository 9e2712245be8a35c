/**
 * Files the sandbox needs, read on the host side (the sandbox itself may not read them): the `nightjarpy`
 * package, and a program with the Python modules beside it (its directory's `.py` files and packages), so
 * `import helpers` works and `inspect` finds the source of hybrid functions. Nothing else of the user's
 * directory is copied: the sandbox sees only what `--mount` shares.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SandboxFile } from "./sandbox-protocol.js";

const maxDepth = 4;
const maxFiles = 1000;

/** The Python packages `nightjarpy` and `nightjar`, as paths relative to the sandbox's package root. */
export function packageFiles(): SandboxFile[] {
  const root = pythonPackagesDirectory();
  return ["nightjarpy", "nightjar"].flatMap((name) =>
    readdirSync(join(root, name))
      .filter((file) => file.endsWith(".py"))
      .map((file) => ({ path: `${name}/${file}`, content: readFileSync(join(root, name, file), "utf8") })),
  );
}

/** The program and the Python modules next to it, at their absolute paths. */
export function programFiles(file: string): SandboxFile[] {
  const found: SandboxFile[] = [{ path: file, content: readFileSync(file, "utf8") }];
  collectModules({ directory: dirname(file), depth: 0, skip: file, found });
  return found;
}

function collectModules(options: { directory: string; depth: number; skip: string; found: SandboxFile[] }): void {
  const { directory, depth, skip, found } = options;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (found.length >= maxFiles) return;
    const path = join(directory, entry.name);
    if (entry.isFile() && entry.name.endsWith(".py") && path !== skip) {
      found.push({ path, content: readFileSync(path, "utf8") });
    } else if (entry.isDirectory() && depth < maxDepth && existsSync(join(path, "__init__.py"))) {
      collectModules({ directory: path, depth: depth + 1, skip, found });
    }
  }
}

/** `python/` of this package, from the source tree (`python/*.ts`) or the build (`dist/python/*.js`). */
function pythonPackagesDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [here, join(here, "..", "..", "python")];
  const found = candidates.find((candidate) => existsSync(join(candidate, "nightjarpy", "__init__.py")));
  if (found === undefined) throw new Error(`nightjar-ts: the nightjarpy package is missing (looked in ${candidates.join(", ")})`);
  return found;
}

/** Whether `path` is an existing directory. */
export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
