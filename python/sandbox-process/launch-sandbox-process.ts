/** Everything needed to start a sandbox process: the bundled entry, Pyodide's location and its snapshot. */
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import type { SandboxFile } from "../sandbox-protocol.js";
import { bundleSandboxEntry } from "./bundle-sandbox-entry.js";
import { pyodideSnapshot } from "./pyodide-snapshot.js";
import { spawnSandboxProcess } from "./spawn-sandbox-process.js";

/** A started sandbox process and what its init message must tell it. */
export interface LaunchedSandbox {
  child: ChildProcess;
  pyodideUrl: string;
  snapshot: string | undefined;
}

/** Options of {@link launchSandboxProcess}. */
export interface LaunchOptions {
  mounts: string[];
  memoryMb: number;
  /** The `nightjarpy` package (imported into the Pyodide snapshot). */
  packageFiles: SandboxFile[];
}

export async function launchSandboxProcess({ packageFiles, ...options }: LaunchOptions): Promise<LaunchedSandbox> {
  const entry = await bundleSandboxEntry();
  const pyodideEntry = createRequire(import.meta.url).resolve("pyodide/pyodide.mjs");
  const pyodideDirectory = dirname(pyodideEntry);
  const pyodideUrl = pathToFileURL(pyodideEntry).href;
  const snapshot = await pyodideSnapshot({ entry, pyodideDirectory, pyodideUrl, packageFiles });
  const readable = snapshot === undefined ? [] : [snapshot];
  const child = spawnSandboxProcess({ entry, pyodideDirectory, readable, ...options });
  return { child, pyodideUrl, snapshot };
}
