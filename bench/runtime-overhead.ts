/**
 * Runtime overhead per natural block: the time `runBlock` spends outside the model (prompt rendering, the
 * episode loop, validation, commit), measured over 1,000 executions against an instant in-process simulated
 * model, plus the prompt tokens (js-tiktoken, o200k_base) of a block with three short inputs. Target: median
 * overhead < 1 ms, prompt < 600 tokens. A block whose model uses one code action is shown for comparison
 * (its extra time is the QuickJS sandbox's).
 *
 *   npx tsx bench/runtime-overhead.ts [executions]
 */
import { getEncoding } from "js-tiktoken";
import { z } from "zod";
import type { BlockDescriptor } from "../runtime/block.js";
import { configure, type ChatModel, type ChatRequest, type ChatResponse } from "../runtime/index.js";
import { runBlock } from "../runtime/internal.js";
import { median } from "./harness/median.js";

const executions = Number(process.argv[2] ?? 1000);

enum Category {
  Presale = "Pre-sale question",
  Broken = "Broken item",
  Other = "Other",
}

const block: BlockDescriptor = {
  id: "bench/support.ts:12:3",
  location: { file: "bench/support.ts", line: 12, column: 3 },
  instruction: "Classify <email> from <customer> (tier <tier>) into <:category> and write a one-line <:summary>.",
  reads: [
    { name: "email", kind: "value", typeText: "string" },
    { name: "customer", kind: "value", typeText: "{ name: string; since: Date }" },
    { name: "tier", kind: "value", typeText: "number" },
    { name: "Category", kind: "enum", typeText: "typeof Category" },
  ],
  writes: [
    { target: "category", typeText: "Category", schema: z.enum(Category) },
    { target: "summary", typeText: "string", schema: z.string() },
  ],
  types: [{ name: "Category", text: 'enum Category { Presale = "Pre-sale question", Broken = "Broken item", Other = "Other" }' }],
  exits: { throws: [] },
};
const invocation = {
  scope: { email: "My order arrived broken, the lid is cracked.", customer: { name: "Ada", since: new Date("2021-03-04") }, tier: 2, Category },
  interpolations: [],
};
const done = { id: "call_1", name: "done", arguments: JSON.stringify({ outputs: { category: "Broken item", summary: "Lid cracked." } }) };
const exec = { id: "call_0", name: "exec", arguments: JSON.stringify({ code: "summary = email.slice(0, 20)" }) };

/** An instant simulated model that also measures the time spent inside it, so it can be subtracted. */
function instantModel(replies: (request: ChatRequest) => ChatResponse): ChatModel & { insideMs: number; last?: ChatRequest } {
  const model = {
    description: "instant model (simulated)",
    insideMs: 0,
    last: undefined as ChatRequest | undefined,
    async complete(request: ChatRequest): Promise<ChatResponse> {
      const started = performance.now();
      model.last = request;
      const response = replies(request);
      model.insideMs += performance.now() - started;
      return response;
    },
  };
  return model;
}

async function measure(replies: (request: ChatRequest) => ChatResponse, count: number): Promise<{ medianMs: number; model: ReturnType<typeof instantModel> }> {
  const model = instantModel(replies);
  configure({ chatModel: model });
  const overheads: number[] = [];
  for (let run = 0; run < count + 50; run += 1) {
    model.insideMs = 0;
    const started = performance.now();
    await runBlock(block, invocation);
    if (run >= 50) overheads.push(performance.now() - started - model.insideMs);
  }
  return { medianMs: median(overheads), model };
}

const direct = await measure(() => ({ content: null, toolCalls: [done] }), executions);
const withCode = await measure((request) => ({ content: null, toolCalls: [request.messages.length === 2 ? exec : done] }), Math.min(executions, 200));
const request = direct.model.last!;
const encoding = getEncoding("o200k_base");
const count = (text: string) => encoding.encode(text).length;
const system = count(request.messages[0]?.content ?? "");
const user = count(request.messages[1]?.content ?? "");
const tools = count(JSON.stringify(request.tools));

console.log("nightjar-ts runtime overhead (against an instant SIMULATED model; no real model involved)");
console.log(`  one-call block (done with outputs): median ${(direct.medianMs * 1000).toFixed(0)} µs over ${executions} executions (target < 1000 µs)`);
console.log(`  block with one exec code action:    median ${(withCode.medianMs * 1000).toFixed(0)} µs over ${Math.min(executions, 200)} executions (QuickJS sandbox included)`);
console.log(`  prompt tokens, three short inputs:  ${system + user + tools} (system ${system}, user ${user}, tools ${tools}; target < 600)`);
