/**
 * Where the sandbox's generated files (the bundled entry, the Pyodide memory snapshot) are kept: a folder of
 * this user's own under the OS temp directory — the sandbox runs what it finds there.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { privateDirectory } from "../../runtime/private-directory.js";

export function cacheDirectory(): string {
  return privateDirectory(join(tmpdir(), `nightjar-ts-${process.getuid?.() ?? 0}`));
}
