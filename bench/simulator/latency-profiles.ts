/**
 * How long a model takes to answer, by kind of model: a fixed time to the first token, plus prefill time for
 * every prompt token, plus time for every output token. Prompt tokens cost time, as they do on every server, so a
 * longer prompt is a slower request. Figures are medians from public measurements (sources below), not ours;
 * where a source gives no prefill rate the figure is marked as an estimate.
 */

/** The latency model of one kind of model. */
export interface LatencyProfile {
  name: LatencyProfileName;
  /** Request sent → first token, for a short prompt (network and queueing included for hosted models). */
  firstTokenMs: number;
  /** Added per prompt token (prefill). */
  msPerPromptToken: number;
  /** Added per output token (decoding). */
  msPerOutputToken: number;
  /** Which model and machine the figures describe, and where they come from. */
  source: string;
}

export type LatencyProfileName = "fast-hosted" | "slow-hosted" | "local-cpu" | "instant";

export const latencyProfiles: Record<LatencyProfileName, LatencyProfile> = {
  "fast-hosted": {
    name: "fast-hosted",
    firstTokenMs: 250,
    msPerPromptToken: 0.2,
    msPerOutputToken: 8.7,
    source:
      "GPT-4o mini on the OpenAI API: 250 ms to first token, 115 output tokens/s (median of 100 streamed requests, 500-token prompt, " +
      "kickllm.com/research/ai-api-latency-comparison, April 2026); prefill 0.2 ms/token is an estimate (about 5,000 prompt tokens/s)",
  },
  "slow-hosted": {
    name: "slow-hosted",
    firstTokenMs: 900,
    msPerPromptToken: 0.5,
    msPerOutputToken: 18.2,
    source:
      "Claude Opus 4.6 on the Anthropic API: 900 ms to first token, 55 output tokens/s (same source and method); prefill " +
      "0.5 ms/token is an estimate (about 2,000 prompt tokens/s)",
  },
  "local-cpu": {
    name: "local-cpu",
    firstTokenMs: 20,
    msPerPromptToken: 56.5,
    msPerOutputToken: 130.2,
    source:
      "Llama 3.2 3B Instruct Q4_K_M on llama.cpp, CPU only, 2 threads (Intel Core i5-4278U): pp512 17.70 tokens/s, tg128 " +
      "7.68 tokens/s (llama-bench, github.com/geerlingguy/ai-benchmarks/issues/53); 20 ms first-token overhead is an estimate " +
      "(local server, model loaded)",
  },
  instant: {
    name: "instant",
    firstTokenMs: 0,
    msPerPromptToken: 0,
    msPerOutputToken: 0,
    source: "no model time at all: what remains is the programs' own cost (CI and token counts)",
  },
};

export const latencyProfileNames = Object.keys(latencyProfiles) as LatencyProfileName[];

/** The model time of requests under a profile: per request, per prompt token and per output token. */
export function modelTimeMs(profile: LatencyProfile, work: { requests: number; promptTokens: number; completionTokens: number }): number {
  return profile.firstTokenMs * work.requests + profile.msPerPromptToken * work.promptTokens + profile.msPerOutputToken * work.completionTokens;
}
