/**
 * Errors a block raises, end to end (compiled program, built CLI, real openai client, mock server): they are
 * built through the class's declared constructor, a value that is not an Error is refused, and the thrown
 * error's stack leads with the block's line in the program's own .ts file.
 */
import { expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { toolResults, userMessage } from "./support/run-with-mock-model.js";
import { programTimeoutMs, runProgramText } from "./support/run-program-text.js";

const program = `import { natural } from "nightjar-ts";

class QuotaExceeded extends Error {
  constructor(public limit: number, message?: string) {
    super(message ?? \`quota of \${limit} exceeded\`);
    this.name = "QuotaExceeded";
  }
}

async function charge(amount: number): Promise<void> {
  await natural\`Charge <amount>. If it is over 100, throw <QuotaExceeded>.\`;
}

try {
  await charge(500);
} catch (error) {
  const quota = error as QuotaExceeded;
  console.log(\`\${quota instanceof QuotaExceeded} \${quota.limit} \${quota.message}\`);
  console.log(quota.stack!.split("\\n").slice(0, 2).join("\\n"));
}
`;

it("builds the error through its declared constructor, refuses non-errors, and points its stack at the block", async () => {
  const run = await runProgramText({
    files: { "charge.ts": program },
    script: [
      toolCall("exec", { code: "oops = 42" }),
      toolCall("raise", { variable: "oops" }),
      toolCall("raise", { error: { type: "QuotaExceeded", message: "over the limit" } }),
      toolCall("raise", { error: { type: "QuotaExceeded", message: "over the limit", args: ["100"] } }),
      toolCall("raise", { error: { type: "QuotaExceeded", message: "over the limit", args: [100, "500 is over 100"] } }),
    ],
  });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const [summary, header, firstFrame] = run.stdout.trim().split("\n");
  expect(summary).toBe("true 100 500 is over 100");
  expect(header).toBe("QuotaExceeded: 500 is over 100");
  // The first frame is the block's statement (line 11, column 3) in the original .ts, not a library file.
  expect(firstFrame).toMatch(/^\s+at charge \(.*charge\.ts:11:3\)$/);
  expect(run.stdout).not.toMatch(/resolve-raise|run-block|node_modules/);

  const user = userMessage(run.requests[0]!);
  expect(user).toContain("constructor(limit: number, message?: string)");
  expect(user).toContain("raise (QuotaExceeded, Error; QuotaExceeded: pass the constructor's arguments in error.args)");
  const results = toolResults(run.requests[4]!);
  expect(results[1]).toBe('Error: raise: `oops` holds number 42, not an Error; assign an error to it (oops = new Error("...")) or pass error: { type, message }');
  expect(results[2]).toContain("QuotaExceeded: its constructor does not take the message alone; pass the constructor's arguments in error.args");
  expect(results[3]).toContain("error.args does not match its constructor");
  expect(results[3]).toContain("- args[0]:");
}, programTimeoutMs + 10_000);
