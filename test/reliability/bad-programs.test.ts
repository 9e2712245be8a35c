/**
 * Bad programs, end to end through the built CLI (`node dist/cli/main.js run`): blocks that do not compile are
 * reported together with file:line:column, code and hint, nothing runs, exit code 1; a block that fails at run
 * time (the loopback mock server — a simulated model — changes state in a code action, then fails) leaves the
 * program's state as it was, and an unhandled failure ends the program with exit code 1 naming file:line:col.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toolCall, type MockReply } from "../../runtime/testing/index.js";
import { runExample } from "../e2e/support/run-with-mock-model.js";

const fixture = (path: string): string => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));
const file = "test/reliability/fixtures/bad-blocks.ts";

describe("nightjar run on a bad program", () => {
  it("reports every malformed block, unknown name and wrong type with its location, and runs nothing", async () => {
    const run = await runExample({ file, script: [toolCall("done")] });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.requests).toHaveLength(0);
    const reported = [...run.stderr.matchAll(/^(\S+):(\d+):(\d+) - error (NJ\d{3}): /gm)].map(([, path, line, column, code]) => `${path}:${line}:${column} ${code}`);
    expect(reported).toEqual([
      `${file}:14:23 NJ001`, // unknown name <ordr>
      `${file}:15:47 NJ002`, // writes a const
      `${file}:16:21 NJ003`, // property that does not exist on the type
      `${file}:16:41 NJ003`, // and the block's second problem (every problem of a block is reported)
      `${file}:17:3 NJ004`, // block not awaited
      `${file}:18:23 NJ007`, // output type that cannot be validated (Map of functions)
      `${file}:19:16 NJ010`, // empty instruction
    ]);
    expect(run.stderr.match(/^ {2}hint: /gm)).toHaveLength(7);
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal/);
  });

  it("keeps the program's state when a block fails, and exits 1 naming the block that was not handled", async () => {
    const script = (body: Record<string, unknown>, index: number): MockReply => {
      if (index === 0) return toolCall("exec", { code: "cart.items[0].qty *= 2; cart.owner.name = 'Eve'" });
      const messages = body.messages as { role: string; content: string }[];
      return messages.some((message) => message.content.includes("Write a <:note>")) ? { fault: "status", status: 400 } : { fault: "status", status: 503 };
    };
    const run = await runExample({ file: fixture("failing-block/cart.ts"), cwd: fixture("failing-block"), script });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ reason: "model-error", line: 14, cart: { owner: { name: "Ada" }, items: [{ sku: "pen", qty: 1 }] }, note: "unchanged", same: true });
    // 1 code action + 1 request retried once (maxRetries 1 in the fixture's nightjar.config.json) + 1 rejected.
    expect(run.requests).toHaveLength(4);
    expect(run.stderr).toMatch(/cart\.ts:22:1 - natural block failed \(model-error\): .*answered 400/);
    expect(run.stderr).not.toContain("not reached");
  });
});
