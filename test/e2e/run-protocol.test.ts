/**
 * How a block's episode looks from outside the process: code actions before the exit, repair after a
 * validation error, transient server failures retried, a failing block reported with its location.
 */
import { describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { runExample, toolResults } from "./support/run-with-mock-model.js";

const countWords = "test/e2e/fixtures/count-words.ts";

describe("nightjar run: the model protocol over HTTP", () => {
  it("runs eval, then exits with done", async () => {
    const run = await runExample({
      file: countWords,
      args: ["one two three four"],
      script: [toolCall("eval", { expression: "text.split(' ').length" }), toolCall("done", { outputs: { words: 4 } })],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "words: 4\n" });
    expect(run.requests).toHaveLength(2);
    expect(toolResults(run.requests[1]!)).toEqual(["4"]);
  });

  it("asks the model to repair an output that fails validation, and writes only the valid one", async () => {
    const run = await runExample({
      file: countWords,
      args: ["a b"],
      script: [toolCall("done", { outputs: { words: "two" } }), toolCall("done", { outputs: { words: 2 } })],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "words: 2\n" });
    expect(run.requests).toHaveLength(2);
    const [repairRequest] = toolResults(run.requests[1]!);
    expect(repairRequest).toMatch(/^Error:/);
    expect(repairRequest).toContain("words");
  });

  it("retries a 500 from the server and completes", async () => {
    const run = await runExample({
      file: countWords,
      args: ["a b c"],
      script: [{ fault: "status", status: 500, retryAfter: 0 }, toolCall("done", { outputs: { words: 3 } })],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "words: 3\n" });
    expect(run.requests).toHaveLength(2);
  });

  it("commits writes before the program goes on, and the program's own error points at its .ts line", async () => {
    const run = await runExample({
      file: "test/e2e/fixtures/fails-after-block.ts",
      script: [toolCall("done", { outputs: { "order.status": "shipped" } })],
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("status: shipped\n");
    expect(run.stderr).toContain("Error: order 7 cannot be invoiced yet");
    expect(run.stderr).toMatch(/fails-after-block\.ts:11:7/);
  });

  it("reports a block that exhausts its tool calls as a NaturalBlockError with its location", async () => {
    const run = await runExample({
      file: countWords,
      args: ["a"],
      script: () => toolCall("eval", { expression: "1" }),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("NaturalBlockError: test/e2e/fixtures/count-words.ts:5:1 - natural block failed (tool-call-limit)");
    expect(run.stderr).toMatch(/at async .*count-words\.ts:5:1/);
    expect(run.stderr).not.toMatch(/lastTurns:|run-block|node:internal/);
    expect(run.requests.length).toBeGreaterThan(1);
  });
});
