/**
 * Real compiled programs on the embedded model: llama.cpp runs a tiny GGUF model with random weights, and the
 * grammar built from each block's tools and schemas makes its replies valid. Each tiny model favours some
 * characters, which decides the tool it calls (`done`, `break`, `continue`, `return`, `raise`) — its values
 * are noise, so the tests assert shapes and schemas, never particular answers.
 */
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configure, NaturalBlockError, onTrace, type TraceEvent } from "../../runtime/index.js";
import { createEmbeddedModel } from "../../runtime/model/local/create-embedded-model.js";
import { disposeLocalEngines } from "../../runtime/model/local/local-engine.js";
import { resetConfiguration } from "../../runtime/testing/index.js";
import { importCompiled, removeCompiledPrograms } from "../compiler/helpers/run-compiled.js";
import { createTestProject } from "../compiler/helpers/test-project.js";
import { removeTinyModels, tinyModelFile } from "./support/tiny-model-file.js";

const project = createTestProject();
const runtimeModule = path.resolve("runtime/internal.ts");

const program = `import { natural } from "nightjar-ts";
export enum Category { Presale = "Pre-sale question", Defective = "Defective item", Billing = "Billing question" }
export interface Ticket { title: string; priority: number; tags: string[]; due: Date | null }
export class SpamError extends Error {}

export async function triage(email: string) {
  let category!: Category;
  let ticket!: Ticket;
  let urgent!: boolean;
  await natural\`Read <email>; set <:category>, fill in <:ticket> and decide whether it is <:urgent>.\`;
  return { category, ticket, urgent };
}

export async function scan(items: string[]) {
  let seen = 0;
  for (const item of items) {
    let verdict = "";
    seen += 1;
    await natural\`If <item> is bad, write <:verdict> and break; otherwise continue with the next one.\`;
  }
  return seen;
}

export async function score(email: string): Promise<number> {
  let note = "before";
  await natural\`Write a <:note> about <email> and return its score from 1 to 5.\`;
  return -1;
}

export async function check(email: string) {
  await natural\`If <email> is spam, throw <SpamError>.\`;
  return "not spam";
}`;

let compiled: Record<string, any>;
let events: TraceEvent[] = [];
let stopTracing: () => void;

beforeAll(async () => {
  process.env.NIGHTJAR_GPU = "off";
  compiled = await importCompiled(project, program, { runtimeModule });
  stopTracing = onTrace((event) => events.push(event));
});
afterEach(() => {
  resetConfiguration();
  events = [];
});
afterAll(async () => {
  stopTracing();
  delete process.env.NIGHTJAR_GPU;
  await disposeLocalEngines();
  removeCompiledPrograms();
  removeTinyModels();
});

/** Runs on a tiny model that favours these characters, chosen through the `model` setting as a user would. */
function useTinyModel(favour: string, settings: Record<string, unknown> = {}): void {
  configure({ model: `local:${tinyModelFile({ favour })}`, ...settings });
}

const requests = () => events.filter((event) => event.type === "model-request");
const responses = () => events.filter((event): event is Extract<TraceEvent, { type: "model-response" }> => event.type === "model-response");

// No time limits beyond a generous ceiling: a request takes milliseconds on an idle machine, seconds on a busy one.
describe("blocks on the embedded model", { timeout: 300_000 }, () => {
  it("answers a block with typed outputs in one round trip, every output valid for its type", async () => {
    useTinyModel("done");
    const result = await compiled.triage("My mug arrived broken.");
    expect(requests()).toHaveLength(1);
    expect(["Pre-sale question", "Defective item", "Billing question"]).toContain(result.category);
    expect(typeof result.ticket.title).toBe("string");
    expect(Number.isFinite(result.ticket.priority)).toBe(true);
    expect(Array.isArray(result.ticket.tags)).toBe(true);
    expect(result.ticket.due === null || result.ticket.due instanceof Date).toBe(true);
    expect(typeof result.urgent).toBe("boolean");
    const [response] = responses();
    expect(response!.toolCalls).toHaveLength(1);
    expect(response!.toolCalls[0]!.name).toBe("done");
    expect(response!.usage?.completionTokens).toBeGreaterThan(0);
    expect(events.find((event) => event.type === "block-start")).toMatchObject({ model: expect.stringContaining("embedded llama.cpp") });
  });

  it("leaves a loop with break, or goes on with continue, one round trip per iteration", async () => {
    useTinyModel("b");
    await expect(compiled.scan(["a", "b", "c"])).resolves.toBe(1);
    expect(requests()).toHaveLength(1);
    events = [];
    useTinyModel("c");
    await expect(compiled.scan(["a", "b", "c"])).resolves.toBe(3);
    expect(requests()).toHaveLength(3);
    expect(responses().map((response) => response.toolCalls[0]!.name)).toEqual(["continue", "continue", "continue"]);
  });

  it("returns a value of the function's return type", async () => {
    useTinyModel("lred");
    const value = await compiled.score("Great service!");
    expect(Number.isInteger(value)).toBe(true);
    expect(value).not.toBe(-1);
    expect(requests()).toHaveLength(1);
  });

  it("throws an error class the block allows", async () => {
    useTinyModel("rae");
    const error = await compiled.check("WIN A PRIZE").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).constructor.name).toBe("SpamError");
    expect(requests()).toHaveLength(1);
  });

  it("feeds a rejected exit back for repair each turn, and fails the block at the tool-call limit", async () => {
    // This model always returns the scope variable named "" (well-formed, but no such variable).
    useTinyModel("ret", { maxToolCalls: 3 });
    const error = await compiled.score("Great service!").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NaturalBlockError);
    expect((error as NaturalBlockError).reason).toBe("invalid-exit");
    expect(requests()).toHaveLength(3);
    const results = events.filter((event): event is Extract<TraceEvent, { type: "tool-result" }> => event.type === "tool-result");
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(result.name).toBe("return");
      expect(result.success).toBe(false);
      expect(result.result).toMatch(/^Error: /);
      expect(JSON.parse(result.arguments)).toEqual({ variable: "" });
    }
    // Each repair request carries the previous error.
    const last = requests().at(-1) as Extract<TraceEvent, { type: "model-request" }>;
    expect(last.messages.at(-1)).toMatchObject({ role: "tool", content: expect.stringMatching(/^Error: /) });
  });

  it("serves blocks started together from one loaded model", async () => {
    useTinyModel("done", { maxConcurrentRequests: 4 });
    const results = await Promise.all(["a", "b", "c", "d", "e"].map((email) => compiled.triage(email)));
    expect(results).toHaveLength(5);
    expect(requests()).toHaveLength(5);
    // Every model object for the same file shares one loaded engine (weights and context).
    const model = `local:${tinyModelFile({ favour: "done" })}`;
    expect(await createEmbeddedModel({ model }).load()).toBe(await createEmbeddedModel({ model }).load());
  });
});
