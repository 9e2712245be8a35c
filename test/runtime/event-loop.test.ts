/**
 * The program's thread keeps running while code actions run: timers tick, other blocks are served, and a
 * block's deadline ends a code action that will not stop. Real QuickJS engine threads, over HTTP against the
 * mock server. No tight time limits: figures are compared with what the same machine shows idle, and with the
 * code action's own duration, which the code action measures itself.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NaturalBlockError } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { toolCall } from "../../runtime/testing/index.js";
import { makeBlock, valueRead, write } from "./support/make-block.js";
import { useMockModel } from "./support/mock-model.js";

/** Records the times a 10 ms interval actually fires, until stopped. */
function startTicks(): { ticks: number[]; stop(): number[] } {
  const ticks: number[] = [Date.now()];
  const timer = setInterval(() => ticks.push(Date.now()), 10);
  return { ticks, stop: () => (clearInterval(timer), ticks) };
}

/** The largest gap between consecutive ticks inside [from, to]. */
function largestGap(ticks: number[], from: number, to: number): number {
  const inside = ticks.filter((tick) => tick >= from && tick <= to);
  return Math.max(...[from, ...inside, to].slice(1).map((tick, index) => tick - [from, ...inside][index]!));
}

const counterBlock = makeBlock({
  instruction: "Work on <counter> and set <:answer>.",
  reads: [valueRead("counter", "{ n: number }", z.object({ n: z.number() }))],
  writes: [write("answer", "number", z.number())],
});
const quickBlock = makeBlock({ instruction: "Answer quickly into <:answer>.", location: { file: "app/main.ts", line: 20, column: 3 }, writes: [write("answer", "number", z.number())] });
const isQuick = (body: Record<string, unknown>): boolean => JSON.stringify(body.messages).includes("Answer quickly");

describe("the program's event loop during code actions", () => {
  it("keeps ticking and serves other blocks while a getter the model planted computes for seconds", async () => {
    // The getter runs when `answer` is copied out for the first done: 2.5 s of the 5 s copy limit. The window
    // between the server's answer `done` and the next request contains it.
    const slowAnswer = "answer = Object.defineProperty({}, 'n', { get() { const start = Date.now(); while (Date.now() < start + 2500) {} return 1; }, enumerable: true })";
    const window: number[] = [];
    await useMockModel((body) => {
      if (isQuick(body)) return toolCall("done", { outputs: { answer: 1 } });
      const turn = (body.messages as unknown[]).filter((message) => (message as { role: string }).role === "tool").length;
      if (turn === 0) return toolCall("exec", { code: slowAnswer });
      window.push(Date.now());
      return turn === 1 ? toolCall("done") : toolCall("done", { outputs: { answer: 2 } });
    });
    // Quick blocks are started all along; those that finish inside the window were served while the getter
    // ran. The same stream before it gives the gap this machine shows anyway.
    const quickDone: number[] = [];
    const quick: Promise<unknown>[] = [];
    const starter = setInterval(() => quick.push(runBlock(quickBlock, { scope: {}, interpolations: [] }).then(() => quickDone.push(Date.now()))), 50);
    const baseline = startTicks();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const baselineTicks = baseline.stop();
    const usualGap = largestGap(baselineTicks, baselineTicks[0]!, baselineTicks.at(-1)!);
    const ticker = startTicks();
    const outcome = await runBlock(counterBlock, { scope: { counter: { n: 1 } }, interpolations: [] });
    clearInterval(starter);
    await Promise.all(quick);
    const ticks = ticker.stop();
    expect(outcome.writes).toEqual({ answer: 2 });
    const [start = 0, end = 0] = window;
    expect(end - start).toBeGreaterThanOrEqual(2500);
    const gap = largestGap(ticks, start, end);
    const servedInside = quickDone.filter((time) => time > start && time < end).length;
    // Blocked, the largest gap would be the whole 2.5 s. Allowed: half of that, and 10x the usual gap.
    expect(gap).toBeLessThan((end - start) / 2);
    expect(gap).toBeLessThan(Math.max(10 * usualGap, 100));
    expect(servedInside).toBeGreaterThan(0);
  });

  it("ends a block at its deadline while a getter the model planted never returns, and changes nothing", async () => {
    const counter = { n: 1 };
    const server = await useMockModel(
      [
        // The getter runs when the block's values are copied out for done (copy limit 5 s, far past the deadline).
        toolCall("exec", { code: "counter.n = 99; Object.defineProperty(counter, 'spin', { get() { for (;;) {} }, enumerable: true }); answer = 3" }),
        toolCall("done"),
      ],
      { blockTimeoutMs: 1500 },
    );
    const ticker = startTicks();
    const started = Date.now();
    const failure = await runBlock(counterBlock, { scope: { counter }, interpolations: [] }).catch((error: unknown) => error);
    const ended = Date.now();
    const ticks = ticker.stop();
    expect(failure).toBeInstanceOf(NaturalBlockError);
    expect((failure as NaturalBlockError).reason).toBe("timeout");
    expect(counter).toEqual({ n: 1 });
    expect(Object.keys(counter)).toEqual(["n"]);
    expect(server.requests).toHaveLength(2);
    // The block ended at its deadline, well before the copy limit would have stopped the getter.
    expect(ended - started).toBeLessThan(5000);
    expect(largestGap(ticks, started, ended)).toBeLessThan((ended - started) / 2);
    // The engine thread that was busy is freed or replaced: a new block's code action works.
    await useMockModel([toolCall("exec", { code: "answer = counter.n + 1" }), toolCall("done")]);
    expect(await runBlock(counterBlock, { scope: { counter }, interpolations: [] })).toEqual({ exit: "done", writes: { answer: 2 } });
  });

  it("ends a block at its deadline while a builtin that ignores the time limit runs", async () => {
    const counter = { n: 1 };
    const server = await useMockModel(
      [
        toolCall("exec", { code: "o = {}; for (let i = 0; i < 100000; i++) o = { o }" }),
        // QuickJS's JSON.stringify of a deep chain is quadratic and never polls the interrupt handler.
        toolCall("exec", { code: "counter.n = 99; JSON.stringify(o)" }),
        toolCall("done", { outputs: { answer: 1 } }),
      ],
      { blockTimeoutMs: 1500 },
    );
    const failure = await runBlock(counterBlock, { scope: { counter }, interpolations: [] }).catch((error: unknown) => error);
    expect((failure as NaturalBlockError).reason).toBe("timeout");
    expect(counter).toEqual({ n: 1 });
    expect(server.requests.length).toBeLessThanOrEqual(2);
  });
});
