/** Peak memory of this process while something runs: the resident set (engine threads included) and the JS heap. */
export interface MemoryPeak {
  peakRssBytes: number;
  peakHeapBytes: number;
  startRssBytes: number;
  startHeapBytes: number;
}

/** Samples every `intervalMs` until `stop()`, which takes a last sample and returns the peaks. */
export function sampleMemory(intervalMs = 10): { stop(): MemoryPeak } {
  const start = process.memoryUsage();
  const peak = { rss: start.rss, heap: start.heapUsed };
  const sample = () => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heap = Math.max(peak.heap, now.heapUsed);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakRssBytes: peak.rss, peakHeapBytes: peak.heap, startRssBytes: start.rss, startHeapBytes: start.heapUsed };
    },
  };
}
