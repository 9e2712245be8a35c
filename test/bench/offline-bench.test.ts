/**
 * The CI bench: a few programs against the simulated model with no model latency. It fails when a test of either
 * version fails or when a natural version needs more model round trips than its hand-written twin.
 */
import { describe, expect, it } from "vitest";
import { checkReport } from "../../bench/harness/bench-check.js";
import { renderReport } from "../../bench/harness/render-report.js";
import { runBench } from "../../bench/harness/run-bench.js";
import { latencyProfiles } from "../../bench/simulator/latency-profiles.js";

/**
 * Each program's prompt tokens as billed, natural ÷ twin: today's figure rounded up (before the prompt was cut
 * for issue 13 item 4: 1.54, 2.19, 1.65, 1.86, 1.55, 1.52). Token counts do not depend on the machine, so a
 * prompt that grows by a few tokens fails here.
 */
const promptTokenBudgets: Record<string, number> = {
  "ts/classify-email": 1.33,
  "ts/first-suspicious-payment": 1.81,
  "ts/parse-age": 1.47,
  "ts/triage-tasks": 1.74,
  "ts/pick-candidate": 1.49,
  "py/find-in-docs": 1.21,
};
const programs = Object.keys(promptTokenBudgets);

describe("offline bench (simulated model, instant profile)", () => {
  it("passes every test of both versions with no more round trips for natural blocks than for the twins, within the prompt-token budgets", async () => {
    const report = await runBench({
      programs,
      mode: "simulated",
      profile: latencyProfiles.instant,
      repetitions: 1,
      timeoutMs: 600_000,
      python: "python3",
    });
    expect(report.model).toContain("simulated model");
    expect(report.programs.map((program) => program.name)).toEqual(programs);
    expect(checkReport(report), renderReport(report)).toEqual([]);
    expect(report.summary.natural.maxCallsPerBlock).toBe(1);
    const ratios = Object.fromEntries(report.programs.map((program) => [program.name, Math.round(program.ratios.promptTokens * 1000) / 1000]));
    for (const [name, budget] of Object.entries(promptTokenBudgets)) expect(ratios[name], `${name} prompt tokens`).toBeLessThanOrEqual(budget);
  }, 900_000);
});
