import { describe, expect, it } from "vitest";
import { driveEpisode, runEpisode, type EpisodeResult, type EpisodeSpec } from "../../runtime/episode/index.js";
import { createScriptedModel, textReply, toolCall, type ScriptedReply } from "../../runtime/testing/index.js";
import { fakeHost } from "./support/fake-host.js";

const spec: EpisodeSpec = {
  blockId: "app/main.ts:3:1",
  location: { file: "app/main.ts", line: 3, column: 1 },
  language: "JavaScript",
  system: "system",
  user: "user",
  exits: { loop: false, function: false, advertised: new Set(), codeActions: true, outputs: true },
  maxToolCalls: 4,
};

async function run(replies: ScriptedReply[], options: { spec?: Partial<EpisodeSpec>; rejectExits?: number } = {}) {
  const host = fakeHost({ rejectExits: options.rejectExits });
  const model = createScriptedModel(replies);
  const result = await driveEpisode({ spec: { ...spec, ...options.spec }, host, model });
  const toolResults = model.calls.at(-1)?.messages.filter((message) => message.role === "tool").map((message) => message.content) ?? [];
  return { host, model, result, toolResults };
}

function exitOf(result: EpisodeResult): string {
  return result.success ? result.exit.exit : `failed: ${result.reason}`;
}

describe("the episode loop", () => {
  it("runs eval then done, feeding each tool result back", async () => {
    const { host, model, result } = await run([toolCall("eval", { expression: "x.length" }), toolCall("done", { outputs: { n: 3 } })]);
    expect(exitOf(result)).toBe("done");
    expect(host.log).toEqual(["eval x.length", 'exit {"exit":"done","outputs":{"n":3}}']);
    expect(model.calls[1]?.messages.at(-1)).toMatchObject({ role: "tool", content: "value of x.length" });
    expect(host.disposed).toBe(1);
  });

  it("runs an exit's code before the exit, in the same round trip", async () => {
    const { host, model, result } = await run([toolCall("done", { code: "order.status = 'shipped'", outputs: { n: 1 } })]);
    expect(exitOf(result)).toBe("done");
    expect(model.calls).toHaveLength(1);
    expect(host.log).toEqual(["exec order.status = 'shipped'", 'exit {"exit":"done","outputs":{"n":1}}']);
  });

  it("does not exit when the exit's code fails, and tells the model why", async () => {
    const { host, result, toolResults } = await run([toolCall("done", { code: "boom" }), toolCall("done", {})]);
    expect(exitOf(result)).toBe("done");
    expect(host.log).toEqual(["exec boom", 'exit {"exit":"done"}']);
    expect(toolResults[0]).toBe("Error: the exit's code failed, so the block did not finish: ReferenceError: boom is not defined");
  });

  it("accepts outputs sent JSON-encoded as a string", async () => {
    const { host } = await run([toolCall("done", { outputs: '{"n":3}' })]);
    expect(host.log).toEqual(['exit {"exit":"done","outputs":{"n":3}}']);
  });

  it("handles several tool calls of one turn in order and stops at the exit", async () => {
    const turn: ScriptedReply = {
      toolCalls: [
        { name: "exec", arguments: { code: "a = 1" } },
        { name: "done", arguments: {} },
        { name: "exec", arguments: { code: "never" } },
      ],
    };
    const { host, model, result } = await run([turn]);
    expect(exitOf(result)).toBe("done");
    expect(host.log).toEqual(["exec a = 1", 'exit {"exit":"done"}']);
    expect(model.calls).toHaveLength(1);
  });

  it("answers unknown tools, tools not offered, malformed and unknown arguments with Error: results", async () => {
    const { result, toolResults } = await run([
      {
        toolCalls: [
          { name: "shell", arguments: { cmd: "ls" } },
          { name: "break", arguments: {} },
          { name: "eval", arguments: "{not json" },
          { name: "eval", arguments: { expression: "x", extra: 1 } },
        ],
      },
      toolCall("done"),
    ], { spec: { maxToolCalls: 6 } });
    expect(exitOf(result)).toBe("done");
    expect(toolResults).toHaveLength(4);
    for (const text of toolResults) expect(text.startsWith("Error: ")).toBe(true);
    expect(toolResults[0]).toContain("`shell` is not available here; use one of: eval, exec, done, raise");
    expect(toolResults[1]).toContain("`break` is not available");
    expect(toolResults[2]).toContain("not valid JSON");
    expect(toolResults[3]).toContain("extra");
  });

  it("reminds a model that answers in plain text, and counts that turn", async () => {
    const { model, result } = await run([textReply("The answer is 4."), toolCall("done")]);
    expect(exitOf(result)).toBe("done");
    const reminder = model.calls[1]?.messages.at(-1);
    expect(reminder).toMatchObject({ role: "user" });
    expect(reminder?.content).toMatch(/^Error: reply with a tool call/);
    const limited = await run([textReply("a"), textReply("b")], { spec: { maxToolCalls: 2 } });
    expect(exitOf(limited.result)).toBe("failed: tool-call-limit");
  });

  it("gives the host's validation message back so the model can repair, then accepts the fix", async () => {
    const { result, toolResults } = await run([toolCall("done", { outputs: { answer: "x" } }), toolCall("done", { outputs: { answer: 1 } })], { rejectExits: 1 });
    expect(exitOf(result)).toBe("done");
    expect(toolResults).toEqual(["Error: done was not accepted:\n- answer: expected number"]);
  });

  it("fails with invalid-exit when exits never validate, and with tool-call-limit when none was tried", async () => {
    const invalid = await run([toolCall("done"), toolCall("done"), toolCall("done")], { spec: { maxToolCalls: 3 }, rejectExits: 9 });
    expect(exitOf(invalid.result)).toBe("failed: invalid-exit");
    const busy = await run([toolCall("eval", { expression: "1" }), toolCall("eval", { expression: "2" })], { spec: { maxToolCalls: 2 } });
    expect(exitOf(busy.result)).toBe("failed: tool-call-limit");
    expect(busy.model.calls).toHaveLength(2);
    expect(busy.host.disposed).toBe(1);
  });

  it("checks raise and return arguments before asking the host", async () => {
    const { host, toolResults, result } = await run(
      [toolCall("raise", {}), toolCall("return", { value: 1, variable: "v" }), toolCall("return", { value: null })],
      { spec: { exits: { loop: false, function: true, advertised: new Set(), codeActions: true, outputs: true } } },
    );
    expect(toolResults[0]).toContain("pass either `variable` or `error");
    expect(toolResults[1]).toContain("either `value` or `variable`");
    expect(exitOf(result)).toBe("return");
    expect(host.log).toEqual(['exit {"exit":"return","value":null,"hasValue":true}']);
  });

  it("is a plain generator a synchronous driver can step through", () => {
    const episode = runEpisode(spec, fakeHost());
    const first = episode.next();
    expect(first.done).toBe(false);
    const end = episode.next({ content: null, toolCalls: [{ id: "1", name: "done", arguments: "{}" }] });
    expect(end.done).toBe(true);
    expect(end.value && exitOf(end.value as EpisodeResult)).toBe("done");
  });

  it("turns a failed model request into a model-error result", async () => {
    const host = fakeHost();
    const model = createScriptedModel([]);
    const result = await driveEpisode({ spec, host, model });
    expect(result.success).toBe(false);
    expect(!result.success && result.reason).toBe("model-error");
    expect(host.disposed).toBe(1);
  });
});
