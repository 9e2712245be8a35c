/** Everything needed to start a sandbox process: the bundled entry, Pyodide's location and its snapshot. */
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleSandboxEntry } from "./bundle-sandbox-entry.js";
import { pyodideSnapshot } from "./pyodide-snapshot.js";
import { spawnSandboxProcess } from "./spawn-sandbox-process.js";

/** A started sandbox process and what its init message must tell it. */
export interface LaunchedSandbox {
  child: ChildProcess;
  pyodideUrl: string;
  snapshot: string | undefined;
}

export async function launchSandboxProcess(options: { mounts: string[]; memoryMb: number }): Promise<LaunchedSandbox> {
  const entry = await bundleSandboxEntry();
  const pyodideEntry = createRequire(import.meta.url).resolve("pyodide/pyodide.mjs");
  const pyodideDirectory = dirname(pyodideEntry);
  const pyodideUrl = pathToFileURL(pyodideEntry).href;
  const snapshot = await pyodideSnapshot({ entry, pyodideDirectory, pyodideUrl });
  const readable = snapshot === undefined ? [] : [snapshot];
  const child = spawnSandboxProcess({ entry, pyodideDirectory, readable, ...options });
  return { child, pyodideUrl, snapshot };
}
