/**
 * OpenTelemetry end to end: a compiled hybrid program (run by `nightjar run` over HTTP against the mock server)
 * registers a tracer provider with the SDK's in-memory exporter and prints the spans its block produced.
 */
import { describe, expect, it } from "vitest";
import { discountScript } from "./support/discount-cart.js";
import { recordRun } from "./support/run-example.js";

interface ExportedSpan {
  name: string;
  id: string;
  parent?: string;
  kind: number;
  status: number;
  attributes: Record<string, unknown>;
  durationMs: number;
}

describe("OpenTelemetry spans", { timeout: 300_000 }, () => {
  it("a block span with file:line, outcome, round trips and tokens; GenAI model-call spans; a span per code action", async () => {
    const result = await recordRun({ file: "test/observability/fixtures/traced-cart.ts", script: [...discountScript, ...discountScript] }, {});
    expect(result.stderr).toBe("");
    const [loaded, total, json] = result.stdout.trim().split("\n");
    expect(loaded).toBe("api loaded without a provider: false");
    expect(total).toBe("total: 94.5");
    const spans = JSON.parse(json!) as ExportedSpan[];
    const block = spans.find((span) => span.name.startsWith("natural block "))!;
    expect(block.name).toMatch(/^natural block test\/observability\/fixtures\/traced-cart\.ts:\d+$/);
    expect(block.parent).toBeUndefined();
    expect(block.attributes).toMatchObject({
      "code.file.path": "test/observability/fixtures/traced-cart.ts",
      "nightjar.block.outcome": "done",
      "nightjar.block.round_trips": 2,
      "nightjar.block.tool_calls": 2,
      "gen_ai.usage.input_tokens": 800,
      "gen_ai.usage.output_tokens": 40,
    });
    expect(block.attributes["code.line.number"]).toBeTypeOf("number");

    const calls = spans.filter((span) => span.name === "chat mock");
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call.parent).toBe(block.id);
      expect(call.kind).toBe(2); // CLIENT
      expect(call.attributes).toMatchObject({ "gen_ai.operation.name": "chat", "gen_ai.request.model": "mock", "gen_ai.usage.input_tokens": 400, "gen_ai.usage.output_tokens": 20, "server.address": "127.0.0.1" });
    }
    const tools = spans.filter((span) => span.name === "execute_tool exec");
    expect(tools).toHaveLength(1);
    expect(tools[0]).toMatchObject({ parent: block.id, attributes: { "gen_ai.tool.name": "exec", "nightjar.tool.success": true } });
    expect(tools[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(spans)).not.toContain("sk-test-secret");
  });
});
