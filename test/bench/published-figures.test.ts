/**
 * Every bench figure the repository publishes comes from a committed result file: the README's summary, the
 * per-program table and the chart must be exactly what `npm run bench:publish` makes of bench/results/*.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResults, publishedFiles } from "../../bench/harness/published-files.js";
import { markers, renderSummaryTable, replaceGenerated } from "../../bench/harness/render-published.js";
import type { BenchReport } from "../../bench/harness/run-bench.js";
import type { LatencyProfileName } from "../../bench/simulator/latency-profiles.js";

const root = join(import.meta.dirname, "..", "..");

describe("published bench figures", () => {
  it("match the committed result files (run `npm run bench:publish` after changing them)", () => {
    for (const [file, expected] of Object.entries(publishedFiles(root))) {
      expect(readFileSync(join(root, file), "utf8"), `${file} is out of date`).toBe(expected);
    }
  });

  it("come from result files that say where they were measured", () => {
    const results = loadResults(root);
    expect(results.length).toBeGreaterThan(0);
    for (const { file, report } of results) {
      expect(report.provenance.commit, file).toMatch(/^[0-9a-f]{40}/);
      expect(report.provenance.machine, file).not.toBe("");
      expect(report.provenance.loadAtStart, file).toHaveLength(3);
      expect(Date.parse(report.startedAt), file).not.toBeNaN();
      expect(report.settings.profile?.name ?? "real", file).not.toBe("");
      expect(report.summary.natural.maxCallsPerBlock, `${file}: one round trip per block`).toBe(1);
    }
  });

  it("set the reference's figure beside measured hosted-profile runs only, never beside a projection", () => {
    const [committed] = loadResults(root);
    const as = (name: LatencyProfileName, time: number): { file: string; report: BenchReport } => {
      const report = structuredClone(committed!.report);
      report.settings.profile = { ...report.settings.profile!, name };
      report.summary.medianRatios.time = time;
      return { file: `bench/results/${name}.json`, report };
    };
    const comparison = (table: string) => table.split("\n").find((line) => line.startsWith("Against nightjarpy"));
    const hosted = comparison(renderSummaryTable([as("fast-hosted", 1.234), as("local-cpu", 9.87)]));
    expect(hosted).toContain("which reports 3.7–4.0x");
    expect(hosted).toContain("**1.23x** measured with the fast-hosted profile, at most 1 round trip(s) per block.");
    expect(hosted).not.toContain("9.87x");
    expect(comparison(renderSummaryTable([as("local-cpu", 9.87)]))).toContain("no hosted profile or real model has been measured yet");
  });

  it("refuse a file without a place for them", () => {
    expect(() => replaceGenerated("# no markers", "x", "README.md")).toThrow(/README.md has no .* section/);
    expect(replaceGenerated(`a\n${markers.start}\nold\n${markers.end}\nb`, "new", "f")).toBe(`a\n${markers.start}\nnew\n${markers.end}\nb`);
  });
});
