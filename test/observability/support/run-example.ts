/**
 * Runs an example with `nightjar run` against the mock server (to record, or with a cache) or against no server
 * at all (to replay). Child processes get a generous time limit: the first run compiles the example, which
 * takes long on a loaded machine.
 */
import { join } from "node:path";
import { startMockServer, type MockRequest, type MockServerOptions } from "nightjar-ts/testing";
import type { ExampleRun } from "../../e2e/support/example-scripts.js";
import { cliMain } from "../../e2e/support/run-with-mock-model.js";
import { repositoryRoot, spawnNode, type SpawnResult } from "../../e2e/support/spawn-process.js";

/** The API key every run is given; it must never be written anywhere. */
export const apiKey = "sk-test-secret-never-written-0123456789";

const compileCache = join(repositoryRoot, "node_modules/.cache/nightjar-e2e");
const timeoutMs = 240_000;

/** `nightjar run` against a fresh mock server answering with the example's script (or `script`). */
export async function recordRun(run: ExampleRun & { script: MockServerOptions["script"] }, env: Record<string, string>, extraArgs: string[] = []): Promise<SpawnResult & { requests: MockRequest[] }> {
  const server = await startMockServer({ script: run.script });
  try {
    const result = await spawnNode({
      args: [cliMain, "run", ...extraArgs, run.file, ...(run.args ?? [])],
      env: { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: apiKey, NIGHTJAR_MODEL: "mock", NIGHTJAR_CACHE_DIR: compileCache, ...env },
      timeoutMs,
    });
    return { ...result, requests: server.requests };
  } finally {
    await server.close();
  }
}

/** `nightjar run` with no model settings and no server: only a cassette can answer. */
export function replayRun(run: ExampleRun, env: Record<string, string>): Promise<SpawnResult> {
  return spawnNode({ args: [cliMain, "run", run.file, ...(run.args ?? [])], env: { NIGHTJAR_CACHE_DIR: compileCache, ...env }, timeoutMs });
}
