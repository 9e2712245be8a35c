/** Runs `node` with arguments in a folder and collects what a terminal would show. */
import { spawn } from "node:child_process";

/** How a finished process ended. */
export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runNode}. */
export interface RunNodeOptions {
  cwd: string;
  args: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function runNode(options: RunNodeOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, options.args, {
      cwd: options.cwd,
      // NO_COLOR keeps bundler output plain, so assertions read it as text.
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

/** A result as text for assertion messages: a failing build should show why. */
export function describeRun(result: RunResult): string {
  return `exit ${result.exitCode}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}
