import fs from "node:fs";
import type { Project, ts } from "ts-morph";

const seen = new WeakMap<Project, Map<string, number>>();

/**
 * Re-reads the files an earlier compile loaded that changed on disk since (by modification time), so a
 * long-lived process (watch mode, a dev server) never analyses a block against stale imported types.
 */
export function refreshChangedFiles(project: Project): void {
  const times = seen.get(project);
  if (!times) return;
  for (const [filePath, time] of times) {
    const modified = modifiedTime(filePath);
    if (modified === time) continue;
    times.set(filePath, modified);
    project.getSourceFile(filePath)?.refreshFromFileSystemSync();
  }
}

/** Records the modification times of the program's own files (node_modules and the default lib excluded). */
export function rememberProgramFiles(project: Project, program: ts.Program): void {
  const times = seen.get(project) ?? new Map<string, number>();
  seen.set(project, times);
  for (const { fileName } of program.getSourceFiles()) {
    if (!fileName.includes("/node_modules/") && !times.has(fileName)) times.set(fileName, modifiedTime(fileName));
  }
}

function modifiedTime(filePath: string): number {
  try {
    return fs.statSync(filePath).mtimeMs;
  } catch {
    return -1; // deleted (or never on disk): refreshing drops it
  }
}
