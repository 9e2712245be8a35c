/**
 * Real mode forwards every call to the configured OpenAI-compatible endpoint. No real model is reachable
 * here, so the "real" endpoint in this test is the bench's own simulator on another loopback port.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { BenchSetupError } from "../../bench/harness/bench-setup-error.js";
import { checkReport } from "../../bench/harness/bench-check.js";
import { loadCases } from "../../bench/harness/load-cases.js";
import { findBenchRoot } from "../../bench/harness/program-catalog.js";
import { runBench, type BenchOptions } from "../../bench/harness/run-bench.js";
import { startEndpointServer } from "../../bench/simulator/endpoint-server.js";
import { latencyProfiles } from "../../bench/simulator/latency-profiles.js";
import { createSimulatedEndpoint } from "../../bench/simulator/simulated-endpoint.js";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const options: BenchOptions = {
  programs: ["ts/classify-email"],
  mode: "real",
  profile: latencyProfiles.instant,
  repetitions: 1,
  timeoutMs: 600_000,
  python: "python3",
};

describe("real mode", () => {
  it("sends both versions to the configured endpoint and counts their calls as in simulated mode", async () => {
    const root = findBenchRoot(dirname(fileURLToPath(import.meta.url)));
    const loaded = await loadCases(join(root, "bench/programs/ts/classify-email/cases.ts"));
    const upstreamModel = createSimulatedEndpoint(latencyProfiles.instant);
    upstreamModel.load({ natural: loaded.cases.flatMap((entry) => entry.natural), twin: loaded.cases.flatMap((entry) => entry.twin) });
    const upstream = await startEndpointServer(upstreamModel);
    Object.assign(process.env, { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "key", NIGHTJAR_MODEL: "upstream-model" });
    try {
      const report = await runBench(options);
      expect(report.simulated).toBe(false);
      expect(report.model).toBe(`real model upstream-model at ${upstream.url}`);
      expect(checkReport(report)).toEqual([]);
      // Per version: the warm-up case, then the four measured cases, one call each.
      expect(upstream.records.map((record) => record.kind).sort()).toEqual([...Array(5).fill("natural"), ...Array(5).fill("twin")]);
    } finally {
      await upstream.close();
    }
  });

  it("asks for the model's name instead of guessing one", async () => {
    delete process.env.NIGHTJAR_MODEL;
    await expect(runBench(options)).rejects.toThrow(BenchSetupError);
    await expect(runBench(options)).rejects.toThrow(/real mode needs a model: set NIGHTJAR_MODEL/);
  });
});
