/**
 * `npm run bench:publish`: regenerates every published bench figure from the committed result files in
 * bench/results/ — the summary table in README.md, the per-program table in bench/README.md and the chart
 * bench/cost-of-natural-blocks.svg. The first result file (by name) is the one the per-program table and the
 * chart show. Writes nothing else; a run of the bench (`npm run bench -- --json bench/results/<name>.json`)
 * makes the results.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { publishedFiles } from "./harness/published-files.js";

const root = join(import.meta.dirname, "..");
for (const [file, content] of Object.entries(publishedFiles(root))) {
  const path = join(root, file);
  const before = readFileSync(path, "utf8");
  if (before !== content) writeFileSync(path, content);
  process.stdout.write(`${before === content ? "unchanged" : "updated  "} ${file}\n`);
}
