import { describe, expect, it } from "vitest";
import { measureRun } from "../../bench/harness/measure-run.js";
import type { ProgramCase } from "../../bench/harness/program-case.js";
import type { CaseEvent } from "../../bench/harness/run-child.js";
import type { ModelCallRecord } from "../../bench/simulator/endpoint-server.js";

const cases: ProgramCase[] = [
  { name: "a", input: 1, expected: "A", natural: [], twin: [] },
  { name: "b", input: 2, expected: "B", natural: [], twin: [] },
];

const event = (index: number, warmup: boolean, start: number, end: number, result: string): CaseEvent => ({
  type: "case",
  index,
  warmup,
  start,
  end,
  durationMs: end - start,
  result,
});

const record = (at: number, fresh: boolean, promptTokens = 10): ModelCallRecord => ({
  at,
  kind: "natural",
  fresh,
  promptTokens,
  completionTokens: 2,
  modelMs: 4,
  status: 200,
});

describe("measureRun", () => {
  it("gives each call to the case that started last before it, leaving the warm-up's calls out", () => {
    const run = { startupMs: 50, cases: [event(0, true, 100, 120, "A"), event(0, false, 120, 140, "A"), event(1, false, 140, 170, "wrong")] };
    // 140 is both the end of case a and the start of case b: it belongs to b only.
    const records = [record(101, true), record(121, true), record(140, true), record(150, false), record(160, true)];
    const measured = measureRun(run, cases, records);
    expect(measured.firstCallMs).toBe(20);
    expect(measured.cases.map((entry) => [entry.calls, entry.blocks, entry.maxCallsPerBlock, entry.promptTokens, entry.modelMs])).toEqual([
      [1, 1, 1, 10, 4],
      [3, 2, 2, 30, 12],
    ]);
    expect(measured.cases.map((entry) => entry.passed)).toEqual([true, false]);
    expect(measured.cases[1]!.failure).toBe('b: returned "wrong", expected "B"');
  });

  it("reports a thrown error with the model server's complaint", () => {
    const failing: CaseEvent = { ...event(0, false, 0, 10, "A"), result: undefined, error: { name: "NaturalBlockError", message: "no exit" } };
    const records = [{ ...record(5, true), status: 400, problem: "no natural answer is scripted" }];
    const [measured] = measureRun({ startupMs: 1, cases: [failing] }, cases, records).cases;
    expect(measured!.failure).toBe("a: NaturalBlockError: no exit (model: no natural answer is scripted)");
  });
});
