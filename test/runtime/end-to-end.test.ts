/** The real `openai` client over HTTP against the loopback mock server. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NaturalBlockError, NightjarError } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { textReply, toolCall } from "../../runtime/testing/index.js";
import { makeBlock, valueRead, write } from "./support/make-block.js";
import { useMockModel } from "./support/mock-model.js";

const classify = makeBlock({
  instruction: "Classify <email> into <:category>.",
  reads: [valueRead("email", "string")],
  writes: [write("category", '"refund" | "question"', z.enum(["refund", "question"]))],
});
const invocation = { scope: { email: "Where is my money?" }, interpolations: [] };
const answer = toolCall("done", { outputs: { category: "refund" } });

async function failure(promise: Promise<unknown>): Promise<NaturalBlockError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof NaturalBlockError)) throw new Error(`expected a NaturalBlockError, got ${String(error)}`);
  return error;
}

describe("runBlock against an OpenAI-compatible server", () => {
  it("completes in one request with tool_choice required and no parallel tool calls", async () => {
    const server = await useMockModel([answer]);
    const outcome = await runBlock(classify, invocation);
    expect(outcome).toEqual({ exit: "done", writes: { category: "refund" } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body).toMatchObject({ model: "test-model", tool_choice: "required", parallel_tool_calls: false });
    expect(server.requests[0]?.headers.authorization).toBe("Bearer test-key");
  });

  it("repairs after a validation error: the second request carries the Error: result", async () => {
    const server = await useMockModel([toolCall("done", { outputs: { category: "complaint" } }), answer]);
    const outcome = await runBlock(classify, invocation);
    expect(outcome.writes).toEqual({ category: "refund" });
    const messages = (server.requests[1]?.body as { messages: { role: string; content: string }[] }).messages;
    expect(messages.at(-1)?.role).toBe("tool");
    expect(messages.at(-1)?.content).toMatch(/^Error: done was not accepted[\s\S]*- category:/);
  });

  it("supports each exit the block's site allows", async () => {
    const loop = { ...classify, exits: { loop: {}, throws: [] } };
    await useMockModel([toolCall("break", { outputs: { category: "question" } }), toolCall("continue", { outputs: { category: "refund" } })]);
    expect(await runBlock(loop, invocation)).toEqual({ exit: "break", writes: { category: "question" } });
    expect(await runBlock(loop, invocation)).toEqual({ exit: "continue", writes: { category: "refund" } });

    class NotAnEmailError extends Error {}
    const inFunction = makeBlock({
      instruction: "Score <email>.",
      reads: [valueRead("email", "string"), { name: "NotAnEmailError", kind: "class", typeText: "typeof NotAnEmailError" }],
      exits: { return: { typeText: "number", schema: z.number() }, throws: ["NotAnEmailError"] },
    });
    await useMockModel([toolCall("return", { value: 4 }), toolCall("raise", { error: { type: "NotAnEmailError", message: "spam" } })]);
    const scope = { email: "x", NotAnEmailError };
    expect(await runBlock(inFunction, { scope, interpolations: [] })).toEqual({ exit: "return", writes: {}, value: 4 });
    const raised = await runBlock(inFunction, { scope, interpolations: [] }).catch((error: unknown) => error);
    expect(raised).toBeInstanceOf(NotAnEmailError);
    expect((raised as Error).message).toBe("spam");
  });

  it("retries 500s and 429s, honouring Retry-After, with exponential backoff", async () => {
    const server = await useMockModel([
      { fault: "status", status: 500 },
      { fault: "status", status: 503 },
      { fault: "status", status: 429, retryAfter: 7 },
      answer,
    ]);
    expect((await runBlock(classify, invocation)).writes).toEqual({ category: "refund" });
    expect(server.requests).toHaveLength(4);
    // base 500 ms * 2^attempt * jitter 0.5; the 429 waits at least its 7 s
    expect(server.delays).toEqual([250, 500, 7000]);
  });

  it("retries a request that times out, a reset connection, a truncated body and a non-JSON body", async () => {
    // The hang must time out while every other request answers in time, also on a busy machine.
    const server = await useMockModel([{ fault: "hang" }, { fault: "reset" }, { fault: "truncated" }, { fault: "non-json" }, answer], {
      requestTimeoutMs: 3_000,
      maxRetries: 4,
    });
    expect((await runBlock(classify, invocation)).writes).toEqual({ category: "refund" });
    expect(server.requests).toHaveLength(5);
    expect(server.delays).toHaveLength(4);
  });

  it("gives up after maxRetries with a model-error that keeps the cause", async () => {
    const server = await useMockModel(() => ({ fault: "status", status: 502 }), { maxRetries: 2 });
    const error = await failure(runBlock(classify, invocation));
    expect(error.reason).toBe("model-error");
    expect(server.requests).toHaveLength(3);
    expect(NightjarError.isInstance(error.cause)).toBe(true);
    expect(error.message).toMatch(/^app\/main\.ts:7:3 - natural block failed \(model-error\)/);
  });

  it("does not retry a request the server rejects (400)", async () => {
    const server = await useMockModel([{ fault: "status", status: 400 }, answer]);
    expect((await failure(runBlock(classify, invocation))).reason).toBe("model-error");
    expect(server.requests).toHaveLength(1);
  });

  it("stops a block that outlives blockTimeoutMs", async () => {
    await useMockModel([{ fault: "hang" }], { blockTimeoutMs: 200 });
    const error = await failure(runBlock(classify, invocation));
    expect(error.reason).toBe("timeout");
  });

  it("reminds a model that answers in plain text", async () => {
    const server = await useMockModel([textReply("It is a refund."), answer]);
    expect((await runBlock(classify, invocation)).writes).toEqual({ category: "refund" });
    const messages = (server.requests[1]?.body as { messages: { role: string; content: string }[] }).messages;
    expect(messages.at(-1)).toMatchObject({ role: "user" });
    expect(messages.at(-1)?.content).toMatch(/^Error: reply with a tool call/);
  });

  it("writes nothing and reports the last turns when the limit is reached", async () => {
    const order = { id: 1, items: ["pen"], status: "new" };
    const block = makeBlock({
      instruction: "Set <:status> for <order>.",
      reads: [valueRead("order", "{ id: number; items: string[]; status: string }")],
      writes: [write("order.status", '"shipped"', z.literal("shipped"))],
    });
    await useMockModel(() => toolCall("done", { outputs: { "order.status": "lost" } }), { maxToolCalls: 3 });
    const error = await failure(runBlock(block, { scope: { order }, interpolations: [] }));
    expect(error.reason).toBe("invalid-exit");
    expect(error.lastTurns).toHaveLength(3);
    expect(error.lastTurns[0]?.toolCalls[0]?.result).toMatch(/^Error: done was not accepted/);
    expect(error.message).toContain("Nothing was written.");
    expect(order).toEqual({ id: 1, items: ["pen"], status: "new" });
  });
});
