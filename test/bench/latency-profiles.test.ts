/**
 * Latency profiles: the simulated model's time grows with prompt tokens as well as output tokens, each profile
 * says where its figures come from, and the bench projects every profile from one run.
 */
import { describe, expect, it } from "vitest";
import { ratiosOf } from "../../bench/harness/program-report.js";
import { versionFigures } from "../../bench/harness/version-figures.js";
import { latencyProfileNames, latencyProfiles, modelTimeMs } from "../../bench/simulator/latency-profiles.js";
import { startEndpointServer } from "../../bench/simulator/endpoint-server.js";
import { createSimulatedEndpoint } from "../../bench/simulator/simulated-endpoint.js";
import { call, done } from "../../bench/harness/scripted-reply.js";

describe("latency profiles", () => {
  it("charge time to first token, per prompt token and per output token", () => {
    const profile = { ...latencyProfiles.instant, firstTokenMs: 100, msPerPromptToken: 2, msPerOutputToken: 10 };
    expect(modelTimeMs(profile, { requests: 2, promptTokens: 300, completionTokens: 20 })).toBe(2 * 100 + 300 * 2 + 20 * 10);
  });

  it("cover a fast hosted, a slow hosted and a local CPU model, each with its source", () => {
    expect(latencyProfileNames).toEqual(expect.arrayContaining(["fast-hosted", "slow-hosted", "local-cpu"]));
    for (const name of latencyProfileNames) expect(latencyProfiles[name].source.length).toBeGreaterThan(20);
    const prefill = (name: keyof typeof latencyProfiles) => latencyProfiles[name].msPerPromptToken;
    expect(prefill("local-cpu")).toBeGreaterThan(prefill("slow-hosted"));
    expect(prefill("slow-hosted")).toBeGreaterThan(prefill("fast-hosted"));
  });

  it("make the simulated model slower for a longer prompt", async () => {
    const simulator = createSimulatedEndpoint({ ...latencyProfiles.instant, msPerPromptToken: 2 });
    simulator.load({ natural: [call("blender", done())], twin: [] });
    const server = await startEndpointServer(simulator);
    try {
      const ask = async (padding: string) => {
        const started = performance.now();
        const response = await fetch(`${server.url}/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ messages: [{ role: "user", content: `blender ${padding}` }], tools: [{ type: "function", function: { name: "done" } }] }),
        });
        const body = (await response.json()) as { usage: { prompt_tokens: number } };
        return { ms: performance.now() - started, promptTokens: body.usage.prompt_tokens };
      };
      const long = await ask("word ".repeat(200));
      expect(long.promptTokens).toBeGreaterThan(200);
      // A lower bound only: a busy machine can make the answer later, never earlier.
      expect(long.ms).toBeGreaterThanOrEqual(2 * long.promptTokens - 1);
    } finally {
      await server.close();
    }
  });

  it("project each profile's time from one run: measured time outside the model plus the profile's model time", () => {
    const run = (durationMs: number, modelMs: number, promptTokens: number) => ({
      startupMs: 1,
      firstCallMs: 1,
      cases: [{ index: 0, passed: true, durationMs, modelMs, calls: 1, blocks: 1, maxCallsPerBlock: 1, promptTokens, completionTokens: 10 }],
    });
    const natural = versionFigures({ caseNames: ["a"], linesOfCode: 1, repetitions: 1, runs: [run(30, 0, 200)] });
    const twin = versionFigures({ caseNames: ["a"], linesOfCode: 1, repetitions: 1, runs: [run(10, 0, 100)] });
    const local = latencyProfiles["local-cpu"];
    expect(natural.timeMsByProfile["local-cpu"]).toBeCloseTo(30 + modelTimeMs(local, { requests: 1, promptTokens: 200, completionTokens: 10 }));
    expect(natural.timeMsByProfile.instant).toBe(30);
    const ratios = ratiosOf(natural, twin);
    expect(ratios.timeByProfile.instant).toBe(3);
    // Prompt tokens cost more time on a slower prefill: the local CPU ratio is the one the prompt moves most.
    expect(ratios.timeByProfile["local-cpu"]).toBeGreaterThan(ratios.timeByProfile["fast-hosted"]);
  });
});
