import { appendFileSync } from "node:fs";
import { escapeControlCharacters } from "../errors/escape-control-characters.js";
import type { TraceListener } from "./trace-event.js";

const failedPaths = new Set<string>();

/**
 * A listener appending one JSON line per event to `path`. Synchronous appends keep lines whole and ordered
 * and survive a crash right after a block; tracing is a debugging aid, so the cost is acceptable. A file that
 * cannot be written is reported once on stderr and then skipped: tracing never changes what the program does.
 * JSON leaves U+2028, U+2029 and U+0085 raw, and readers that split lines on them would see extra lines; they
 * (and the other control characters JSON keeps) are written as `\uNNNN`, so one event is always one line.
 */
export function jsonlTraceWriter(path: string): TraceListener {
  return (event) => {
    if (failedPaths.has(path)) return;
    try {
      appendFileSync(path, `${escapeControlCharacters(JSON.stringify(event), { json: true })}\n`);
    } catch (error) {
      failedPaths.add(path);
      process.stderr.write(`nightjar: cannot write trace file ${escapeControlCharacters(`${path} (NIGHTJAR_TRACE): ${(error as Error).message}`)}; tracing to it is off\n`);
    }
  };
}
