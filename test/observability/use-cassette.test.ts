/**
 * `useCassette(file)`: the first describe records over HTTP against the mock server; the next replays with the
 * server stopped and no reachable model, in the same process, through the public testing entry point.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { configure, NaturalBlockError } from "nightjar-ts";
import { runBlock } from "nightjar-ts/internal";
import { startMockServer, toolCall, useCassette } from "nightjar-ts/testing";
import { makeBlock, valueRead, write } from "../runtime/support/make-block.js";

const cassette = join(mkdtempSync(join(tmpdir(), "nj-use-cassette-")), "classify.json");
const classify = makeBlock({
  instruction: "Classify <email> into <:category>.",
  reads: [valueRead("email", "string")],
  writes: [write("category", '"refund" | "question"', z.enum(["refund", "question"]))],
});
const email = (text: string) => ({ scope: { email: text }, interpolations: [] });

afterAll(() => configure({ model: undefined, baseURL: undefined, apiKey: undefined }));

describe("the first run records", () => {
  useCassette(cassette);

  it("asks the model over HTTP and writes the exchange", async () => {
    const server = await startMockServer({ script: [toolCall("done", { outputs: { category: "refund" } })] });
    configure({ model: "mock", baseURL: server.url, apiKey: "sk-never-in-the-cassette-42" });
    try {
      expect(await runBlock(classify, email("Where is my money?"))).toEqual({ exit: "done", writes: { category: "refund" } });
    } finally {
      await server.close();
    }
    expect(server.requests).toHaveLength(1);
    const text = readFileSync(cassette, "utf8");
    expect(JSON.parse(text).exchanges).toMatchObject([{ block: classify.id, roundTrip: 1 }]);
    expect(text).not.toContain("sk-never-in-the-cassette-42");
  });
});

describe("later runs replay", () => {
  useCassette(cassette);

  it("answers from the cassette with nothing listening", async () => {
    configure({ model: "mock", baseURL: "http://127.0.0.1:9/v1" });
    expect(await runBlock(classify, email("Where is my money?"))).toEqual({ exit: "done", writes: { category: "refund" } });
  });

  it("fails the block on a request the cassette lacks, showing the change", async () => {
    const error = await runBlock(classify, email("Is there a discount?")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NaturalBlockError);
    expect((error as Error).message).toContain(`replay: no recorded answer for block ${classify.id} (round trip 1)`);
    expect((error as Error).message).toContain('+ email: string = "Is there a discount?"');
  });
});
