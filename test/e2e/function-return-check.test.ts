/**
 * Functions as tools, end to end: the compiler gives each function the block names the schema of its declared
 * (awaited) return type, and a result that does not match it is refused before the model sees it.
 */
import { expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { toolResults } from "./support/run-with-mock-model.js";
import { programTimeoutMs, runProgramText } from "./support/run-program-text.js";

const program = `import { natural } from "nightjar-ts";

interface Price { cents: number; currency: "EUR" | "USD" }
const calls: string[] = [];

async function priceOf(sku: string): Promise<Price> {
  calls.push(sku);
  // The program breaks its own promise: the declared type says cents is a number.
  return (sku === "bad" ? { cents: "12", currency: "EUR" } : { cents: 1200, currency: "EUR" }) as any;
}

let total = 0;
await natural\`Add up the prices of "good" and "bad" with <priceOf> and save the cents in <:total>.\`;
console.log(\`total=\${total} calls=\${calls.join(",")}\`);
`;

it("checks what a program function returns against its declared return type", async () => {
  const run = await runProgramText({
    files: { "prices.ts": program },
    script: [
      toolCall("eval", { expression: `(await priceOf("good")).cents` }),
      toolCall("eval", { expression: `(await priceOf("bad")).cents` }),
      toolCall("done", { outputs: { total: 1200 } }),
    ],
  });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toBe("total=1200 calls=good,bad\n");
  expect(toolResults(run.requests[1]!)[0]).toBe("1200");
  const refused = toolResults(run.requests[2]!).at(-1)!;
  expect(refused).toContain("priceOf returned a value that does not match its declared return type");
  expect(refused).toContain("cents");
}, programTimeoutMs + 10_000);
