/** `npm run bench -- --local`: the bench's model calls answered by the embedded model (a tiny test model here). */
import { afterAll, describe, expect, it } from "vitest";
import { disposeLocalEngines } from "../../runtime/model/local/local-engine.js";
import { createLocalEndpoint } from "../../bench/simulator/local-endpoint.js";
import { removeTinyModels, tinyModelFile } from "../local-model/support/tiny-model-file.js";

process.env.NIGHTJAR_GPU = "off";
afterAll(async () => {
  await disposeLocalEngines();
  removeTinyModels();
});

type Completion = { choices: { message: { content: string | null; tool_calls?: { function: { name: string; arguments: string } }[] } }[]; usage: { completion_tokens: number } };

describe("the bench's local endpoint", { timeout: 120_000 }, () => {
  it("answers a natural block's request with one call of an offered tool, and a twin's with JSON of its schema", async () => {
    const endpoint = await createLocalEndpoint(`local:${tinyModelFile({ favour: "done" })}`);
    expect(endpoint.description).toMatch(/^local model tiny-.*\(embedded llama\.cpp\) \(CPU, 1 threads; real latency and tokens;/);

    const tool = (name: string) => ({ type: "function", function: { name, description: name, parameters: { type: "object", properties: {} } } });
    const natural = await endpoint.answer({ messages: [{ role: "system", content: "s" }, { role: "user", content: "u" }], tools: [tool("eval"), tool("done")] }, undefined);
    expect(natural.status).toBe(200);
    const call = (natural.body as Completion).choices[0]!.message.tool_calls![0]!;
    expect(["eval", "done"]).toContain(call.function.name);
    expect(typeof JSON.parse(call.function.arguments)).toBe("object");

    const schema = { type: "object", properties: { category: { enum: ["refund", "presale", "other"] } }, required: ["category"] };
    const twin = await endpoint.answer({ messages: [{ role: "user", content: "classify" }], response_format: { type: "json_schema", json_schema: { name: "answer", schema } } }, undefined);
    expect(twin.status).toBe(200);
    const body = twin.body as Completion;
    expect(["refund", "presale", "other"]).toContain(JSON.parse(body.choices[0]!.message.content!).category);
    expect(body.usage.completion_tokens).toBeGreaterThan(0);
  });
});
