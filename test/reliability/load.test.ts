/**
 * Load, end to end through the real `openai` client and the loopback mock server (simulated model): many
 * blocks started at once with Promise.all. Every block completes, each answer and each committed change is
 * derived from that block's own input (no cross-talk), the concurrency limits hold, and memory stays bounded.
 * CI runs 200 blocks; `npx tsx bench/load.ts` runs 1,000 and prints throughput and peak memory.
 */
import { afterEach, describe, expect, it } from "vitest";
import { resetConfiguration } from "../../runtime/testing/index.js";
import { runLoad } from "./support/run-load.js";

afterEach(() => resetConfiguration());

const mebibytes = (bytes: number): number => bytes / 2 ** 20;

describe("many blocks at once", () => {
  it("200 blocks in flight: all complete, each with its own state, within the limits", async () => {
    const report = await runLoad({ blocks: 200, maxConcurrentRequests: 16, latencyMs: 5, execEvery: 5, faultEvery: 10, retryWaits: "skipped" });
    expect(report.problems).toEqual([]);
    expect(report.completed).toBe(200);
    // One request per block, one more for each code action (every 5th), one more for each 503 (every 10th).
    expect(report.requests).toBe(200 + 40 + 20);
    expect(report.maxInFlight).toBeLessThanOrEqual(16);
    expect(report.maxInFlight).toBeGreaterThan(1);
    // Bounded: at most maxConcurrentBlocks (32) sandboxes alive, whatever the number of blocks in flight.
    expect(mebibytes(report.peakRssBytes - report.startRssBytes)).toBeLessThan(600);
    expect(mebibytes(report.peakHeapBytes - report.startHeapBytes)).toBeLessThan(200);
    console.log(
      `load (simulated model, 5 ms latency): 200 blocks in ${report.durationMs.toFixed(0)} ms, ` +
        `${((200 * 1000) / report.durationMs).toFixed(0)} blocks/s, ${report.requests} requests, max ${report.maxInFlight} in flight, ` +
        `peak RSS +${mebibytes(report.peakRssBytes - report.startRssBytes).toFixed(0)} MiB, heap +${mebibytes(report.peakHeapBytes - report.startHeapBytes).toFixed(0)} MiB`,
    );
  });

  it("maxConcurrentBlocks holds back blocks before they start", async () => {
    const report = await runLoad({ blocks: 40, maxConcurrentRequests: 16, maxConcurrentBlocks: 3, latencyMs: 5, execEvery: 2, faultEvery: 1000, retryWaits: "skipped" });
    expect(report.problems).toEqual([]);
    // Every 2nd block makes a code action; block 0 alone meets a 503 (faultEvery 1000).
    expect(report.requests).toBe(40 + 20 + 1);
    expect(report.maxInFlight).toBeLessThanOrEqual(3);
  });
});
