/**
 * Every bench figure the repository publishes comes from a committed result file: the README's summary, the
 * per-program table and the chart must be exactly what `npm run bench:publish` makes of bench/results/*.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResults, publishedFiles } from "../../bench/harness/published-files.js";
import { markers, replaceGenerated } from "../../bench/harness/render-published.js";

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

  it("refuse a file without a place for them", () => {
    expect(() => replaceGenerated("# no markers", "x", "README.md")).toThrow(/README.md has no .* section/);
    expect(replaceGenerated(`a\n${markers.start}\nold\n${markers.end}\nb`, "new", "f")).toBe(`a\n${markers.start}\nnew\n${markers.end}\nb`);
  });
});
