/**
 * Runs many block executions at once against the loopback mock server (a simulated model: it derives each
 * answer from the block's own rendered input, so cross-talk between blocks shows as a wrong answer). Some
 * blocks change their input object in a code action first; some meet a 503 first and are retried. Used by the
 * reliability test (small count) and bench/load.ts (1,000).
 */
import { z } from "zod";
import type { BlockDescriptor } from "../../../runtime/block.js";
import { configure } from "../../../runtime/index.js";
import { runBlock } from "../../../runtime/internal.js";
import { startMockServer, toolCall, type MockReply } from "../../../runtime/testing/index.js";
import { sampleMemory } from "./sample-memory.js";

/** Options of {@link runLoad}. */
export interface LoadOptions {
  blocks: number;
  maxConcurrentRequests: number;
  /** Blocks in progress at once (the runtime's default when absent). */
  maxConcurrentBlocks?: number;
  /** Simulated model latency per request. */
  latencyMs: number;
  /** Every n-th block (by id) changes its input in an `exec` first (0: none does). */
  execEvery: number;
  /** Every n-th block (by id) gets one 503 first. */
  faultEvery: number;
  /** Retry waits: the runtime's real backoff, or skipped (tests). */
  retryWaits: "real" | "skipped";
}

/** What happened, for assertions and for the bench's figures. */
export interface LoadReport {
  blocks: number;
  completed: number;
  /** Blocks whose answer or committed state was not derived from their own input, or that failed. */
  problems: string[];
  requests: number;
  /** Most requests the server had in hand at once. */
  maxInFlight: number;
  durationMs: number;
  peakRssBytes: number;
  peakHeapBytes: number;
  startRssBytes: number;
  startHeapBytes: number;
}

interface Item {
  id: number;
  tag: string;
  count: number;
}

const block: BlockDescriptor = {
  id: "app/load.ts:5:3",
  location: { file: "app/load.ts", line: 5, column: 3 },
  instruction: "Label <item> with <word> into <:label>.",
  reads: [
    { name: "item", kind: "value", typeText: "{ id: number; tag: string; count: number }", schema: z.object({ id: z.number(), tag: z.string(), count: z.number() }) },
    { name: "word", kind: "value", typeText: "string" },
  ],
  writes: [{ target: "label", typeText: "string", schema: z.string() }],
  types: [],
  exits: { throws: [] },
};

const labelOf = (word: string, id: number): string => `${word.toUpperCase()}-${id}`;
const wordOf = (id: number): string => `w${(id * 7919) % 1009}x${id % 7}`;

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const tracker = { inFlight: 0, max: 0 };
  const faulted = new Set<number>();
  const server = await startMockServer({ script: (body) => delayed({ reply: answer({ body, options, faulted }), latencyMs: options.latencyMs, tracker }) });
  configure({
    model: "load-model",
    baseURL: server.url,
    apiKey: "load-key",
    maxConcurrentRequests: options.maxConcurrentRequests,
    maxConcurrentBlocks: options.maxConcurrentBlocks,
    maxRetries: 2,
    requestTimeoutMs: 30_000,
    blockTimeoutMs: 300_000,
    ...(options.retryWaits === "skipped" ? { internal: { sleep: async () => undefined } } : {}),
  });
  const items: Item[] = Array.from({ length: options.blocks }, (_, id) => ({ id, tag: `t${id}`, count: id }));
  const memory = sampleMemory();
  const started = performance.now();
  const problems: string[] = [];
  const outcomes = await Promise.all(
    items.map((item) => runBlock(block, { scope: { item, word: wordOf(item.id) }, interpolations: [] }).catch((error: unknown) => error)),
  );
  const durationMs = performance.now() - started;
  const peak = memory.stop();
  outcomes.forEach((outcome, id) => problems.push(...checkBlock({ outcome, item: items[id]!, id, options })));
  await server.close();
  return {
    blocks: options.blocks,
    completed: options.blocks - problems.filter((problem) => problem.includes("failed")).length,
    problems,
    requests: server.requests.length,
    maxInFlight: tracker.max,
    durationMs,
    ...peak,
  };
}

/** The simulated model: answers from the request's own user message, so it can only be right for that block. */
function answer(options: { body: Record<string, unknown>; options: LoadOptions; faulted: Set<number> }): MockReply {
  const messages = options.body.messages as { role: string; content: string }[];
  const user = messages.find((message) => message.role === "user")?.content ?? "";
  const item = JSON.parse(/^item: .*? = (.*)$/m.exec(user)?.[1] ?? "null") as Item;
  const word = JSON.parse(/^word: string = (.*)$/m.exec(user)?.[1] ?? "null") as string;
  if (item.id % options.options.faultEvery === 0 && !options.faulted.has(item.id)) {
    options.faulted.add(item.id);
    return { fault: "status", status: 503 };
  }
  const changesFirst = item.id % options.options.execEvery === 0 && messages.at(-1)?.role === "user";
  if (changesFirst) return toolCall("exec", { code: "item.count = item.count * 2 + 1; item.tag = item.tag + '!' + word" });
  return toolCall("done", { outputs: { label: labelOf(word, item.id) } });
}

function delayed(options: { reply: MockReply; latencyMs: number; tracker: { inFlight: number; max: number } }): MockReply {
  const { tracker, latencyMs } = options;
  tracker.inFlight += 1;
  tracker.max = Math.max(tracker.max, tracker.inFlight);
  // Scheduled before the server's own timer for this reply, so it runs before the answer is written.
  setTimeout(() => (tracker.inFlight -= 1), latencyMs);
  return { delayMs: latencyMs, then: options.reply };
}

function checkBlock(options: { outcome: unknown; item: Item; id: number; options: LoadOptions }): string[] {
  const { outcome, item, id } = options;
  if (outcome instanceof Error) return [`block ${id} failed: ${outcome.message.split("\n")[0]}`];
  const label = (outcome as { writes: Record<string, unknown> }).writes.label;
  const changed = id % options.options.execEvery === 0;
  const expected = changed ? { id, tag: `t${id}!${wordOf(id)}`, count: id * 2 + 1 } : { id, tag: `t${id}`, count: id };
  return [
    ...(label === labelOf(wordOf(id), id) ? [] : [`block ${id} got label ${String(label)}`]),
    ...(JSON.stringify(item) === JSON.stringify(expected) ? [] : [`block ${id} item is ${JSON.stringify(item)}`]),
  ];
}
