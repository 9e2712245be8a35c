/**
 * Outputs set on some paths, end to end: an output whose type admits `undefined`, or a `let` that already holds
 * a value, may be left out of `done` (the program keeps its value, and the prompt says so); an output without a
 * value is still required.
 */
import { expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { toolResults, userMessage } from "./support/run-with-mock-model.js";
import { programTimeoutMs, runProgramText } from "./support/run-program-text.js";

const program = `import { natural } from "nightjar-ts";

type Status = "new" | "open" | "closed";
const orders = ["A-1 shipped", "B-2 lost"];

let lost = undefined as string | undefined;
let status = "new" as Status;
await natural\`If one of <orders> was lost, set <:lost> to its id. If every order shipped, set <:status> to "closed".\`;
console.log(\`lost=\${lost} status=\${status}\`);

let summary!: string;
await natural\`Summarise <orders> in <:summary>.\`;
console.log(summary);
`;

it("leaves optional outputs unchanged and still requires an output that holds no value", async () => {
  const run = await runProgramText({
    files: { "orders.ts": program },
    script: [
      toolCall("done", { outputs: { lost: "B-2" } }),
      toolCall("done", {}),
      toolCall("done", { outputs: { summary: "one shipped, one lost" } }),
    ],
  });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toBe("lost=B-2 status=new\none shipped, one lost\n");
  expect(run.requests).toHaveLength(3);
  const first = userMessage(run.requests[0]!);
  expect(first).toContain("Outputs (? = may stay unchanged):\nlost?: string | undefined\nstatus?: Status");
  const second = userMessage(run.requests[1]!);
  expect(second).toContain("Outputs:\nsummary: string");
  expect(toolResults(run.requests[2]!)[0]).toContain("summary: missing (type string)");
}, programTimeoutMs + 10_000);
