import { describe, expect, it } from "vitest";
import { checkReport } from "../../bench/harness/bench-check.js";
import { summarize } from "../../bench/harness/bench-summary.js";
import { renderChart } from "../../bench/harness/render-chart.js";
import { ratiosOf, type ProgramReport } from "../../bench/harness/program-report.js";
import type { BenchReport } from "../../bench/harness/run-bench.js";
import type { VersionFigures } from "../../bench/harness/version-figures.js";

const figures = (calls: number[], passed = calls.length, linesOfCode = 10): VersionFigures => ({
  linesOfCode,
  passed,
  total: calls.length,
  timeMs: 100,
  outsideModelMs: 10,
  timeMsByProfile: { "fast-hosted": 100, "slow-hosted": 100, "local-cpu": 100, instant: 10 },
  startupMs: 5,
  firstCallMs: 20,
  calls: calls.reduce((sum, value) => sum + value, 0),
  blocks: calls.length,
  promptTokens: 300,
  completionTokens: 20,
  maxCallsPerBlock: Math.max(...calls),
  cases: calls.map((value, index) => ({ name: `case ${index}`, passedRuns: 1, medianMs: 50, calls: value })),
  failures: passed < calls.length ? ["case 0: returned 1, expected 2"] : [],
});

const program = (name: string, natural: VersionFigures, twin: VersionFigures): ProgramReport => ({
  name,
  language: "ts",
  covers: ["test"],
  caseCount: natural.cases.length,
  natural,
  twin,
  ratios: ratiosOf(natural, twin),
});

const report = (programs: ProgramReport[]): BenchReport => ({
  model: "simulated model (5 ms + 0 ms/token) — measures overhead only",
  simulated: true,
  settings: { repetitions: 1, node: "v20", platform: "linux x64" },
  provenance: { machine: "test CPU × 2", loadAtStart: [1, 1, 1], loadAtEnd: [1, 1, 1], commit: "abc" },
  startedAt: "2025-01-01T00:00:00.000Z",
  programs,
  summary: summarize(programs),
});

describe("checkReport", () => {
  it("passes when every test passes and no natural case needs more round trips than the twin", () => {
    expect(checkReport(report([program("ts/a", figures([1, 1]), figures([1, 2]))]))).toEqual([]);
  });

  it("names the case whose natural version needs more round trips", () => {
    expect(checkReport(report([program("ts/a", figures([1, 3]), figures([1, 1]))]))).toEqual([
      "ts/a: case case 1: 3 round trips, the twin needs 1",
    ]);
  });

  it("names failing tests and versions that did not run", () => {
    const failing = program("ts/a", figures([1, 1], 1), figures([1, 1]));
    const broken = program("ts/b", { ...figures([1]), problem: "does not compile" }, figures([1]));
    expect(checkReport(report([failing, broken]))).toEqual([
      "ts/a: natural passed 1/2: case 0: returned 1, expected 2",
      "ts/b: the natural version did not run: does not compile",
    ]);
  });
});

describe("summarize", () => {
  it("takes median ratios only over programs where both versions pass, and totals lines of code", () => {
    const good = program("ts/a", figures([1], 1, 6), figures([1], 1, 24));
    const failing = program("ts/b", { ...figures([1], 0, 4), timeMs: 1 }, figures([1], 1, 16));
    const summary = summarize([good, failing]);
    expect(summary.compared).toBe(1);
    expect(summary.medianRatios.time).toBe(1);
    expect(summary.lineReduction).toBe(0.75);
  });
});

describe("renderChart", () => {
  it("draws a bar per ratio and program, labelled with its value and the model that produced it", () => {
    const slower = { ...figures([1]), timeMsByProfile: { "fast-hosted": 150, "slow-hosted": 120, "local-cpu": 110, instant: 10 } };
    const svg = renderChart(report([program("ts/a<b>", slower, figures([1]))]));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("ts/a&lt;b&gt;");
    expect(svg).toContain(">1.50x<");
    expect(svg).toContain("simulated model (5 ms + 0 ms/token) — measures overhead only");
    expect(svg).toContain(">1.20x<");
    expect(svg.match(/<title>/g)).toHaveLength(5);
  });
});
