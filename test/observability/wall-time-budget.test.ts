/** Wall-time budgets abort a request in flight over HTTP; run totals are there from the API. */
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { configure, NaturalBlockError, resetRunUsage, runUsage } from "nightjar-ts";
import { runBlock } from "nightjar-ts/internal";
import { resetConfiguration, startMockServer, toolCall, type MockServer } from "nightjar-ts/testing";
import { makeBlock, write } from "../runtime/support/make-block.js";

const block = makeBlock({ instruction: "Set <:answer> to 42.", writes: [write("answer", "number", z.number())] });
const answer = { ...toolCall("done", { outputs: { answer: 42 } }), usage: { promptTokens: 100, completionTokens: 5 } };
let server: MockServer | undefined;

afterEach(async () => {
  resetConfiguration();
  resetRunUsage();
  await server?.close();
});

describe("wall-time budgets and run totals", () => {
  it("a block's wall-time budget aborts the request in flight and fails the block with reason budget", async () => {
    server = await startMockServer({ script: [{ delayMs: 60_000, then: answer }] });
    configure({ model: "mock", baseURL: server.url, budget: { block: { wallTimeMs: 300 } } });
    const error = await runBlock(block, { scope: {}, interpolations: [] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NaturalBlockError);
    expect((error as NaturalBlockError).reason).toBe("budget");
    expect((error as Error).message).toContain("budget: the wall-time budget ran out while the model was answering");
  });

  it("runUsage() adds up every block; a run's request budget stops the block past it", async () => {
    server = await startMockServer({ script: [answer, answer, answer] });
    configure({ model: "mock", baseURL: server.url, budget: { run: { requests: 2 } } });
    await runBlock(block, { scope: {}, interpolations: [] });
    await runBlock(block, { scope: {}, interpolations: [] });
    expect(runUsage()).toEqual({ requests: 2, replayed: 0, cached: 0, promptTokens: 200, completionTokens: 10 });
    const error = await runBlock(block, { scope: {}, interpolations: [] }).catch((caught: unknown) => caught);
    expect((error as NaturalBlockError).reason).toBe("budget");
    expect(server.requests).toHaveLength(2);
  });
});
