/**
 * A folder of this user's own, for files nightjar-ts later runs or trusts (the Python sandbox's bundle and
 * memory snapshot, the compile service's socket, compiled modules in a shared temp folder). Its name under the
 * OS temp directory is predictable, so another local user could create it first and plant files in it or listen
 * on its socket: the folder is created readable by its owner only, and an existing one is used only if this
 * user owns it and nobody else may enter it.
 */
import { lstatSync, mkdirSync } from "node:fs";
import { UnsafeDirectoryError } from "./errors/unsafe-directory-error.js";

export function privateDirectory(directory: string): string {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const uid = process.getuid?.();
  if (uid === undefined) return directory; // Windows: per-user temp folders, no POSIX owners to check.
  const stats = lstatSync(directory);
  if (!stats.isDirectory()) throw new UnsafeDirectoryError(directory, "is not a folder (a link?)");
  if (stats.uid !== uid) throw new UnsafeDirectoryError(directory, `belongs to another user (uid ${stats.uid})`);
  if ((stats.mode & 0o077) !== 0) throw new UnsafeDirectoryError(directory, `may be opened by other users (mode ${(stats.mode & 0o777).toString(8)})`);
  return directory;
}
