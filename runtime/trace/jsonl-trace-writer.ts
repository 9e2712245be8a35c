import { appendFileSync } from "node:fs";
import type { TraceListener } from "./trace-event.js";

const failedPaths = new Set<string>();

/**
 * A listener appending one JSON line per event to `path`. Synchronous appends keep lines whole and ordered
 * and survive a crash right after a block; tracing is a debugging aid, so the cost is acceptable. A file that
 * cannot be written is reported once on stderr and then skipped: tracing never changes what the program does.
 */
export function jsonlTraceWriter(path: string): TraceListener {
  return (event) => {
    if (failedPaths.has(path)) return;
    try {
      appendFileSync(path, `${JSON.stringify(event)}\n`);
    } catch (error) {
      failedPaths.add(path);
      process.stderr.write(`nightjar: cannot write trace file ${path} (NIGHTJAR_TRACE): ${(error as Error).message}; tracing to it is off\n`);
    }
  };
}
