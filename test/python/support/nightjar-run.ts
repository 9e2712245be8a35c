/**
 * `nightjar run` (the built CLI) in a child process, with the model on a mock server (simulated; no real model
 * is reached). No time limit of its own: a test that uses it sets one (a busy machine stretches wall time).
 */
import { spawn } from "node:child_process";
import { startMockServer, type MockRequest, type MockServerOptions } from "nightjar-ts/testing";
import { cliMain } from "../../e2e/support/run-with-mock-model.js";

/** What the run printed, its exit code and every request the model server received. */
export interface NightjarRun {
  code: number | null;
  stdout: string;
  stderr: string;
  requests: MockRequest[];
  wallMs: number;
}

/** Runs `nightjar run ...args` with `env` added to the test's environment (model settings pointing at the mock), and `input` on its stdin. */
export async function nightjarRun(args: string[], script: MockServerOptions["script"], env: Record<string, string> = {}, input?: string): Promise<NightjarRun> {
  const server = await startMockServer({ script });
  const started = performance.now();
  try {
    const child = spawn(process.execPath, [cliMain, "run", ...args], {
      env: { ...process.env, OPENAI_BASE_URL: server.url, OPENAI_API_KEY: "test", NIGHTJAR_MODEL: "mock", NO_COLOR: "1", ...env },
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    child.stdin?.end(input);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    return { code, stdout, stderr, requests: server.requests, wallMs: performance.now() - started };
  } finally {
    await server.close();
  }
}
