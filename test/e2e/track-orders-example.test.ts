/**
 * examples/track-orders.ts end to end: optional outputs left unchanged or set, and a labelled `continue` that
 * skips the rest of a batch.
 */
import { expect, it } from "vitest";
import { toolCall, type MockReply } from "nightjar-ts/testing";
import { runExample, userMessage } from "./support/run-with-mock-model.js";
import { programTimeoutMs } from "./support/run-program-text.js";

function reply(body: Record<string, unknown>): MockReply {
  const message = userMessage({ body } as never);
  if (message.includes('"A-1"')) return toolCall("done", { outputs: { status: "shipped" } });
  if (message.includes('"A-2"')) return toolCall("continue", { label: "batchLoop" });
  if (message.includes('"B-1"')) return toolCall("done", { outputs: { status: "lost", firstLost: "B-1" } });
  return toolCall("done");
}

it("track-orders: optional outputs and a labelled continue", async () => {
  const run = await runExample({ file: "examples/track-orders.ts", script: reply, timeoutMs: programTimeoutMs });
  expect(run).toMatchObject({ code: 0, stderr: "", stdout: "A-1: shipped\nB-1: lost\nfirst lost: B-1\n" });
  expect(run.requests).toHaveLength(3);
  const first = userMessage(run.requests[0]!);
  expect(first).toContain("status?: Status\nfirstLost?: string | undefined");
  expect(first).toContain("label (break/continue an outer loop): batchLoop");
  expect(first).toContain("constructor(carrier: string, message?: string)");
}, programTimeoutMs + 10_000);
