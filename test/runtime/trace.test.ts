import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { configure, onTrace, type TraceEvent } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { createScriptedModel, resetConfiguration, toolCall } from "../../runtime/testing/index.js";
import { makeBlock, write } from "./support/make-block.js";

afterEach(resetConfiguration);

const block = makeBlock({ instruction: "Pick a number into <:n>.", writes: [write("n", "number", z.number())] });
const replies = [
  { ...toolCall("done", { outputs: { n: "seven" } }), usage: { promptTokens: 100, completionTokens: 10 } },
  { ...toolCall("done", { outputs: { n: 7 } }), usage: { promptTokens: 130, completionTokens: 9 } },
];

describe("tracing", () => {
  it("reports noun-verb events with block, location, round trip and time to onTrace listeners", async () => {
    let clock = 1_000;
    configure({ chatModel: createScriptedModel(replies), internal: { now: () => (clock += 5) } });
    const events: TraceEvent[] = [];
    const stop = onTrace((event) => events.push(event));
    await runBlock(block, { scope: {}, interpolations: [] });
    stop();
    expect(events.map((event) => `${event.type}@${event.roundTrip}`)).toEqual([
      "block-start@0",
      "model-request@1",
      "model-response@1",
      "tool-result@1",
      "model-request@2",
      "model-response@2",
      "block-end@2",
      "state-commit@2",
    ]);
    for (const event of events) expect(event).toMatchObject({ blockId: block.id, location: block.location, time: expect.any(Number) });
    expect(events[0]).toMatchObject({ type: "block-start", model: "scripted model (simulated)" });
    expect(events[3]).toMatchObject({ type: "tool-result", name: "done", success: false });
    // The second request only reports what is new: the assistant turn and the tool result.
    expect(events[4]).toMatchObject({ type: "model-request", messages: [{ role: "assistant" }, { role: "tool" }] });
    expect(events[2]).toMatchObject({ type: "model-response", latencyMs: 5 });
    expect(events.at(-2)).toMatchObject({ type: "block-end", exit: "done", toolCalls: 2, usage: { promptTokens: 230, completionTokens: 19 } });
    await runBlock(block, { scope: {}, interpolations: [] }).catch(() => undefined);
    expect(events).toHaveLength(8);
  });

  it("appends one JSON line per event to the trace file", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nj-trace-")), "trace.jsonl");
    configure({ chatModel: createScriptedModel(replies), trace: path });
    await runBlock(block, { scope: {}, interpolations: [] });
    const lines = readFileSync(path, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line) as TraceEvent);
    expect(lines.map((event) => event.type)).toEqual(["block-start", "model-request", "model-response", "tool-result", "model-request", "model-response", "block-end", "state-commit"]);
    expect(lines[1]).toMatchObject({ type: "model-request", messages: [{ role: "system" }, { role: "user" }], tools: ["done"] });
  });

  it("reports a failed block with its failure reason", async () => {
    configure({ chatModel: createScriptedModel([]) });
    const events: TraceEvent[] = [];
    const stop = onTrace((event) => events.push(event));
    await expect(runBlock(block, { scope: {}, interpolations: [] })).rejects.toMatchObject({ reason: "model-error" });
    stop();
    expect(events.at(-1)).toMatchObject({ type: "block-end", failure: "model-error" });
  });
});
