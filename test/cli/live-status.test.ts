import { describe, expect, it } from "vitest";
import { startLiveStatus } from "../../cli/live-status.js";
import type { TraceEvent, TraceListener } from "../../runtime/index.js";

/** A terminal stand-in recording what is written to it. */
function fakeTerminal() {
  const writes: string[] = [];
  const stream = { columns: 100, write: (chunk: string) => (writes.push(chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

function event(type: "block-start" | "model-request" | "block-end", roundTrip: number): TraceEvent {
  const base = { blockId: "a.ts:3:1", location: { file: `${process.cwd()}/a.ts`, line: 3, column: 1 }, roundTrip, time: Date.now() };
  if (type === "block-start") return { ...base, type, model: "m" };
  if (type === "model-request") return { ...base, type, messages: [], tools: [] };
  return { ...base, type, toolCalls: 1, usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 }, durationMs: 5 } as TraceEvent;
}

describe("startLiveStatus", () => {
  it("draws a line per running block, redraws it in place and clears it when the block ends", () => {
    const terminal = fakeTerminal();
    let emit: TraceListener = () => undefined;
    const stop = startLiveStatus({ stream: terminal.stream, subscribe: (listener) => ((emit = listener), () => undefined), interleaved: [] });
    emit(event("block-start", 0));
    emit(event("model-request", 1));
    emit(event("block-end", 1));
    stop();
    expect(terminal.writes[0]).toMatch(/^\r\x1b\[2Knightjar a\.ts:3 · starting · \d\.\ds$/);
    expect(terminal.writes[1]).toMatch(/^\r\x1b\[2Knightjar a\.ts:3 · round trip 1 · /);
    expect(terminal.writes.at(-1)).toBe("\r\x1b[2K");
  });

  it("moves program output above the line and leaves partial lines alone", () => {
    const terminal = fakeTerminal();
    const output = fakeTerminal();
    let emit: TraceListener = () => undefined;
    const stop = startLiveStatus({
      stream: terminal.stream,
      subscribe: (listener) => ((emit = listener), () => undefined),
      interleaved: [output.stream],
    });
    emit(event("block-start", 0));
    output.stream.write("hello\n");
    expect(terminal.writes.slice(1)).toEqual(["\r\x1b[2K", expect.stringMatching(/^\r\x1b\[2Knightjar a\.ts:3/)]);
    output.stream.write("Your answer: ");
    emit(event("model-request", 1));
    expect(terminal.writes).toHaveLength(4);
    stop();
    expect(output.writes).toEqual(["hello\n", "Your answer: "]);
  });
});
