/**
 * The live status line: drawn on a terminal (run under `script`, which gives the child a pseudo-terminal),
 * absent when stderr is not a terminal (every other e2e test asserts an empty stderr for that).
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { cliMain, runWithMockModel } from "./support/run-with-mock-model.js";

const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("live status", () => {
  it.skipIf(!hasScript)("shows the running block's file:line, round trip and elapsed time on a terminal, then clears it", async () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cliMain)} run examples/classify-email.ts hello`;
    const run = await runWithMockModel({
      args: ["-e", `require("node:child_process").execFileSync("script", ["-qec", ${JSON.stringify(command)}, "/dev/null"], { stdio: "inherit" })`],
      script: [{ delayMs: 600, then: toolCall("done", { outputs: { category: "Other", reply: "Hi!" } }) }],
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\r\x1b\[2Knightjar examples\/classify-email\.ts:26 · round trip 1 · \d\.\ds/);
    expect(run.stdout).toContain("category: Other");
    const afterOutput = run.stdout.slice(run.stdout.lastIndexOf("reply: Hi!"));
    expect(afterOutput).not.toContain("nightjar examples");
  });

  it("prints no status when stderr is not a terminal", async () => {
    const run = await runWithMockModel({
      args: [cliMain, "run", "examples/classify-email.ts", "hello"],
      script: [{ delayMs: 600, then: toolCall("done", { outputs: { category: "Other", reply: "Hi!" } }) }],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "category: Other\nreply: Hi!\n" });
  });
});
