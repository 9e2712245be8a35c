/**
 * A tiny stand-in for `nightjar-ts/internal` used by execution tests: `runBlock` asks a scripted handler how the
 * block ends, then validates writes and return values with the descriptor's own schemas (as the real runtime
 * does) and raises errors of the classes in scope. No model is involved.
 */
export const fakeRuntimeSource = `
import { z } from "zod";
export { z };
export async function runBlock(block, invocation) {
  const handler = globalThis[Symbol.for("nightjar-ts.test.fake-runtime")];
  const outcome = await handler(block, invocation);
  const writes = {};
  for (const [target, value] of Object.entries(outcome.writes ?? {})) {
    const write = block.writes.find((candidate) => candidate.target === target);
    if (!write) throw new Error("fake runtime: the block has no write " + target);
    writes[target] = write.schema.parse(value);
  }
  if (outcome.exit === "raise") {
    const ErrorClass = outcome.type === "Error" ? Error : invocation.scope[outcome.type];
    throw new ErrorClass(outcome.message);
  }
  if (outcome.exit === "return") return { exit: "return", writes, value: block.exits.return.schema.parse(outcome.value) };
  return { exit: outcome.exit, writes };
}
`;

/** How the scripted model ends one block execution. */
export type FakeOutcome =
  | { exit: "done" | "break" | "continue"; writes?: Record<string, unknown> }
  | { exit: "return"; value?: unknown; writes?: Record<string, unknown> }
  | { exit: "raise"; type: string; message: string };

/** One recorded call of `runBlock`. */
export interface FakeCall {
  // The descriptor is `any` because it crosses from generated JavaScript.
  block: any;
  invocation: { scope: Record<string, unknown>; interpolations: unknown[] };
}

/** Installs the handler the fake runtime calls; returns the list of calls it records. */
export function scriptFakeRuntime(script: (call: FakeCall, index: number) => FakeOutcome): FakeCall[] {
  const calls: FakeCall[] = [];
  (globalThis as Record<symbol, unknown>)[Symbol.for("nightjar-ts.test.fake-runtime")] = async (block: unknown, invocation: FakeCall["invocation"]) => {
    const call = { block, invocation };
    calls.push(call);
    return script(call, calls.length - 1);
  };
  return calls;
}
