/**
 * A memory snapshot of freshly started Pyodide with `nightjarpy` imported, made once per Pyodide version,
 * sandbox entry and package contents (all three in its name) and kept in the private cache directory. Starting
 * from it skips the interpreter's initialisation and the package's import (see python/README.md, Start-up
 * cost). It is made by a sandbox process of its own that runs nothing but that import, so no program's code
 * can shape what later sandboxes start from; the way from Python to JavaScript is closed after every restore,
 * as after a plain start.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HostMessage, SandboxFile } from "../sandbox-protocol.js";
import { cacheDirectory } from "./cache-directory.js";
import { spawnSandboxProcess } from "./spawn-sandbox-process.js";

/** Options of {@link pyodideSnapshot}. */
export interface PyodideSnapshotOptions {
  entry: string;
  pyodideDirectory: string;
  pyodideUrl: string;
  /** The `nightjarpy` package, imported into the snapshot. */
  packageFiles: SandboxFile[];
}

const making = new Map<string, Promise<string | undefined>>();
/** A lock older than this was left by a maker that died. */
const staleLockMs = 120_000;
/** Snapshots of other versions are removed once this old (each is ~15 MB; a run of one may still be starting). */
const staleSnapshotMs = 3600_000;

/**
 * Path of the snapshot, made first if needed; `undefined` when it cannot be made or another process is making
 * it right now (this start-up is then a plain, slower one).
 */
export function pyodideSnapshot(options: PyodideSnapshotOptions): Promise<string | undefined> {
  const { version } = JSON.parse(readFileSync(join(options.pyodideDirectory, "package.json"), "utf8")) as { version: string };
  const contents = createHash("sha256").update(options.entry).update(JSON.stringify(options.packageFiles)).digest("hex").slice(0, 16);
  const file = join(cacheDirectory(), `pyodide-${version}-${contents}.snapshot`);
  if (existsSync(file)) return Promise.resolve(file);
  let pending = making.get(file);
  if (pending === undefined) {
    const lock = takeLock(`${file}.lock`);
    if (lock === undefined) return Promise.resolve(undefined);
    // A maker that cannot even start (no Deno binary) must not leave its lock for the next two minutes of runs:
    // this start goes on without a snapshot and reports the problem itself.
    pending = Promise.resolve()
      .then(() => makeSnapshot(options, file))
      .catch(() => undefined)
      .finally(() => rmSync(lock, { force: true }));
    making.set(file, pending);
  }
  return pending;
}

/** One maker at a time across processes (test files start sandboxes in parallel). */
function takeLock(lock: string): string | undefined {
  try {
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > staleLockMs) rmSync(lock, { force: true });
    closeSync(openSync(lock, "wx"));
    return lock;
  } catch {
    return undefined;
  }
}

function makeSnapshot(options: PyodideSnapshotOptions, file: string): Promise<string | undefined> {
  const child = spawnSandboxProcess({ ...options, mounts: [], readable: [] });
  const chunks: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.resume();
  const request: HostMessage = { type: "make-snapshot", pyodideUrl: options.pyodideUrl, packageFiles: options.packageFiles };
  child.stdin?.end(`${JSON.stringify(request)}\n`);
  return new Promise((resolve) => {
    child.once("close", (code) => {
      if (code !== 0 || chunks.length === 0) return resolve(undefined);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, Buffer.concat(chunks));
      renameSync(partial, file);
      removeStaleSnapshots(file);
      resolve(file);
    });
  });
}

function removeStaleSnapshots(current: string): void {
  const directory = cacheDirectory();
  for (const name of readdirSync(directory).filter((entry) => /^pyodide-.*\.snapshot$/.test(entry))) {
    const path = join(directory, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (path !== current && stats !== undefined && Date.now() - stats.mtimeMs > staleSnapshotMs) rmSync(path, { force: true });
  }
}
