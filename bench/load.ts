/**
 * Load: 1,000 block executions started at once (Promise.all) against the loopback mock server, a SIMULATED
 * model (nothing real is reached) that answers each block from its own rendered input after a fixed latency.
 * Every 5th block changes its input in a code action first (a QuickJS sandbox), every 10th meets one 503 and
 * is retried with the runtime's real backoff. Prints throughput, requests, the most requests in flight, peak
 * resident memory and JS heap, and fails (exit 1) if any block failed or saw another block's state.
 *
 *   npx tsx bench/load.ts [blocks=1000] [maxConcurrentRequests=16] [latencyMs=20] [maxConcurrentBlocks=32]
 */
import { runLoad } from "../test/reliability/support/run-load.js";

const [blocks = 1000, maxConcurrentRequests = 16, latencyMs = 20, maxConcurrentBlocks = 32] = process.argv.slice(2).map(Number);
const mebibytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const report = await runLoad({ blocks, maxConcurrentRequests, maxConcurrentBlocks, latencyMs, execEvery: 5, faultEvery: 10, retryWaits: "real" });
const seconds = report.durationMs / 1000;
console.log(`load against a simulated model (mock server, ${latencyMs} ms latency per request; no real model)`);
console.log(`  blocks             ${report.completed}/${report.blocks} completed, ${report.problems.length} with problems`);
console.log(`  limits             ${maxConcurrentRequests} requests, ${maxConcurrentBlocks} blocks at once`);
console.log(`  wall time          ${seconds.toFixed(2)} s`);
console.log(`  throughput         ${(report.blocks / seconds).toFixed(0)} blocks/s, ${(report.requests / seconds).toFixed(0)} requests/s`);
console.log(`  requests           ${report.requests} (max ${report.maxInFlight} in flight)`);
console.log(`  peak memory        RSS ${mebibytes(report.peakRssBytes)} (+${mebibytes(report.peakRssBytes - report.startRssBytes)}), heap ${mebibytes(report.peakHeapBytes)} (+${mebibytes(report.peakHeapBytes - report.startHeapBytes)})`);
for (const problem of report.problems.slice(0, 10)) console.log(`  problem: ${problem}`);
process.exit(report.problems.length === 0 ? 0 : 1);
