import { describe, expect, it } from "vitest";
import { call, done, json, returnValue } from "../../bench/harness/scripted-reply.js";
import type { ChatRequest } from "../../bench/simulator/chat-request.js";
import { pickReply, type ScriptBook } from "../../bench/simulator/pick-reply.js";

const tools = ["done", "return", "eval"].map((name) => ({ type: "function", function: { name } }));

const natural = (user: string, ...later: ChatRequest["messages"]): ChatRequest => ({
  messages: [{ role: "system", content: "protocol" }, { role: "user", content: user }, ...later],
  tools,
});
const twin = (user: string): ChatRequest => ({ messages: [{ role: "user", content: user }], response_format: { type: "json_schema" } });

const book: ScriptBook = {
  natural: [call("refund please", done({ category: "refund" })), call(["refund please", "urgent"], returnValue(1))],
  twin: [call("refund please", json({ category: "refund" }))],
};

describe("pickReply", () => {
  it("answers a natural request with the tool call of the call whose texts appear", () => {
    const picked = pickReply(book, natural('Classify <email>. email = "refund please"'));
    expect(picked).toEqual({ success: true, beyondScript: false, reply: { kind: "tools", calls: [done({ category: "refund" })] } });
  });

  it("answers a twin request (no tools) with JSON", () => {
    expect(pickReply(book, twin("Email: refund please"))).toMatchObject({ success: true, reply: { kind: "json" } });
  });

  it("prefers the call that names more of the request", () => {
    expect(pickReply(book, natural("urgent: refund please"))).toMatchObject({ reply: { calls: [{ name: "return" }] } });
  });

  it("finds texts the prompt shows JSON-escaped", () => {
    const escaped: ScriptBook = { natural: [call('say "hi"', done())], twin: [] };
    expect(pickReply(escaped, natural(JSON.stringify({ text: 'say "hi"' })))).toMatchObject({ success: true });
  });

  it("repeats the last reply when the conversation goes past the script", () => {
    const later = natural("refund please", { role: "assistant", content: null }, { role: "tool", content: "Error: bad" });
    expect(pickReply(book, later)).toMatchObject({ success: true, beyondScript: true });
  });

  it("says so when nothing is scripted for the request", () => {
    const picked = pickReply(book, natural("something else"));
    expect(picked.success).toBe(false);
    if (!picked.success) expect(picked.message).toContain("no natural answer is scripted for: protocol something else");
  });

  it("refuses to call a tool the request does not offer", () => {
    const picked = pickReply({ natural: [call("x", { name: "break", arguments: {} })], twin: [] }, natural("x"));
    expect(picked).toEqual({ success: false, message: "the script calls `break`, which this request does not offer" });
  });

  it("fails a turn with two tool calls when the request asks for one call per turn, and accepts it otherwise", () => {
    const twoCalls: ScriptBook = { natural: [call("x", [{ name: "eval", arguments: { expression: "1" } }, done()])], twin: [] };
    const oneAtATime = { ...natural("x"), parallel_tool_calls: false };
    expect(pickReply(twoCalls, oneAtATime)).toEqual({
      success: false,
      message: "the script sends 2 tool calls in one turn, but the request asks for one (parallel_tool_calls: false)",
    });
    expect(pickReply(twoCalls, natural("x"))).toMatchObject({ success: true });
  });

  it("fails a call whose arguments the protocol's schema refuses", () => {
    const unknownArgument: ScriptBook = { natural: [call("x", { name: "done", arguments: { result: 1 } })], twin: [] };
    const picked = pickReply(unknownArgument, natural("x"));
    expect(picked.success).toBe(false);
    if (!picked.success) expect(picked.message).toMatch(/^the script calls `done` with arguments its schema refuses: .*result/);
  });

  it("reports two equally good calls with different answers instead of guessing", () => {
    const ambiguous: ScriptBook = { natural: [call("x", done({ a: 1 })), call("x", done({ a: 2 }))], twin: [] };
    expect(pickReply(ambiguous, natural("x"))).toMatchObject({ success: false, message: expect.stringContaining("match equally") });
  });
});
