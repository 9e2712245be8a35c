/**
 * The sandbox process runs one self-contained file: `child/main` bundled with the runtime's episode loop by
 * esbuild. One file means Deno needs to grant read access to just it (and Pyodide's own
 * files) — not to this package, `node_modules` or the user's project. Built once per process, stored in the
 * private cache directory by content hash, so concurrent runs share it and a stale one is never used.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { cacheDirectory } from "./cache-directory.js";

let bundled: Promise<string> | undefined;
/** Bundles of other versions are removed once this old (a run of one may still be starting). */
const staleBundleMs = 24 * 3600_000;

/** Path of the bundled sandbox entry. */
export function bundleSandboxEntry(): Promise<string> {
  return (bundled ??= writeBundle());
}

async function writeBundle(): Promise<string> {
  const extension = import.meta.url.endsWith(".ts") ? "ts" : "js";
  const entry = fileURLToPath(new URL(`../child/main.${extension}`, import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const directory = cacheDirectory();
  const file = join(directory, `python-sandbox-${hash}.mjs`);
  if (!existsSync(file)) {
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    removeStaleBundles(directory);
  }
  return file;
}

function removeStaleBundles(directory: string): void {
  for (const name of readdirSync(directory).filter((entry) => entry.startsWith("python-sandbox-"))) {
    const path = join(directory, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats !== undefined && Date.now() - stats.mtimeMs > staleBundleMs) rmSync(path, { force: true });
  }
}
