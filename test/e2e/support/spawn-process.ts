/**
 * Runs a child process to completion and collects what it printed. The environment is the test's, minus any
 * model settings of the machine (tests must never reach a real model), plus what the test passes.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Root of the repository (the tests run the built CLI and loader from dist/). */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** How to run the child. */
export interface SpawnOptions {
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
  /** Kill the child after this long (a hung child must fail the test, not the suite). */
  timeoutMs?: number;
}

/** How the child ended. */
export interface SpawnResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const modelVariables = ["OPENAI_BASE_URL", "OPENAI_API_KEY", "NIGHTJAR_MODEL", "NIGHTJAR_TRACE", "NIGHTJAR_CACHE_DIR", "NIGHTJAR_MODELS_DIR", "NIGHTJAR_GPU"];

/** Spawns `node` with `args` and waits for it to exit. */
export function spawnNode(options: SpawnOptions): Promise<SpawnResult> {
  if (!existsSync(new URL("dist/cli/main.js", `file://${repositoryRoot}`))) {
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  }
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" };
  for (const name of modelVariables) delete env[name];
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd ?? repositoryRoot,
    env: { ...env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // Generous: a cold compile in a fresh process takes seconds idle and far longer on a busy machine.
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 150_000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
