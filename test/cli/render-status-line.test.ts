import { describe, expect, it } from "vitest";
import { renderStatusLine } from "../../cli/render-status-line.js";

const block = (where: string, roundTrip: number, startedAt: number, executions = 1) => ({ where, roundTrip, startedAt, executions });

describe("renderStatusLine", () => {
  it("is empty when no block runs", () => {
    expect(renderStatusLine({ blocks: [], now: 0, columns: 80 })).toBe("");
  });

  it("shows where the block is, the round trip it is on and elapsed seconds", () => {
    expect(renderStatusLine({ blocks: [block("examples/a.ts:12", 1, 1000)], now: 3450, columns: 80 })).toBe(
      "nightjar examples/a.ts:12 · round trip 1 · 2.5s",
    );
  });

  it("lists concurrent blocks and repeated executions", () => {
    const line = renderStatusLine({
      blocks: [block("a.ts:3", 2, 0, 3), block("b.ts:9", 0, 500)],
      now: 1000,
      columns: 120,
    });
    expect(line).toBe("nightjar a.ts:3 x3 · round trip 2 · 1.0s  |  b.ts:9 · starting · 0.5s");
  });

  it("never grows past the terminal width", () => {
    const line = renderStatusLine({ blocks: [block("a/very/long/path/to/some/file.ts:120", 12, 0)], now: 65_000, columns: 30 });
    expect(line).toHaveLength(29);
    expect(line.endsWith("…")).toBe(true);
  });
});
