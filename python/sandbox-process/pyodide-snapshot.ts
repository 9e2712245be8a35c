/**
 * A memory snapshot of freshly started Pyodide, made once per Pyodide version and kept in the private cache
 * directory. Starting from it skips the interpreter's initialisation: about 0.5 s instead of 1.5 s on an idle
 * machine (and far less than the 5–7 s a busy 2-core machine takes). It is made by a sandbox process of its
 * own that runs nothing else, so no program's code can shape what later sandboxes start from.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HostMessage } from "../sandbox-protocol.js";
import { cacheDirectory } from "./cache-directory.js";
import { spawnSandboxProcess } from "./spawn-sandbox-process.js";

/** Options of {@link pyodideSnapshot}. */
export interface PyodideSnapshotOptions {
  entry: string;
  pyodideDirectory: string;
  pyodideUrl: string;
}

const making = new Map<string, Promise<string | undefined>>();
/** A lock older than this was left by a maker that died. */
const staleLockMs = 120_000;

/**
 * Path of the snapshot, made first if needed; `undefined` when it cannot be made or another process is making
 * it right now (this start-up is then a plain, slower one).
 */
export function pyodideSnapshot(options: PyodideSnapshotOptions): Promise<string | undefined> {
  const { version } = JSON.parse(readFileSync(join(options.pyodideDirectory, "package.json"), "utf8")) as { version: string };
  const file = join(cacheDirectory(), `pyodide-${version}-deno.snapshot`);
  if (existsSync(file)) return Promise.resolve(file);
  let pending = making.get(file);
  if (pending === undefined) {
    const lock = takeLock(`${file}.lock`);
    if (lock === undefined) return Promise.resolve(undefined);
    pending = makeSnapshot(options, file).finally(() => rmSync(lock, { force: true }));
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
  const request: HostMessage = { type: "make-snapshot", pyodideUrl: options.pyodideUrl };
  child.stdin?.end(`${JSON.stringify(request)}\n`);
  return new Promise((resolve) => {
    child.once("close", (code) => {
      if (code !== 0 || chunks.length === 0) return resolve(undefined);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, Buffer.concat(chunks));
      renameSync(partial, file);
      resolve(file);
    });
  });
}
