/**
 * `nightjar run file.py` reaches the Python host: the program gets its arguments, its block talks to the
 * configured model over HTTP, and its exit code becomes the CLI's.
 */
import { describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { tmpdir } from "node:os";
import { cliMain, runExample, runWithMockModel, userMessage } from "./support/run-with-mock-model.js";

describe("nightjar run with a Python program", () => {
  it("runs a block in a Python function with the program's arguments", async () => {
    const run = await runExample({
      file: "test/e2e/fixtures/python/greet.py",
      args: ["Grace"],
      script: [toolCall("return", { value: "Hello, Grace!" })],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "Hello, Grace!\n" });
    expect(run.requests).toHaveLength(1);
    expect(userMessage(run.requests[0]!)).toContain("Grace");
  });

  it("refuses --mount for TypeScript programs before running anything", async () => {
    const run = await runWithMockModel({ args: [cliMain, "run", "--mount", tmpdir(), "examples/classify-email.ts"], script: [] });
    expect(run).toMatchObject({ code: 1, stdout: "", stderr: 'nightjar: --mount applies to Python programs only\nRun "nightjar --help" for usage.\n' });
    expect(run.requests).toHaveLength(0);
  });
});
