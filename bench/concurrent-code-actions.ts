/**
 * Concurrent code actions: the same load run twice, each in a fresh process — 1,000 blocks started at once
 * against the loopback mock server (a SIMULATED model; nothing real is reached), once with every 5th block
 * running an `exec` in the QuickJS sandbox first, once with none — and the ratios of wall time and peak
 * resident memory between the two. Target: within 1.5x the time and 2x the memory. Also prints how far the
 * program's timers drifted during the `exec` run (largest gap of a 10 ms interval).
 *
 *   npx tsx bench/concurrent-code-actions.ts [blocks=1000] [maxConcurrentRequests=16] [latencyMs=20] [maxConcurrentBlocks=1000]
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runLoad, type LoadReport } from "../test/reliability/support/run-load.js";

interface ChildResult {
  report: LoadReport;
  /** Largest gap between ticks of a 10 ms interval during the run. */
  largestGapMs: number;
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "--child") {
  const [execEvery, blocks, maxConcurrentRequests, latencyMs, maxConcurrentBlocks] = rest.map(Number) as [number, number, number, number, number];
  let last = performance.now();
  let largestGapMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    largestGapMs = Math.max(largestGapMs, now - last);
    last = now;
  }, 10);
  const report = await runLoad({ blocks, maxConcurrentRequests, maxConcurrentBlocks, latencyMs, execEvery, faultEvery: 10, retryWaits: "real" });
  clearInterval(ticker);
  console.log(JSON.stringify({ report, largestGapMs } satisfies ChildResult));
  process.exit(0);
}

const [blocks = 1000, maxConcurrentRequests = 16, latencyMs = 20, maxConcurrentBlocks = 1000] = process.argv.slice(2).map(Number);
/** Runs one load in a fresh process (so peak memory is that run's alone). `execEvery` 0: no block runs exec. */
function runChild(execEvery: number): ChildResult {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), "--child", ...[execEvery, blocks, maxConcurrentRequests, latencyMs, maxConcurrentBlocks].map(String)];
  const output = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 2 ** 26 });
  return JSON.parse(output.trim().split("\n").at(-1)!) as ChildResult;
}

const mebibytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const without = runChild(0);
const withExec = runChild(5);
console.log(`concurrent code actions against a simulated model (mock server, ${latencyMs} ms per request; no real model)`);
console.log(`  ${blocks} blocks at once (maxConcurrentBlocks ${maxConcurrentBlocks}), maxConcurrentRequests ${maxConcurrentRequests}, every 10th meets one 503`);
for (const [label, run] of [["no exec", without], ["every 5th exec", withExec]] as const) {
  const { report } = run;
  console.log(
    `  ${label.padEnd(15)} ${(report.durationMs / 1000).toFixed(2)} s, peak RSS ${mebibytes(report.peakRssBytes)}, ` +
      `${report.requests} requests, ${report.completed}/${report.blocks} completed, ${report.problems.length} problems, largest timer gap ${run.largestGapMs.toFixed(0)} ms`,
  );
}
console.log(`  ratio           time ${(withExec.report.durationMs / without.report.durationMs).toFixed(2)}x (target ≤ 1.5x), memory ${(withExec.report.peakRssBytes / without.report.peakRssBytes).toFixed(2)}x (target ≤ 2x)`);
process.exit(without.report.problems.length + withExec.report.problems.length === 0 ? 0 : 1);
