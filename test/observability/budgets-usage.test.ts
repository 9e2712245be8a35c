/**
 * Usage and budgets end to end: `nightjar run` of a compiled hybrid program over HTTP against the mock server.
 * A budget ends the block with reason `budget` and the program's state exactly as it was.
 */
import { describe, expect, it } from "vitest";
import { discountCart, discountScript, discounted, unchanged } from "./support/discount-cart.js";
import { recordRun } from "./support/run-example.js";

const run = (settings: object, extraArgs: string[] = []) => recordRun({ ...discountCart, args: [JSON.stringify(settings)], script: discountScript }, {}, extraArgs);

describe("usage and budgets", { timeout: 300_000 }, () => {
  it("counts the run's requests, tokens and cost, and --usage prints them at the end", async () => {
    const result = await run({ prices: { mock: { inputPerMillion: 2, outputPerMillion: 8 } } }, ["--usage"]);
    expect(result.code).toBe(0);
    const [state, usage] = result.stdout.trim().split("\n");
    expect(state).toBe(discounted);
    expect(JSON.parse(usage!)).toEqual({ requests: 2, replayed: 0, cached: 0, promptTokens: 800, completionTokens: 40, cost: (800 * 2 + 40 * 8) / 1e6 });
    expect(result.stderr).toBe("nightjar usage: 2 model requests, 840 tokens (800 prompt, 40 completion), cost 0.00192\n");
  });

  it("a block's request budget stops it before the request past it, with nothing written", async () => {
    const result = await run({ budget: { block: { requests: 1 } } });
    expect(result.requests).toHaveLength(1);
    expect(result.stdout).toContain("block failed: budget: ");
    expect(result.stdout).toContain("budget: the block's request budget (1) is used up");
    expect(result.stdout).toContain(`\n${unchanged}\n`);
  });

  it("a token budget refuses the answer that goes past it; the exec's changes are not committed", async () => {
    const result = await run({ budget: { block: { tokens: 600 } } });
    expect(result.requests).toHaveLength(2);
    expect(result.stdout).toContain("the block's token budget (600) is used up: 840 tokens with this answer, which is not used");
    expect(result.stdout).toContain(`\n${unchanged}\n`);
  });

  it("a run's budget counts every block of the run", async () => {
    const result = await run({ budget: { run: { tokens: 500 } } });
    expect(result.stdout).toContain("the run's token budget (500) is used up");
    expect(result.stdout).toContain(`\n${unchanged}\n`);
  });
});
