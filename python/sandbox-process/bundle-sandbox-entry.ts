/**
 * The sandbox process runs one self-contained file: `child/main` bundled with the runtime's episode loop by
 * esbuild. One file means Deno needs to grant read access to just it (and Pyodide's own
 * files) — not to this package, `node_modules` or the user's project. Stored in the private cache directory by
 * content hash, so concurrent runs share it and a stale one is never used; beside it, a record of the source
 * files it was built from and their hashes, so a later process finds it by reading those files (a few
 * milliseconds) instead of running esbuild again (half a second of CPU, more on a busy machine).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
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
  const record = join(cacheDirectory(), `python-sandbox-sources-${createHash("sha256").update(entry).digest("hex").slice(0, 16)}.json`);
  return builtFrom(record) ?? buildBundle(entry, record);
}

/** What a record says was built from sources that have not changed since, if it still exists. */
function builtFrom(record: string): string | undefined {
  try {
    const { bundle, sources } = JSON.parse(readFileSync(record, "utf8")) as BuildRecord;
    const unchanged = Object.entries(sources).every(([file, hash]) => hashOf(readFileSync(file)) === hash);
    return unchanged && existsSync(bundle) ? bundle : undefined;
  } catch {
    return undefined;
  }
}

interface BuildRecord {
  bundle: string;
  /** Absolute path of every source file esbuild read, with the hash of its content. */
  sources: Record<string, string>;
}

async function buildBundle(entry: string, record: string): Promise<string> {
  // Loaded only when a build is needed: importing esbuild costs more than finding a recorded bundle.
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    metafile: true,
    absWorkingDir: process.cwd(),
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  const hash = hashOf(code);
  const directory = cacheDirectory();
  const file = join(directory, `python-sandbox-${hash}.mjs`);
  if (!existsSync(file)) {
    writeAtomically(file, code);
    removeStaleBundles(directory);
  }
  const sources = Object.fromEntries(Object.keys(result.metafile.inputs).map((input) => [resolve(process.cwd(), input), ""]));
  for (const source of Object.keys(sources)) sources[source] = hashOf(readFileSync(source));
  writeAtomically(record, JSON.stringify({ bundle: file, sources } satisfies BuildRecord));
  return file;
}

function hashOf(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

function writeAtomically(file: string, content: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}

function removeStaleBundles(directory: string): void {
  for (const name of readdirSync(directory).filter((entry) => entry.startsWith("python-sandbox-"))) {
    const path = join(directory, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats !== undefined && Date.now() - stats.mtimeMs > staleBundleMs) rmSync(path, { force: true });
  }
}
