/**
 * Live status on a terminal: follows the runtime's trace events and keeps one line on stderr, redrawn in place,
 * showing each running block. Output the program writes meanwhile goes above the line: the line is cleared
 * before each write and drawn again after it — unless the write left a partial line (a prompt), which the
 * status must not erase.
 */
import { relative } from "node:path";
import type { TraceEvent, TraceListener } from "../runtime/index.js";
import { renderStatusLine, type RunningBlock } from "./render-status-line.js";

/** Where the status goes and where the events come from. */
export interface LiveStatusOptions {
  stream: NodeJS.WriteStream;
  subscribe: (listener: TraceListener) => () => void;
  /** Streams whose writes must not tear the line (stdout and the status stream itself). */
  interleaved: NodeJS.WriteStream[];
}

const clearLine = "\r\x1b[2K";

/** Starts the status line; returns the function that stops it and clears the line. */
export function startLiveStatus(options: LiveStatusOptions): () => void {
  const blocks = new Map<string, RunningBlock>();
  let shown = "";
  let atLineStart = true;
  const rawWrite = options.stream.write.bind(options.stream);
  const draw = () => {
    if (!atLineStart) return;
    const line = renderStatusLine({ blocks: [...blocks.values()], now: Date.now(), columns: options.stream.columns || 80 });
    if (line !== shown) rawWrite(`${clearLine}${line}`);
    shown = line;
  };
  const hide = () => {
    if (shown) rawWrite(clearLine);
    shown = "";
  };
  const restoreWrites = options.interleaved.map((stream) =>
    interleave(stream, {
      before: hide,
      after: (chunk) => {
        atLineStart = endsWithNewline(chunk);
        draw();
      },
    }),
  );
  const unsubscribe = options.subscribe((event) => {
    updateBlocks(blocks, event);
    draw();
  });
  const timer = setInterval(draw, 200).unref();
  return () => {
    clearInterval(timer);
    unsubscribe();
    restoreWrites.forEach((restore) => restore());
    hide();
  };
}

function updateBlocks(blocks: Map<string, RunningBlock>, event: TraceEvent): void {
  const running = blocks.get(event.blockId);
  if (event.type === "block-start") {
    if (running) running.executions += 1;
    else blocks.set(event.blockId, { where: whereOf(event), roundTrip: event.roundTrip, startedAt: event.time, executions: 1 });
  } else if (event.type === "block-end") {
    if (running && running.executions > 1) running.executions -= 1;
    else blocks.delete(event.blockId);
  } else if (running) {
    running.roundTrip = Math.max(running.roundTrip, event.roundTrip);
  }
}

function whereOf(event: TraceEvent): string {
  return `${relative(process.cwd(), event.location.file)}:${event.location.line}`;
}

function endsWithNewline(chunk: unknown): boolean {
  if (typeof chunk === "string") return chunk.endsWith("\n");
  return chunk instanceof Uint8Array && chunk[chunk.length - 1] === 10;
}

/** Wraps `stream.write` with hooks around each write; returns the function that undoes the wrapping. */
function interleave(stream: NodeJS.WriteStream, hooks: { before: () => void; after: (chunk: unknown) => void }) {
  const original = stream.write;
  stream.write = function write(this: NodeJS.WriteStream, ...args: Parameters<typeof original>) {
    hooks.before();
    const result = original.apply(this, args);
    hooks.after(args[0]);
    return result;
  } as typeof original;
  return () => {
    stream.write = original;
  };
}
