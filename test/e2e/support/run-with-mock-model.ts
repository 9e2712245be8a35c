/**
 * Runs a child process (the built CLI, or node with the register hook) against a fresh mock model server:
 * the child uses the real `openai` client over HTTP, configured only through the environment.
 */
import { join } from "node:path";
import { startMockServer, type MockRequest, type MockServerOptions } from "nightjar-ts/testing";
import { repositoryRoot, spawnNode, type SpawnResult } from "./spawn-process.js";

/** The CLI entry point in dist/. */
export const cliMain = join(repositoryRoot, "dist/cli/main.js");

/**
 * One compile cache shared by the e2e tests (entries are keyed by content, so sharing is safe): each example is
 * compiled once per machine. The compiling path itself is tested with a fresh cache in register-and-cache.
 */
const cacheDirectory = join(repositoryRoot, "node_modules/.cache/nightjar-e2e");

/** What the child printed and every request the model server received. */
export interface MockRun extends SpawnResult {
  requests: MockRequest[];
}

/** Options: the node arguments and the model's script; `env` adds to (or, set to "", removes) variables. */
export interface MockRunOptions {
  args: string[];
  script: MockServerOptions["script"];
  env?: Record<string, string>;
  cwd?: string;
  /** Kill the child after this long (default: spawnNode's). */
  timeoutMs?: number;
}

/** Spawns `node ...args` with the model settings pointing at a mock server running `script`. */
export async function runWithMockModel(options: MockRunOptions): Promise<MockRun> {
  const server = await startMockServer({ script: options.script });
  try {
    const result = await spawnNode({
      args: options.args,
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      env: {
        OPENAI_BASE_URL: server.url,
        OPENAI_API_KEY: "test",
        NIGHTJAR_MODEL: "mock",
        NIGHTJAR_CACHE_DIR: cacheDirectory,
        ...options.env,
      },
    });
    return { ...result, requests: server.requests };
  } finally {
    await server.close();
  }
}

/** `nightjar run <file> [args...]` against the mock model. */
export function runExample(options: Omit<MockRunOptions, "args"> & { file: string; args?: string[] }): Promise<MockRun> {
  return runWithMockModel({ ...options, args: [cliMain, "run", options.file, ...(options.args ?? [])] });
}

/** The user message (the block's statement) of a recorded request. */
export function userMessage(request: MockRequest): string {
  const messages = (request.body as { messages: Array<{ role: string; content: string }> }).messages;
  return messages.find((message) => message.role === "user")?.content ?? "";
}

/** The `tool` results sent back to the model in a recorded request. */
export function toolResults(request: MockRequest): string[] {
  const messages = (request.body as { messages: Array<{ role: string; content: string }> }).messages;
  return messages.filter((message) => message.role === "tool").map((message) => message.content);
}
