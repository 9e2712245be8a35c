/**
 * The response cache and fallback models end to end: `nightjar run` over HTTP against the mock server.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { MockReply } from "nightjar-ts/testing";
import { cliMain } from "../e2e/support/run-with-mock-model.js";
import { spawnNode } from "../e2e/support/spawn-process.js";
import { discountCart, discountScript, discounted } from "./support/discount-cart.js";
import { apiKey, recordRun } from "./support/run-example.js";

describe("response cache", { timeout: 300_000 }, () => {
  it("a second run with the same inputs is answered from the disk cache with zero requests; cache clear empties it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nj-response-cache-"));
    const run = () => recordRun({ ...discountCart, script: discountScript }, { NIGHTJAR_RESPONSE_CACHE: dir }, ["--usage"]);
    const first = await run();
    expect(first.requests).toHaveLength(2);
    expect(first.stdout).toContain(discounted);
    expect(readdirSync(dir)).toHaveLength(2);
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), "utf8")).not.toContain(apiKey);

    const second = await run();
    expect(second.requests).toHaveLength(0);
    expect(second.stdout).toContain(discounted);
    expect(second.stderr).toBe("nightjar usage: 2 model requests (2 from the cache), 840 tokens (800 prompt, 40 completion)\n");

    const stats = await spawnNode({ args: [cliMain, "cache", "stats", "--dir", dir] });
    expect(stats.stdout).toMatch(/: 2 cached answers, \d+ bytes\n$/);
    const cleared = await spawnNode({ args: [cliMain, "cache", "clear", "--dir", dir] });
    expect(cleared.stdout).toMatch(/: removed 2 cached answers\n$/);
    expect((await run()).requests).toHaveLength(2);
  });

  it("is off for sampled answers (temperature > 0) unless asked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nj-response-cache-"));
    const settings = (cache: object) => JSON.stringify({ temperature: 0.7, cache: { dir, ...cache } });
    const sampled = () => recordRun({ ...discountCart, args: [settings({})], script: discountScript }, {});
    await sampled();
    expect((await sampled()).requests).toHaveLength(2);
    expect(readdirSync(dir)).toHaveLength(0);
    const asked = () => recordRun({ ...discountCart, args: [settings({ sampled: true })], script: discountScript }, {});
    await asked();
    expect((await asked()).requests).toHaveLength(0);
  });
});

describe("fallback", { timeout: 300_000 }, () => {
  it("asks the next model when the first is rejected, and prices the answer as that model", async () => {
    let answered = 0;
    const script = (body: Record<string, unknown>): MockReply =>
      body.model === "mock" ? { fault: "status", status: 404, body: { error: { message: "model mock not found" } } } : discountScript[answered++]!;
    const settings = { fallback: ["cheap"], prices: { mock: { inputPerMillion: 100, outputPerMillion: 100 }, cheap: { inputPerMillion: 1, outputPerMillion: 1 } } };
    const result = await recordRun({ ...discountCart, args: [JSON.stringify(settings)], script }, {});
    expect(result.stdout).toContain(discounted);
    expect(result.requests.map((request) => (request.body as { model: string }).model)).toEqual(["mock", "cheap", "mock", "cheap"]);
    expect(JSON.parse(result.stdout.trim().split("\n")[1]!)).toMatchObject({ requests: 2, cost: 840 / 1e6 });
  });
});
