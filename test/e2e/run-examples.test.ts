/**
 * `nightjar run examples/X.ts` end to end: the built CLI in a child process, the real openai client over HTTP,
 * a scripted mock model (the scripts are in ./support/example-scripts.ts). Each test asserts stdout, stderr,
 * exit code and what the model was sent.
 */
import { describe, expect, it } from "vitest";
import { exampleRuns } from "./support/example-scripts.js";
import { runExample, toolResults, userMessage } from "./support/run-with-mock-model.js";

describe("nightjar run examples", () => {
  it("classify-email: a block the model answers directly completes in one round trip", async () => {
    const run = await runExample(exampleRuns.classifyEmail);
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "category: Refund request\nreply: We are sorry, a refund is on its way.\n" });
    expect(run.requests).toHaveLength(1);
    expect(userMessage(run.requests[0]!)).toContain('email: string = "My order arrived broken, I want my money back."');
  });

  it("classify-email: a thrown error class reaches the program's catch", async () => {
    const run = await runExample(exampleRuns.classifyEmailSpam);
    expect(run).toMatchObject({ code: 2, stderr: "", stdout: "not a customer email: this is spam\n" });
  });

  it("triage-tickets: property writes, continue, break, and break out of a labelled loop around a switch", async () => {
    const run = await runExample(exampleRuns.triageTickets);
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

  it("answer-from-docs: code actions call the program function the block names, and only that one", async () => {
    const run = await runExample(exampleRuns.answerFromDocs);
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "Refunds reach your card within 5 business days (Refunds)\nsearched: refund, refunds card\ndocs kept: 3\n" });
    expect(userMessage(run.requests[0]!)).toContain("searchDocs: (query: string) => Promise<Doc[]> (program function; in eval/exec: await searchDocs(…))");
    expect(userMessage(run.requests[0]!)).not.toContain("deleteAllDocs");
    expect(toolResults(run.requests[1]!)[0]).toMatch(/^Error: ReferenceError: 'deleteAllDocs' is not defined/);
    expect(toolResults(run.requests[2]!).at(-1)).toBe('["Refunds"]');
    expect(toolResults(run.requests[3]!).at(-1)).toBe("Success");
  });

  it("plan-trip: exec sets an output Date, then return hands back a typed value", async () => {
    const run = await runExample(exampleRuns.planTrip);
    expect(run).toMatchObject({
      code: 0,
      stderr: "",
      stdout: "departure: 2025-06-06T08:00:00.000Z (a Date)\nday 1: Ribeira\nday 2: Port cellars\n",
    });
    expect(userMessage(run.requests[0]!)).toContain("for 2 nights");
    expect(toolResults(run.requests[1]!)).toEqual(["Success"]);
  });

  it("shopping-cart: blocks in a method and a closure change the program's objects in place", async () => {
    const run = await runExample(exampleRuns.shoppingCart);
    expect(run).toMatchObject({
      code: 0,
      stderr: "",
      stdout: "shoes: 1 x 72.00\nsocks: 4 x 4.50\nhat: 1 x 22.50\ntotal: 112.50\nsame objects: true\n",
    });
    expect(userMessage(run.requests[2]!)).toContain('"price":72');
  });

  it("review-pipeline: each block reads what the previous one wrote", async () => {
    const run = await runExample(exampleRuns.reviewPipeline);
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
    const run = await runExample(exampleRuns.validateSignup);
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "welcome, Ada Lovelace <ada@example.org>\n" });
  });

  it("validate-signup: each error class is caught by its own branch", async () => {
    const run = await runExample(exampleRuns.validateSignupDisposable);
    expect(run).toMatchObject({ code: 3, stderr: "", stdout: "rejected (disposable email): mailinator.com is disposable\n" });
  });
});
