import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { call, done, json } from "../../bench/harness/scripted-reply.js";
import { startEndpointServer, type EndpointServer } from "../../bench/simulator/endpoint-server.js";
import { latencyProfiles } from "../../bench/simulator/latency-profiles.js";
import { createSimulatedEndpoint } from "../../bench/simulator/simulated-endpoint.js";

const doneTool = { type: "function" as const, function: { name: "done", parameters: { type: "object", properties: {} } } };
let server: EndpointServer;
let client: OpenAI;

beforeAll(async () => {
  const simulator = createSimulatedEndpoint({ ...latencyProfiles.instant, firstTokenMs: 30 });
  simulator.load({ natural: [call("blender", done({ category: "refund" }))], twin: [call("blender", json({ category: "refund" }))] });
  server = await startEndpointServer(simulator);
  client = new OpenAI({ baseURL: server.url, apiKey: "none", maxRetries: 0 });
});

afterAll(() => server.close());

describe("the simulated model server", () => {
  it("answers a natural block's request with the scripted tool call, after the configured latency", async () => {
    const started = performance.now();
    const completion = await client.chat.completions.create({
      model: "simulated",
      messages: [{ role: "user", content: "email: my blender broke" }],
      tools: [doneTool],
      tool_choice: "required",
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
    const toolCall = completion.choices[0]!.message.tool_calls![0]!;
    expect(toolCall.type === "function" && [toolCall.function.name, JSON.parse(toolCall.function.arguments)]).toEqual([
      "done",
      { outputs: { category: "refund" } },
    ]);
    expect(completion.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("answers a twin's structured-output request with JSON the openai client parses", async () => {
    const completion = await client.chat.completions.parse({
      model: "simulated",
      messages: [{ role: "user", content: "Classify: my blender broke" }],
      response_format: zodResponseFormat(z.object({ category: z.string() }), "answer"),
    });
    expect(completion.choices[0]!.message.parsed).toEqual({ category: "refund" });
  });

  it("records every call with its kind and real token counts, and refuses unscripted requests with a 400", async () => {
    const before = server.records.length;
    await expect(client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "unknown" }] })).rejects.toThrow(
      /simulated model: no twin answer is scripted/,
    );
    const [refused] = server.records.slice(before);
    expect(refused).toMatchObject({ kind: "twin", fresh: true, status: 400, completionTokens: 0 });
    expect(refused!.promptTokens).toBeGreaterThan(3);
    expect(server.records.slice(0, before).map((record) => record.kind)).toEqual(["natural", "twin"]);
  });
});
