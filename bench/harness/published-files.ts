/**
 * What the published files must contain, given the committed results: `npm run bench:publish` writes it and a
 * test compares it with what is committed, so a figure in the README cannot drift from its result file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderChart } from "./render-chart.js";
import { renderProgramTable, renderSummaryTable, replaceGenerated } from "./render-published.js";
import type { BenchReport } from "./run-bench.js";

/** The committed result files, by name. */
export function loadResults(root: string): { file: string; report: BenchReport }[] {
  const folder = join(root, "bench", "results");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ file: `bench/results/${name}`, report: JSON.parse(readFileSync(join(folder, name), "utf8")) as BenchReport }));
}

/** Path (relative to the repository) → the content it must have. */
export function publishedFiles(root: string): Record<string, string> {
  const results = loadResults(root);
  if (results.length === 0) throw new Error("no result files in bench/results/: run `npm run bench -- --json bench/results/<profile>.json` first");
  const read = (file: string) => readFileSync(join(root, file), "utf8");
  return {
    "README.md": replaceGenerated(read("README.md"), renderSummaryTable(results), "README.md"),
    "bench/README.md": replaceGenerated(read("bench/README.md"), renderProgramTable(results[0]!), "bench/README.md"),
    "bench/cost-of-natural-blocks.svg": renderChart(results[0]!.report),
  };
}
