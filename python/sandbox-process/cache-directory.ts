/**
 * Where the sandbox's generated files (the bundled entry, the Pyodide memory snapshot) are kept: a directory
 * of this user's own under the OS temp directory, readable and writable by nobody else — the sandbox runs
 * what it finds there, so another local user must not be able to plant it.
 */
import { mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function cacheDirectory(): string {
  const uid = process.getuid?.() ?? 0;
  const directory = join(tmpdir(), `nightjar-ts-${uid}`);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const stats = statSync(directory);
  if (stats.uid !== uid || (stats.mode & 0o022) !== 0) {
    throw new Error(`nightjar-ts: ${directory} is not this user's private directory; remove it and run again`);
  }
  return directory;
}
