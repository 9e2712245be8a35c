/**
 * The CI bench: a few programs against the simulated model with no model latency. It fails when a test of either
 * version fails or when a natural version needs more model round trips than its hand-written twin.
 */
import { describe, expect, it } from "vitest";
import { checkReport } from "../../bench/harness/bench-check.js";
import { renderReport } from "../../bench/harness/render-report.js";
import { runBench } from "../../bench/harness/run-bench.js";
import { latencyProfiles } from "../../bench/simulator/latency-profiles.js";

const programs = [
  "ts/classify-email",
  "ts/first-suspicious-payment",
  "ts/parse-age",
  "ts/triage-tasks",
  "ts/pick-candidate",
  "py/find-in-docs",
];

describe("offline bench (simulated model, instant profile)", () => {
  it("passes every test of both versions with no more round trips for natural blocks than for the twins", async () => {
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
  }, 900_000);
});
