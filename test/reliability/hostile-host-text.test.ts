/**
 * What a hostile model (or server) sends never reaches a terminal, a prompt or a trace file raw, and odd reply
 * shapes never escape as a plain TypeError: real compiled programs over HTTP against the mock server.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toolCall, type MockReply } from "../../runtime/testing/index.js";
import { expectNaturalBlockError, useHostileBed } from "./support/hostile-program.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useHostileBed();
const directory = mkdtempSync(join(tmpdir(), "nj-hostile-text-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const program = `
import { natural } from "nightjar-ts";
export interface Ticket { id: number; title: string }
export function makeTicket(): Ticket { return { id: 1, title: "printer" }; }
export async function label(ticket: Ticket): Promise<string> {
  let answer = "";
  await natural\`Label <ticket> into <:answer>.\`;
  return answer;
}
export async function labelWith(ticket: Ticket, note: string): Promise<string> {
  let answer = "";
  await natural\`Label <ticket> (note: \${note}) into <:answer>.\`;
  return answer;
}
export class Rejected extends Error {}
export async function review(ticket: Ticket): Promise<string> {
  await natural\`Review <ticket>; if it is spam raise <Rejected>.\`;
  return "fine";
}
`;

/** A raw chat-completion answer with the given assistant message (sent with status 200). */
const rawReply = (message: Record<string, unknown>): MockReply => ({
  fault: "status",
  status: 200,
  body: { id: "raw", object: "chat.completion", created: 0, model: "nightjar-mock (simulated)", choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: "stop" }] },
});
const rawCall = (name: unknown, args: unknown): MockReply => rawReply({ content: null, tool_calls: [{ id: "c1", type: "function", function: { name, arguments: args } }] });

/** Terminal control: ESC sequences (title, clear screen, OSC 52 clipboard), C1 CSI, BEL, bidi override. */
const escapes = ["\u001b]0;pwned\u0007", "\u001b[2J\u001b[H", "\u001b]52;c;ZXZpbA==\u0007", "\u009b31m", "\u202egnp.exe", "\u0000\u001c\u001d\u001e"];
const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("server answers of odd shapes are NightjarErrors or accepted, never a TypeError", () => {
  it("arguments sent as a JSON object instead of its text are accepted", async () => {
    const compiled = await bed.compile(program);
    bed.use([rawCall("done", { outputs: { answer: "hardware" } })]);
    await expect(compiled.label(compiled.makeTicket())).resolves.toBe("hardware");
  });

  it("content sent as an object, then a valid call, finishes the block", async () => {
    const compiled = await bed.compile(program);
    bed.use([rawReply({ content: { evil: true } }), toolCall("done", { outputs: { answer: "ok" } })]);
    await expect(compiled.label(compiled.makeTicket())).resolves.toBe("ok");
  });

  it("content sent as a list of parts is read as its text", async () => {
    const compiled = await bed.compile(program);
    bed.use([rawReply({ content: [{ type: "text", text: "thinking" }] }), toolCall("done", { outputs: { answer: "ok" } })]);
    await expect(compiled.label(compiled.makeTicket())).resolves.toBe("ok");
  });

  it.each([
    ["a number as the tool name", rawCall(42, "{}")],
    ["an array as arguments", rawCall("done", [1, 2])],
  ])("%s ends in a typed error or a repair, never a TypeError", async (_name, reply) => {
    const compiled = await bed.compile(program);
    const ticket = compiled.makeTicket();
    const state = snapshotState({ ticket });
    bed.use([reply], { maxToolCalls: 2 });
    await expectNaturalBlockError(compiled.label(ticket));
    state.expectUnchanged();
  });

  it("null arguments count as no arguments (the output keeps the value it holds)", async () => {
    const compiled = await bed.compile(program);
    bed.use([rawCall("done", null)]);
    await expect(compiled.label(compiled.makeTicket())).resolves.toBe("");
  });

  it("tool_calls that is not a list is a model error after retries, typed", async () => {
    const compiled = await bed.compile(program);
    bed.use([rawReply({ content: null, tool_calls: "done" })]);
    await expectNaturalBlockError(compiled.label(compiled.makeTicket()), "model-error");
  });
});

describe("model text in error messages is escaped", () => {
  it.each(escapes)("text, tool name, arguments and console output holding %j reach the message escaped", async (escape) => {
    const compiled = await bed.compile(program);
    bed.use(
      [
        { text: `hello ${escape}` },
        toolCall(`tool${escape}`, {}),
        toolCall("exec", { code: `console.log(${JSON.stringify(`out ${escape}`)}); throw new Error(${JSON.stringify(`bad ${escape}`)})` }),
        toolCall("done", { outputs: { answer: 5, note: escape } }),
      ],
      { maxToolCalls: 4 },
    );
    const error = await expectNaturalBlockError(compiled.label(compiled.makeTicket()));
    expect(error.message).not.toMatch(rawControl);
    expect(error.message).toContain("Last model turns");
  });

  it("a raised error's message keeps no terminal control", async () => {
    const compiled = await bed.compile(program);
    bed.use([toolCall("raise", { error: { type: "Rejected", message: "spam \u001b]0;pwned\u0007 \u202eevil" } })]);
    const error = (await compiled.review(compiled.makeTicket()).catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(compiled.Rejected);
    expect(error.message).not.toMatch(rawControl);
    expect(error.message).toContain("spam");
  });
});

describe("interpolated text reaches the prompt with its control characters escaped", () => {
  it.each(["a\u0000b", "sep\u001c\u001d\u001e", "right\u202eleft", "esc\u001b[2J", "line\u2028break", "next\u0085line"])("%j", async (note) => {
    const compiled = await bed.compile(program);
    bed.use([toolCall("done", { outputs: { answer: "x" } })]);
    await compiled.labelWith(compiled.makeTicket(), note);
    const user = (bed.requests()[0]!.body as { messages: { role: string; content: string }[] }).messages.find((message) => message.role === "user")!.content;
    expect(user).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029]/);
    expect(user).toMatch(/\\u00|\\u20/);
  });
});

describe("the JSONL trace keeps one event per line", () => {
  it("line and paragraph separators and NEL from the model are escaped in the file", async () => {
    const compiled = await bed.compile(program);
    const trace = join(directory, "trace.jsonl");
    bed.use([toolCall("exec", { code: "console.log('a\\u2028b\\u2029c\\u0085d')" }), toolCall("done", { outputs: { answer: "x\u2028y" } })], { trace });
    await expect(compiled.label(compiled.makeTicket())).resolves.toBe("x\u2028y");
    const text = readFileSync(trace, "utf8");
    expect(text).not.toMatch(/[\u2028\u2029\u0085]/);
    const lines = text.split(/\r\n|[\n\r\u2028\u2029\u0085]/).filter((line) => line !== "");
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.map((line) => JSON.parse(line).type)).toEqual(["block-start", "model-request", "model-response", "tool-result", "model-request", "model-response", "block-end", "state-commit"]);
  });
});
