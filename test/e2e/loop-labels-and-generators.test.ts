/**
 * Exits the instruction names, end to end: `continue outer` / `break outer` act on the labelled loop they name
 * (a label that is not around the block is refused with the ones that are), and a block inside an async
 * generator is offered `return` with the generator's return type.
 */
import { expect, it } from "vitest";
import { toolCall, type MockReply } from "nightjar-ts/testing";
import { toolResults, userMessage } from "./support/run-with-mock-model.js";
import { programTimeoutMs, runProgramText } from "./support/run-program-text.js";

const program = `import { natural } from "nightjar-ts";

const shelves = [["apple", "STOP", "pear"], ["fig", "kiwi", "lime"], ["plum"]];
const seen: string[] = [];
outer: for (const shelf of shelves) {
  for (const item of shelf) {
    await natural\`If <item> is "STOP", continue outer; if it is "kiwi", break outer.\`;
    seen.push(item);
  }
}
console.log(seen.join(","));

async function* lines(texts: string[]): AsyncGenerator<string, string> {
  for (const text of texts) {
    await natural\`If <text> says "end", return "ended early".\`;
    yield text;
  }
  return "all read";
}
const reader = lines(["a", "end", "b"]);
for (let step = await reader.next(); ; step = await reader.next()) {
  if (step.done) {
    console.log(\`returned: \${step.value}\`);
    break;
  }
  console.log(\`yielded: \${step.value}\`);
}
`;

function reply(body: Record<string, unknown>): MockReply {
  const request = { body } as never;
  const message = userMessage(request);
  const value = /= "([^"]*)"/.exec(message)?.[1];
  if (value === "STOP") return toolResults(request).length === 0 ? toolCall("continue", { label: "inner" }) : toolCall("continue", { label: "outer" });
  if (value === "kiwi") return toolCall("break", { label: "outer" });
  if (value === "end") return toolCall("return", { value: "ended early" });
  return toolCall("done");
}

it("honours labelled continue/break and offers return inside an async generator", async () => {
  const run = await runProgramText({ files: { "shelves.ts": program }, script: reply });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toBe("apple,fig\nyielded: a\nreturned: ended early\n");
  const stop = run.requests.find((request) => userMessage(request).includes('item: string = "STOP"') && toolResults(request).length > 0)!;
  expect(userMessage(stop)).toContain("Exits: label (break/continue an outer loop): outer");
  expect(toolResults(stop)[0]).toBe("Error: continue: there is no loop labelled `inner` (labelled loops around the block: outer)");
  const generator = run.requests.find((request) => userMessage(request).includes("<text>"))!;
  expect(userMessage(generator)).toContain("return (string)");
}, programTimeoutMs + 10_000);
