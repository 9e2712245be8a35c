/**
 * The async driver of the episode generator, for the main thread: sends each request to the model, feeds the
 * response (or the failure) back, enforces the block timeout and disposes the host.
 */
import type { ChatModel } from "../model/chat-model.js";
import { askModel } from "./ask-model.js";
import type { EpisodeResult, EpisodeSpec } from "./episode-spec.js";
import type { CodeActionHost } from "./host.js";
import { runEpisode } from "./run-episode.js";

/** Options of {@link driveEpisode}. */
export interface DriveEpisodeOptions<Payload = unknown> {
  spec: EpisodeSpec;
  host: CodeActionHost<Payload>;
  model: ChatModel;
  /** Whole-block time limit; a request in flight (or a retry waiting) is aborted when it passes. */
  blockTimeoutMs?: number;
  /** Clock for latency figures (injectable for tests). */
  now?: () => number;
}

export async function driveEpisode<Payload>(options: DriveEpisodeOptions<Payload>): Promise<EpisodeResult<Payload>> {
  const { spec, host, model, blockTimeoutMs, now } = options;
  const episode = runEpisode(spec, host);
  const deadline = startDeadline(blockTimeoutMs);
  const block = { blockId: spec.blockId, location: spec.location, execution: {} };
  try {
    let step = episode.next();
    for (let roundTrip = 1; !step.done; roundTrip += 1) {
      const reply = await askModel({ model, request: step.value, roundTrip, signal: deadline?.signal, blockTimeoutMs, observe: spec.observe, now, block });
      step = episode.next(reply);
    }
    return step.value;
  } finally {
    deadline?.clear();
    episode.return(undefined as never);
    host.dispose();
  }
}

/** An abort signal for the block's time limit, cleared when the block ends (no timer outlives its block). */
export function startDeadline(timeoutMs: number | undefined): { signal: AbortSignal; clear(): void } | undefined {
  if (timeoutMs === undefined) return undefined;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("block timeout", "TimeoutError")), timeoutMs);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
