/**
 * examples/track-orders.ts end to end: optional outputs left unchanged or set, and a labelled `continue` that
 * skips the rest of a batch (script in ./support/example-scripts.ts, shared with bench/example-prompts.ts).
 */
import { expect, it } from "vitest";
import { exampleRuns } from "./support/example-scripts.js";
import { runExample, userMessage } from "./support/run-with-mock-model.js";
import { programTimeoutMs } from "./support/run-program-text.js";

it("track-orders: optional outputs and a labelled continue", async () => {
  const run = await runExample({ ...exampleRuns.trackOrders, timeoutMs: programTimeoutMs });
  expect(run).toMatchObject({ code: 0, stderr: "", stdout: "A-1: shipped\nB-1: lost\nfirst lost: B-1\n" });
  expect(run.requests).toHaveLength(3);
  const first = userMessage(run.requests[0]!);
  expect(first).toContain("status?: Status\nfirstLost?: string | undefined");
  expect(first).toContain("label (break/continue an outer loop): batchLoop");
  expect(first).toContain("constructor(carrier: string, message?: string)");
}, programTimeoutMs + 10_000);
