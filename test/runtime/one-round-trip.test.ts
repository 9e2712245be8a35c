import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { countPromptTokens } from "../../bench/simulator/token-counter.js";
import { configure } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { createScriptedModel, resetConfiguration, toolCall } from "../../runtime/testing/index.js";
import { makeBlock, valueRead, write } from "./support/make-block.js";

enum Category {
  Presale = "Pre-sale question",
  Broken = "Broken item",
}

const block = makeBlock({
  instruction: "Classify <email> from <customer> (tier <tier>) into <:category> and write a one-line <:summary>.",
  reads: [
    valueRead("email", "string"),
    valueRead("customer", "{ name: string; since: Date }"),
    valueRead("tier", "number"),
    { name: "Category", kind: "enum", typeText: "typeof Category" },
  ],
  writes: [write("category", "Category", z.enum(Category)), write("summary", "string", z.string())],
  types: [{ name: "Category", text: 'enum Category { Presale = "Pre-sale question", Broken = "Broken item" }' }],
});
const scope = {
  email: "My order arrived broken, the lid is cracked.",
  customer: { name: "Ada", since: new Date("2021-03-04T00:00:00Z") },
  tier: 2,
  Category,
};

afterEach(resetConfiguration);

describe("a block the model can answer directly", () => {
  it("finishes in exactly one model request, with outputs from done", async () => {
    const model = createScriptedModel([toolCall("done", { outputs: { category: "Broken item", summary: "Lid cracked." } })]);
    configure({ chatModel: model });
    const outcome = await runBlock(block, { scope, interpolations: [] });
    expect(model.calls).toHaveLength(1);
    expect(outcome).toEqual({ exit: "done", writes: { category: Category.Broken, summary: "Lid cracked." } });
  });

  it("states instruction, every input's type and value, outputs, types and exits in the user message", async () => {
    const model = createScriptedModel([toolCall("done", { outputs: { category: "Pre-sale question", summary: "x" } })]);
    configure({ chatModel: model });
    await runBlock(block, { scope, interpolations: [] });
    const [system, user] = model.calls[0]!.messages;
    expect(system?.role).toBe("system");
    expect(user?.content).toContain(block.instruction);
    expect(user?.content).toContain(`email: string = ${JSON.stringify(scope.email)}`);
    expect(user?.content).toContain('customer: { name: string; since: Date } = {"name":"Ada","since":"2021-03-04T00:00:00.000Z"}');
    expect(user?.content).toContain("tier: number = 2");
    expect(user?.content).toContain("category: Category\nsummary: string");
    expect(user?.content).toContain('enum Category { Presale = "Pre-sale question"');
    expect(user?.content).not.toContain("Exits:");
    expect(user?.content).not.toContain("raise");
  });

  it("advertises done plus only the exits the site allows and the wording asks for", async () => {
    const model = createScriptedModel(Array.from({ length: 5 }, () => toolCall("done", {})));
    configure({ chatModel: model });
    const bare = makeBlock({ instruction: "Say hi." });
    const inLoop = { ...bare, exits: { loop: {}, throws: [] } };
    const inFunction = { ...bare, exits: { return: { typeText: "void", schema: z.undefined() }, throws: [] } };
    const run = (descriptor: typeof bare) => runBlock(descriptor, { scope: {}, interpolations: [] });
    await run(bare);
    await run(inLoop);
    await run({ ...inLoop, instruction: "Skip empty lines; stop at the end marker." });
    await run({ ...inFunction, instruction: "Return the greeting, or fail if there is none." });
    await run({ ...bare, instruction: "Break the news gently and return home." });
    const names = model.calls.map((call) => call.tools.map((tool) => tool.name).join(","));
    expect(names).toEqual(["done", "done", "done,break,continue", "done,return,raise", "done"]);
  });

  it("changes an input in place and finishes in one call, with the exit's code", async () => {
    const order = { id: 7, status: "new" };
    const model = createScriptedModel([toolCall("done", { code: "order.status = 'shipped'" })]);
    configure({ chatModel: model });
    const block = makeBlock({ instruction: "Set the status of <order> to shipped.", reads: [valueRead("order", "{ id: number; status: string }", z.object({ id: z.number(), status: z.string() }))] });
    await runBlock(block, { scope: { order }, interpolations: [] });
    expect(model.calls).toHaveLength(1);
    expect(model.calls[0]!.tools.map((tool) => tool.name)).toEqual(["eval", "exec", "done"]);
    expect(order).toEqual({ id: 7, status: "shipped" });
  });

  it("accepts eval/exec and an exit the site allows even when they were not advertised", async () => {
    const model = createScriptedModel([toolCall("eval", { expression: "1 + 1" }), toolCall("break", {})]);
    configure({ chatModel: model });
    const outcome = await runBlock(makeBlock({ instruction: "Look at it.", exits: { loop: {}, throws: [] } }), { scope: {}, interpolations: [] });
    expect(model.calls[0]!.tools.map((tool) => tool.name)).toEqual(["done"]);
    expect(model.calls[1]!.messages.at(-1)).toMatchObject({ role: "tool", content: "2" });
    expect(outcome.exit).toBe("break");
  });

  it("accepts an exit the site allows even when it was not advertised", async () => {
    const model = createScriptedModel([toolCall("break", {})]);
    configure({ chatModel: model });
    const outcome = await runBlock(makeBlock({ instruction: "Look at it.", exits: { loop: {}, throws: [] } }), { scope: {}, interpolations: [] });
    expect(model.calls[0]!.tools.map((tool) => tool.name)).not.toContain("break");
    expect(outcome.exit).toBe("break");
  });

  it("keeps a three-short-input block within its prompt-token budget, as a provider bills it (tools included)", async () => {
    const model = createScriptedModel([toolCall("done", { outputs: { category: "Broken item", summary: "s" } })]);
    configure({ chatModel: model });
    await runBlock(block, { scope, interpolations: [] });
    const { messages, tools } = model.calls[0]!;
    const billed = countPromptTokens({
      messages: messages.map((message) => ({ role: message.role, content: "content" in message ? message.content : null })),
      tools: tools.map((tool) => ({ type: "function", function: tool })),
    });
    // The same block cost 181 before the prompt was cut (a 26-token system message, section headers for
    // `Instruction:`); the budget is today's figure, so a prompt that grows fails here.
    expect(billed).toBeLessThanOrEqual(161);
  });

  it("renders a block that waited for its turn with the program's values as they are when its turn comes", async () => {
    const counter = { n: 1 };
    const model = createScriptedModel([toolCall("exec", { code: "counter.n = 5" }), toolCall("done", {}), toolCall("done", {})]);
    configure({ chatModel: model, maxConcurrentBlocks: 1 });
    const read = makeBlock({ instruction: "Look at <counter>.", reads: [valueRead("counter", "{ n: number }", z.object({ n: z.number() }))] });
    await Promise.all([
      runBlock({ ...read, instruction: "Bump <counter>." }, { scope: { counter }, interpolations: [] }),
      runBlock(read, { scope: { counter }, interpolations: [] }),
    ]);
    expect(counter.n).toBe(5);
    expect(model.calls[2]!.messages[1]?.content).toContain('counter: { n: number } = {"n":5}');
  });

  it("puts interpolated values into the instruction", async () => {
    const model = createScriptedModel([toolCall("done", {})]);
    configure({ chatModel: model });
    await runBlock(makeBlock({ instruction: "Answer in ${0} using at most ${1} words." }), { scope: {}, interpolations: ["French", 12] });
    expect(model.calls[0]!.messages[1]?.content).toContain("Answer in French using at most 12 words.");
  });
});
