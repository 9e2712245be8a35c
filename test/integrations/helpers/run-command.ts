/** Runs an installed program (an npm binary, a bin link) directly, as a shell would, and collects its output. */
import { spawn } from "node:child_process";
import type { RunResult } from "./run-node.js";

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  cwd: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function runCommand(options: RunCommandOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}
