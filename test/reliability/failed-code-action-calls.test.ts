/**
 * Program-function calls of a code action that fails, through real compiled programs over HTTP (simulated
 * model). A program function's effects are real, so a call the failed code action had not yet handed to the
 * program is dropped: never performed, neither later in the block (a following code action's first step) nor
 * after it. A call already performed (awaited before the failure) stays performed; a later code action
 * awaiting a dropped call's promise is told it was not called.
 */
import { describe, expect, it } from "vitest";
import { toolCall, type MockReply } from "../../runtime/testing/index.js";
import { useHostileBed } from "./support/hostile-program.js";

const bed = useHostileBed();

const program = `
import { natural } from "nightjar-ts";
export const calls: string[] = [];
export function reset(): void { calls.length = 0; }
export async function ping(label: string): Promise<number> {
  calls.push(label);
  return calls.length;
}
export async function record(note: string): Promise<void> {
  await natural\`Record <note> with <ping>.\`;
}
`;

/** Runs the block with these model turns, then `done`; answers the program's calls and the tool results. */
async function recordWith(...turns: MockReply[]): Promise<{ calls: string[]; results: string[] }> {
  const compiled = await bed.compile(program);
  compiled.reset();
  bed.use([...turns, toolCall("done")]);
  await compiled.record("hello");
  return { calls: compiled.calls, results: bed.toolResults() };
}

describe("a code action that fails", () => {
  it("synchronously (throw) drops its queued calls: a later code action does not perform them", async () => {
    const { calls, results } = await recordWith(toolCall("exec", { code: "ping('dropped'); throw new Error('x')" }), toolCall("eval", { expression: "1 + 1" }));
    expect(results).toEqual(["Error: x", "2"]);
    expect(calls).toEqual([]);
  });

  it("synchronously (a TypeError) drops them too, while a successful code action's unawaited call is performed", async () => {
    const { calls } = await recordWith(toolCall("exec", { code: "ping('kept')" }), toolCall("exec", { code: "ping('dropped'); null.x" }), toolCall("exec", { code: "await ping('after')" }));
    expect(calls).toEqual(["kept", "after"]);
  });

  it("after an awaited call keeps that call and drops the ones queued when it failed", async () => {
    const { calls, results } = await recordWith(toolCall("exec", { code: "await ping('awaited'); ping('dropped'); throw new Error('x')" }), toolCall("eval", { expression: "1 + 1" }));
    expect(results).toEqual(["Error: x", "2"]);
    expect(calls).toEqual(["awaited"]);
  });

  it("leaves a dropped call's promise rejected: a later code action awaiting it is told it was not called", async () => {
    const { calls, results } = await recordWith(toolCall("exec", { code: "pending = ping('dropped'); throw new Error('x')" }), toolCall("eval", { expression: "await pending" }));
    expect(results).toEqual(["Error: x", "Error: ping(…) was not called: the code action that called it failed first"]);
    expect(calls).toEqual([]);
  });
});
