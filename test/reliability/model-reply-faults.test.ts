/**
 * Faults in what the model says, end to end through the real `openai` client and the loopback mock server
 * (simulated model): unknown or unoffered tools, malformed or schema-violating arguments, invalid exits,
 * plain text, endless code actions. Once, each comes back as an `Error:` result (or a reminder) and the model
 * repairs; for ever, each ends in a NaturalBlockError after exactly `maxToolCalls` calls, writing nothing.
 */
import { describe, expect, it } from "vitest";
import type { NaturalBlockFailure } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { maxToolResultChars } from "../../runtime/protocol/clip-tool-result.js";
import { textReply, toolCall, type MockReply, type MockRequest } from "../../runtime/testing/index.js";
import { expectBlockError } from "./support/expect-block-error.js";
import { useFaultBed } from "./support/fault-bed.js";
import { makeOrder, mutateOrder, orderInvocation, shipOrder } from "./support/order-block.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useFaultBed();
const edit = toolCall("exec", { code: mutateOrder });
const outputs = { "order.status": "shipped", summary: "shipped" };
const finish = toolCall("done", { outputs });
const raw = (name: string, args: string): MockReply => ({ toolCalls: [{ name, arguments: args }] });

/** [fault, the reply, what the model is told, how the block ends when the model never stops doing it] */
const replyFaults: [string, MockReply, RegExp, NaturalBlockFailure][] = [
  ["a tool that does not exist", toolCall("search_web", { query: "order 7" }), /^Error: tool `search_web` is not available here; use one of: eval, exec, done, raise$/, "tool-call-limit"],
  ["an exit the site does not offer (return)", toolCall("return", { value: 1 }), /^Error: tool `return` is not available here/, "invalid-exit"],
  ["an exit the site does not offer (break)", toolCall("break", { outputs }), /^Error: tool `break` is not available here/, "invalid-exit"],
  ["arguments that are not JSON", raw("done", '{"outputs": {"summary": "x"'), /^Error: done: arguments are not valid JSON/, "invalid-exit"],
  ["arguments that are a JSON array", raw("exec", '["order.id = 1"]'), /^Error: exec: arguments must be a JSON object$/, "tool-call-limit"],
  ["an argument of the wrong type", toolCall("exec", { code: 42 }), /^Error: exec: bad arguments: .*code/, "tool-call-limit"],
  ["an unknown argument", toolCall("eval", { expression: "1", language: "python" }), /^Error: eval: bad arguments: .*language/i, "tool-call-limit"],
  ["outputs of the wrong type", toolCall("done", { outputs: { "order.status": "lost", summary: 5 } }), /^Error: done was not accepted[^]*- order\.status:[^]*- summary:/, "invalid-exit"],
  ["an output the block does not have", toolCall("done", { outputs: { ...outputs, total: 3 } }), /^Error: done was not accepted[^]*- total: not an output of this block/, "invalid-exit"],
  ["a missing output", toolCall("done", { outputs: { "order.status": "shipped" } }), /^Error: done was not accepted[^]*- summary: missing/, "invalid-exit"],
  ["an error type the block may not raise", toolCall("raise", { error: { type: "TypeError", message: "no" } }), /^Error: raise: error type `TypeError` is not allowed here; use one of: Error$/, "invalid-exit"],
  ["raise with neither variable nor error", toolCall("raise", {}), /^Error: pass either `variable` or `error/, "invalid-exit"],
  ["code that throws", toolCall("exec", { code: "order.items[9].qty = 1" }), /^Error: TypeError/, "tool-call-limit"],
  ["a syntax error", toolCall("exec", { code: "order.id = = 2" }), /^Error: SyntaxError/, "tool-call-limit"],
];

describe("a bad reply comes back as an Error: result and the model repairs it", () => {
  it.each(replyFaults)("%s", async (_name, reply, told) => {
    const order = makeOrder();
    const customer = order.customer;
    bed.use([edit, reply, finish]);
    expect(await runBlock(shipOrder, orderInvocation(order))).toEqual({ exit: "done", writes: { summary: outputs.summary } });
    expect(lastMessage(bed.requests()[2])).toMatchObject({ role: "tool", content: expect.stringMatching(told) });
    expect(order.customer).toBe(customer);
    expect(order.customer.name).toBe("Eve");
  });

  it("plain text instead of a tool call gets a reminder", async () => {
    const order = makeOrder();
    bed.use([edit, textReply("The order is shipped."), finish]);
    expect(await runBlock(shipOrder, orderInvocation(order))).toEqual({ exit: "done", writes: { summary: outputs.summary } });
    expect(lastMessage(bed.requests()[2])).toEqual({ role: "user", content: expect.stringMatching(/^Error: reply with a tool call, not text\. Tools: eval, exec, done, raise\./) });
  });

  it("a bad call and a good one in the same turn are handled in order", async () => {
    const order = makeOrder();
    bed.use([{ toolCalls: [{ name: "search_web", arguments: "{}" }, { name: "exec", arguments: JSON.stringify({ code: mutateOrder }) }, { name: "done", arguments: JSON.stringify({ outputs }) }] }]);
    expect(await runBlock(shipOrder, orderInvocation(order))).toEqual({ exit: "done", writes: { summary: outputs.summary } });
    expect(order.customer.name).toBe("Eve");
    expect(bed.requests()).toHaveLength(1);
  });

  it("an in-place change that breaks the input's type is refused until repaired", async () => {
    const order = makeOrder();
    bed.use([toolCall("exec", { code: "order.status = 'lost'; order.items[0].qty = 'many'" }), finish, toolCall("exec", { code: "order.status = 'new'; order.items[0].qty = 4" }), finish]);
    expect(await runBlock(shipOrder, orderInvocation(order))).toEqual({ exit: "done", writes: { summary: outputs.summary } });
    const told = lastMessage(bed.requests()[2])?.content;
    expect(told).toMatch(/^Error: done was not accepted/);
    expect(told).toMatch(/^- order\.status: /m);
    expect(told).toMatch(/^- order\.items\[0\]\.qty: /m);
    expect(order.items[0]?.qty).toBe(4);
  });
});

describe("a model that never stops ends in a NaturalBlockError within maxToolCalls", () => {
  const endless: [string, MockReply, NaturalBlockFailure][] = [
    ...replyFaults.map(([name, reply, , reason]): [string, MockReply, NaturalBlockFailure] => [name, reply, reason]),
    ["plain text", textReply("Done! The order shipped."), "tool-call-limit"],
    ["an empty answer", textReply(""), "tool-call-limit"],
    ["endless eval", toolCall("eval", { expression: "order.items.map((item) => item.qty)" }), "tool-call-limit"],
    ["endless exec", toolCall("exec", { code: "order.items.push({ sku: 'more', qty: 1 })" }), "tool-call-limit"],
  ];

  it.each(endless)("%s", async (_name, reply, reason) => {
    const order = makeOrder();
    const state = snapshotState({ order });
    bed.use((_body, index) => (index === 0 ? edit : reply), { maxToolCalls: 5 });
    const error = await expectBlockError({ run: runBlock(shipOrder, orderInvocation(order)), block: shipOrder, reason });
    state.expectUnchanged();
    expect(bed.requests()).toHaveLength(5);
    expect(error.message).toContain("no valid exit within 5 tool calls (5 model round trips)");
    expect(error.lastTurns).toHaveLength(3);
  });

  it("a long block adds no abort listener per request (Node would warn on the program's stderr)", async () => {
    const warnings: Error[] = [];
    const collect = (warning: Error) => warnings.push(warning);
    process.on("warning", collect);
    try {
      bed.use((_body, index) => (index < 20 ? toolCall("eval", { expression: "order.items.length" }) : finish), { maxToolCalls: 25 });
      expect(await runBlock(shipOrder, orderInvocation(makeOrder()))).toEqual({ exit: "done", writes: { summary: outputs.summary } });
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off("warning", collect);
    }
    expect(bed.requests()).toHaveLength(21);
    expect(warnings.map((warning) => warning.name)).not.toContain("MaxListenersExceededWarning");
  });

  it("a huge tool name or output is cut before it goes back to the model", async () => {
    const name = `tool_${"x".repeat(100_000)}`;
    bed.use([toolCall(name), finish]);
    expect(await runBlock(shipOrder, orderInvocation(makeOrder()))).toEqual({ exit: "done", writes: { summary: outputs.summary } });
    const told = lastMessage(bed.requests()[1])?.content ?? "";
    expect(told.length).toBeLessThan(maxToolResultChars + 200);
    expect(told).toMatch(/^Error: tool `tool_x+\n…\[output cut: \d+ more characters; print less, or inspect parts with eval\]$/);
  });

  it("counts every call of a turn against the limit", async () => {
    const order = makeOrder();
    const state = snapshotState({ order });
    const burst: MockReply = { toolCalls: Array.from({ length: 4 }, () => ({ name: "eval", arguments: '{"expression":"1"}' })) };
    bed.use([edit, burst], { maxToolCalls: 6 });
    await expectBlockError({ run: runBlock(shipOrder, orderInvocation(order)), block: shipOrder, reason: "tool-call-limit" });
    expect(bed.requests()).toHaveLength(3);
    state.expectUnchanged();
  });
});

function lastMessage(request: MockRequest | undefined): { role: string; content: string } | undefined {
  return (request?.body as { messages?: { role: string; content: string }[] } | undefined)?.messages?.at(-1);
}
