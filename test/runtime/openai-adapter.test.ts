/** The adapter wraps every failure of the `openai` client once, into a ModelCallError of the right kind. */
import { afterEach, describe, expect, it } from "vitest";
import { ModelCallError, type ModelCallFailure } from "../../runtime/index.js";
import { createOpenAIChatModel } from "../../runtime/model/openai-chat-model.js";
import { startMockServer, toolCall, type MockReply, type MockServer } from "../../runtime/testing/index.js";

let server: MockServer | undefined;
afterEach(async () => server?.close());

const request = { messages: [{ role: "user" as const, content: "hi" }], tools: [] };

async function failureOf(reply: MockReply, options: { signal?: AbortSignal } = {}): Promise<ModelCallError> {
  server = await startMockServer({ script: [reply] });
  // Only a request that hangs should reach the timeout; the others must fail their own way even when a busy
  // machine answers slowly.
  const requestTimeoutMs = "fault" in reply && reply.fault === "hang" ? 300 : 60_000;
  const model = createOpenAIChatModel({ model: "m", baseURL: server.url, requestTimeoutMs });
  const error = await model.complete(request, options).then(() => undefined, (caught: unknown) => caught);
  if (!ModelCallError.isInstance(error)) throw new Error(`expected a ModelCallError, got ${String(error)}`);
  return error as ModelCallError;
}

describe("the openai adapter", () => {
  it("returns tool calls and usage in the runtime's own form", async () => {
    server = await startMockServer({ script: [{ ...toolCall("done", { outputs: { a: 1 } }), usage: { promptTokens: 11, completionTokens: 5 } }] });
    const model = createOpenAIChatModel({ model: "m", baseURL: server.url, requestTimeoutMs: 60_000 });
    const response = await model.complete(request);
    expect(response).toEqual({
      content: null,
      toolCalls: [{ id: "call_1_1", name: "done", arguments: '{"outputs":{"a":1}}' }],
      usage: { promptTokens: 11, completionTokens: 5 },
    });
    expect(model.description).toBe(`m @ ${server.url}`);
  });

  const cases: [string, ModelCallFailure, MockReply, boolean][] = [
    ["429", "rate-limit", { fault: "status", status: 429, retryAfter: 2 }, true],
    ["500", "server", { fault: "status", status: 500 }, true],
    ["401", "rejected", { fault: "status", status: 401 }, false],
    ["a request timeout", "timeout", { fault: "hang" }, true],
    ["a reset connection", "network", { fault: "reset" }, true],
    ["a truncated body", "network", { fault: "truncated" }, true],
    ["a body that is not JSON", "bad-response", { fault: "non-json" }, true],
  ];
  it.each(cases)("maps %s to %s", async (_name, failure, reply, retryable) => {
    const error = await failureOf(reply);
    expect(error.failure).toBe(failure);
    expect(error.retryable).toBe(retryable);
  });

  it("reads Retry-After in seconds", async () => {
    expect((await failureOf({ fault: "status", status: 429, retryAfter: 2 })).retryAfterMs).toBe(2000);
  });

  it("reports an abort by the caller as aborted", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await failureOf({ fault: "hang" }, { signal: controller.signal })).failure).toBe("aborted");
  });
});
