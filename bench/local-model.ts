/**
 * The embedded local model on a tiny generated GGUF model (random weights, byte-level tokenizer): file size,
 * load time, and the latency of a one-round-trip block through the whole runtime (prompt, grammar-constrained
 * turn, validation, commit). The tiny model measures the machinery, not a real model's speed: with its
 * byte-level tokenizer a prompt is ~4x as many tokens as with Qwen's.
 *
 *   npx tsx bench/local-model.ts [executions] [threads]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import type { BlockDescriptor } from "../runtime/block.js";
import { configure, onTrace } from "../runtime/index.js";
import { runBlock } from "../runtime/internal.js";
import { createLocalChatModel } from "../runtime/model/local/local-chat-model.js";
import { disposeLocalEngines } from "../runtime/model/local/local-engine.js";
import { tinyGgufModel } from "../runtime/testing/tiny-gguf-model.js";
import { median } from "./harness/median.js";

const executions = Number(process.argv[2] ?? 20);
const threads = process.argv[3] === undefined ? undefined : Number(process.argv[3]);

const block: BlockDescriptor = {
  id: "bench/local.ts:3:3",
  location: { file: "bench/local.ts", line: 3, column: 3 },
  instruction: "Classify <email> into <:category> and write a short <:reply>.",
  reads: [{ name: "email", kind: "value", typeText: "string" }],
  writes: [
    { target: "category", typeText: '"refund" | "shipping" | "other"', schema: z.enum(["refund", "shipping", "other"]) },
    { target: "reply", typeText: "string", schema: z.string() },
  ],
  types: [],
  exits: { throws: [] },
};

const folder = mkdtempSync(join(tmpdir(), "nj-local-bench-"));
const path = join(folder, "tiny.gguf");
const bytes = tinyGgufModel({ favour: "done" });
writeFileSync(path, bytes);
try {
  const model = createLocalChatModel({ modelPath: path, name: "tiny.gguf", gpu: false, ...(threads ? { threads } : {}) });
  const engine = await model.load();
  configure({ chatModel: model, model: "tiny (random weights)" });
  const latencies: number[] = [];
  let tokens = { prompt: 0, completion: 0 };
  const stop = onTrace((event) => {
    if (event.type === "model-response") {
      latencies.push(event.latencyMs);
      tokens = { prompt: tokens.prompt + (event.usage?.promptTokens ?? 0), completion: tokens.completion + (event.usage?.completionTokens ?? 0) };
    }
  });
  const blockMs: number[] = [];
  for (let run = 0; run < executions; run += 1) {
    const started = performance.now();
    await runBlock(block, { scope: { email: `My parcel number ${run} arrived broken.` }, interpolations: [] });
    blockMs.push(performance.now() - started);
  }
  stop();
  const figures = [
    `tiny model (random weights — measures the machinery, not a real model): ${(bytes.length / 1024).toFixed(0)} KiB, ${engine.threads} thread(s), gpu ${engine.gpu}`,
    `load (model + context): ${engine.loadMs.toFixed(0)} ms`,
    `block, one round trip: first ${blockMs[0]!.toFixed(0)} ms, median ${median(blockMs).toFixed(0)} ms over ${executions}`,
    `model request: median ${median(latencies).toFixed(0)} ms; ${(tokens.prompt / executions).toFixed(0)} prompt tokens evaluated and ${(tokens.completion / executions).toFixed(0)} generated per block (a reused prefix is not evaluated again)`,
  ];
  process.stdout.write(`${figures.join("\n")}\n`);
} finally {
  await disposeLocalEngines();
  rmSync(folder, { recursive: true, force: true });
}
