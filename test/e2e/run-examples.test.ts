/**
 * `nightjar run examples/X.ts` end to end: the built CLI in a child process, the real openai client over HTTP,
 * a scripted mock model. Each test asserts stdout, stderr, exit code and what the model was sent.
 */
import { describe, expect, it } from "vitest";
import { toolCall, type MockReply } from "nightjar-ts/testing";
import { runExample, toolResults, userMessage } from "./support/run-with-mock-model.js";

const byInstruction = (choose: (message: string) => MockReply) => (body: Record<string, unknown>) =>
  choose(userMessage({ body } as never));

describe("nightjar run examples", () => {
  it("classify-email: a block the model answers directly completes in one round trip", async () => {
    const run = await runExample({
      file: "examples/classify-email.ts",
      args: ["My order arrived broken, I want my money back."],
      script: [toolCall("done", { outputs: { category: "Refund request", reply: "We are sorry, a refund is on its way." } })],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "category: Refund request\nreply: We are sorry, a refund is on its way.\n" });
    expect(run.requests).toHaveLength(1);
    expect(userMessage(run.requests[0]!)).toContain('email: string = "My order arrived broken, I want my money back."');
  });

  it("classify-email: a thrown error class reaches the program's catch", async () => {
    const run = await runExample({
      file: "examples/classify-email.ts",
      args: ["WIN A FREE CRUISE!!!"],
      script: [toolCall("raise", { error: { type: "NotAnEmailError", message: "this is spam" } })],
    });
    expect(run).toMatchObject({ code: 2, stderr: "", stdout: "not a customer email: this is spam\n" });
  });

  it("triage-tickets: property writes, continue, break, and break out of a labelled loop around a switch", async () => {
    const script = byInstruction((message) => {
      if (message.includes("WIN A FREE CRUISE")) return toolCall("continue");
      if (message.includes("Checkout is down")) {
        return toolCall("break", { outputs: { "ticket.priority": "urgent", "ticket.team": "engineering" } });
      }
      if (message.includes("Invoice copy")) return toolCall("done", { outputs: { "ticket.priority": "low", "ticket.team": "billing" } });
      if (message.includes("error rate 40%")) return toolCall("break");
      return toolCall("done");
    });
    const run = await runExample({ file: "examples/triage-tickets.ts", script });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "#101 low -> billing",
        "triaged 1 of 4 tickets",
        "priorities: 101=low 102=normal 103=urgent 104=normal",
        "log: deploy started",
        "signal ok: health check ok",
        "watch ended at: error rate 40%",
        "",
      ].join("\n"),
    );
    expect(run.requests).toHaveLength(5);
  });

  it("plan-trip: exec sets an output Date, then return hands back a typed value", async () => {
    const run = await runExample({
      file: "examples/plan-trip.ts",
      args: ["Porto", "2"],
      script: [
        toolCall("exec", { code: 'departure = new Date("2025-06-06T08:00:00Z")' }),
        toolCall("return", { value: { city: "Porto", stops: [{ day: 1, activity: "Ribeira" }, { day: 2, activity: "Port cellars" }] } }),
      ],
    });
    expect(run).toMatchObject({
      code: 0,
      stderr: "",
      stdout: "departure: 2025-06-06T08:00:00.000Z (a Date)\nday 1: Ribeira\nday 2: Port cellars\n",
    });
    expect(userMessage(run.requests[0]!)).toContain("for 2 nights");
    expect(toolResults(run.requests[1]!)).toEqual(["Success"]);
  });

  it("shopping-cart: blocks in a method and a closure change the program's objects in place", async () => {
    const run = await runExample({
      file: "examples/shopping-cart.ts",
      script: [
        toolCall("exec", { code: "for (const item of items) item.price = Math.round(item.price * 90) / 100;" }),
        toolCall("done"),
        toolCall("exec", { code: "items[2].quantity = 1;" }),
        toolCall("done"),
      ],
    });
    expect(run).toMatchObject({
      code: 0,
      stderr: "",
      stdout: "shoes: 1 x 72.00\nsocks: 4 x 4.50\nhat: 1 x 22.50\ntotal: 112.50\nsame objects: true\n",
    });
    expect(userMessage(run.requests[2]!)).toContain('"price":72');
  });

  it("review-pipeline: each block reads what the previous one wrote", async () => {
    const aspects = [
      { name: "battery", sentiment: "positive", mentions: 2 },
      { name: "screen", sentiment: "negative", mentions: 2 },
    ];
    const script = byInstruction((message) => {
      if (message.includes("<:aspects>")) return toolCall("done", { outputs: { aspects } });
      if (message.includes("<:score>")) return toolCall("done", { outputs: { score: 3 } });
      return toolCall("done", { outputs: { headline: "Great battery, fragile screen" } });
    });
    const run = await runExample({ file: "examples/review-pipeline.ts", script });
    expect(run).toMatchObject({
      code: 0,
      stderr: "",
      stdout: "battery: positive (2)\nscreen: negative (2)\nscore: 3\nheadline: Great battery, fragile screen\n",
    });
    expect(run.requests).toHaveLength(3);
    expect(userMessage(run.requests[1]!)).toContain('"name":"battery"');
    expect(userMessage(run.requests[2]!)).toMatch(/score: number = 3/);
    expect(userMessage(run.requests[2]!)).toContain("at most 12 words");
  });

  it("validate-signup: return of a typed record", async () => {
    const run = await runExample({
      file: "examples/validate-signup.ts",
      script: [toolCall("return", { value: { displayName: "Ada Lovelace", email: "ada@example.org" } })],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "welcome, Ada Lovelace <ada@example.org>\n" });
  });

  it("validate-signup: each error class is caught by its own branch", async () => {
    const run = await runExample({
      file: "examples/validate-signup.ts",
      args: ["Bob", "bob@mailinator.com"],
      script: [toolCall("raise", { error: { type: "DisposableEmailError", message: "mailinator.com is disposable" } })],
    });
    expect(run).toMatchObject({ code: 3, stderr: "", stdout: "rejected (disposable email): mailinator.com is disposable\n" });
  });
});
