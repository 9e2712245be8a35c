/**
 * Python blocks against the configured model, as `nightjar run` uses them: an OpenAI-compatible mock server on
 * 127.0.0.1 (simulated model) reached through the runtime's model stack with retries, the block time limit,
 * trace events, and the error when no model is configured.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configure, onTrace, type TraceEvent } from "../../runtime/index.js";
import { resetConfiguration, startMockServer, toolCall, type MockServer } from "../../runtime/testing/index.js";
import { startPythonSandbox, type PythonSandbox } from "../../python/python-sandbox.js";
import { captured, fixture } from "./support/python-harness.js";

const modelVariables = ["NIGHTJAR_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "NIGHTJAR_TRACE"] as const;
const savedEnvironment = Object.fromEntries(modelVariables.map((name) => [name, process.env[name]]));
let sandbox: PythonSandbox;
let server: MockServer | undefined;

beforeAll(async () => {
  for (const name of modelVariables) delete process.env[name];
  sandbox = await startPythonSandbox({ stdin: "ignore" });
});
afterEach(async () => {
  resetConfiguration();
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  Object.assign(process.env, Object.fromEntries(Object.entries(savedEnvironment).filter(([, value]) => value !== undefined)));
  await sandbox?.close();
});

async function run(file: string) {
  const stdout = captured();
  const stderr = captured();
  const code = await sandbox.run({ file, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe("the configured model", () => {
  it("is called over HTTP through the runtime's model stack, retrying a 429, and traced", async () => {
    server = await startMockServer({ script: [{ fault: "status", status: 429, retryAfter: 0 }, toolCall("done", { outputs: { word_count: 4 } })] });
    configure({ baseURL: server.url, model: "nightjar-mock", maxRetries: 2, internal: { sleep: async () => undefined } });
    const events: TraceEvent[] = [];
    const stop = onTrace((event) => events.push(event));
    const result = await run(fixture("reads_writes.py"));
    stop();
    expect(result).toEqual({ code: 0, stdout: "4 words (int)\n", stderr: "" });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body).toMatchObject({ model: "nightjar-mock", tool_choice: "required", parallel_tool_calls: false });
    expect(events.map((event) => event.type)).toEqual(["block-start", "model-request", "model-response", "block-end", "state-commit"]);
    expect(events[0]).toMatchObject({ blockId: "reads_writes.py:7:5", location: { line: 7, column: 5 } });
    expect(events.at(-2)).toMatchObject({ type: "block-end", exit: "done", toolCalls: 1 });
    // The state the block could change, for the trace viewer's diff (as for TypeScript blocks).
    expect(events.at(-1)).toMatchObject({ type: "state-commit", before: '{\n  "text": "the quick brown fox"\n}', after: '{\n  "text": "the quick brown fox",\n  "word_count": 4\n}' });
  });

  it("turns a block that runs past blockTimeoutMs into a NaturalBlockError the program can catch", async () => {
    server = await startMockServer({ script: [{ fault: "hang" }] });
    configure({ baseURL: server.url, model: "nightjar-mock", blockTimeoutMs: 300, maxRetries: 0 });
    const result = await run(fixture("guarded.py"));
    expect(result.stdout).toMatch(/^NaturalBlockError: timeout\n.*guarded\.py:6:5 - natural block failed \(timeout\): the block ran longer than blockTimeoutMs \(300 ms\)/);
  });

  it("says what to set when no model is configured", async () => {
    const result = await run(fixture("guarded.py"));
    expect(result.stdout).toMatch(/^NightjarError: -\n.*NIGHTJAR_MODEL/s);
    expect(result.stdout).toContain("guarded.py:6:5");
  });
});
