/**
 * The async driver of the episode generator, for the main thread: sends each request to the model, feeds the
 * response (or the failure) back, enforces the block timeout and disposes the host.
 */
import type { ChatModel, ChatRequest } from "../model/chat-model.js";
import type { EpisodeResult, EpisodeSpec, ModelReply } from "./episode-spec.js";
import type { CodeActionHost } from "./host.js";
import { runEpisode } from "./run-episode.js";

/** Options of {@link driveEpisode}. */
export interface DriveEpisodeOptions {
  spec: EpisodeSpec;
  host: CodeActionHost;
  model: ChatModel;
  /** Whole-block time limit; a request in flight is aborted when it passes. */
  blockTimeoutMs?: number;
  /** Clock for latency figures (injectable for tests). */
  now?: () => number;
}

export async function driveEpisode(options: DriveEpisodeOptions): Promise<EpisodeResult> {
  const { spec, host } = options;
  const episode = runEpisode(spec, host);
  const signal = options.blockTimeoutMs === undefined ? undefined : AbortSignal.timeout(options.blockTimeoutMs);
  try {
    let step = episode.next();
    for (let roundTrip = 1; !step.done; roundTrip += 1) {
      const reply = await ask({ ...options, request: step.value, roundTrip, signal });
      step = episode.next(reply);
    }
    return step.value;
  } finally {
    episode.return(undefined as never);
    host.dispose();
  }
}

interface AskOptions extends DriveEpisodeOptions {
  request: ChatRequest;
  roundTrip: number;
  signal: AbortSignal | undefined;
}

async function ask({ spec, model, request, roundTrip, signal, blockTimeoutMs, now = performance.now.bind(performance) }: AskOptions): Promise<ModelReply> {
  spec.observe?.({ type: "model-request", roundTrip, request });
  const started = now();
  try {
    const response = await model.complete(request, { signal });
    spec.observe?.({ type: "model-response", roundTrip, response, latencyMs: now() - started });
    return response;
  } catch (error) {
    if (signal?.aborted === true) {
      return { failure: "timeout", detail: `the block ran longer than blockTimeoutMs (${blockTimeoutMs} ms)`, cause: error };
    }
    return { failure: "model-error", detail: `model request failed: ${error instanceof Error ? error.message : String(error)}`, cause: error };
  }
}
