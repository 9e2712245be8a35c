/**
 * A hash of the compiler's own files, so a compile cache entry made by another build of the compiler is never
 * used (a version number alone would miss every unreleased change).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

let fingerprint: string | undefined;

/** Hash of every file under the compiler's folder, computed once per process. */
export function compilerFingerprint(): string {
  fingerprint ??= hashDirectory(fileURLToPath(new URL("../compiler/", import.meta.url)));
  return fingerprint;
}

function hashDirectory(directory: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(directory).sort()) {
    hash.update(file).update("\0").update(readFileSync(join(directory, file))).update("\0");
  }
  return hash.digest("hex");
}

function listFiles(directory: string): string[] {
  try {
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(directory.length));
  } catch {
    return [];
  }
}
