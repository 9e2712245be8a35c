/**
 * The async driver of the episode generator, for the main thread: sends each request to the model, feeds the
 * response (or the failure) back, enforces the block timeout and disposes the host.
 */
import type { ChatModel } from "../model/chat-model.js";
import { askModel, blockTimeout } from "./ask-model.js";
import type { EpisodeResult, EpisodeSpec, ModelFailure } from "./episode-spec.js";
import type { AsyncCodeActionHost } from "./host.js";
import { runEpisode } from "./run-episode.js";
import type { ToolOutcome } from "./tool-handlers.js";

/** Options of {@link driveEpisode}. */
export interface DriveEpisodeOptions {
  spec: EpisodeSpec;
  host: AsyncCodeActionHost;
  model: ChatModel;
  /**
   * Whole-block time limit; a request in flight (or a retry waiting) is aborted when it passes, and a code
   * action still running is abandoned (disposing the host stops it).
   */
  blockTimeoutMs?: number;
  /** Clock for latency figures (injectable for tests). */
  now?: () => number;
}

export async function driveEpisode(options: DriveEpisodeOptions): Promise<EpisodeResult> {
  const { spec, host, model, blockTimeoutMs, now } = options;
  const episode = runEpisode(spec, host);
  const deadline = startDeadline(blockTimeoutMs);
  const block = { blockId: spec.blockId, location: spec.location, execution: {} };
  try {
    let step = episode.next();
    for (let roundTrip = 0; !step.done; ) {
      if ("wait" in step.value) {
        step = episode.next(await untilDeadline({ wait: step.value.wait, signal: deadline?.signal, blockTimeoutMs }));
        continue;
      }
      roundTrip += 1;
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

/** The host's outcome, or the block's timeout if its deadline passes first. */
function untilDeadline(options: { wait: Promise<ToolOutcome>; signal: AbortSignal | undefined; blockTimeoutMs: number | undefined }): Promise<ToolOutcome | ModelFailure> {
  const { wait, signal, blockTimeoutMs } = options;
  if (signal === undefined) return wait;
  if (signal.aborted) return Promise.resolve(blockTimeout(blockTimeoutMs));
  return new Promise((resolve) => {
    const onAbort = (): void => resolve(blockTimeout(blockTimeoutMs));
    signal.addEventListener("abort", onAbort, { once: true });
    void wait.then((outcome) => {
      signal.removeEventListener("abort", onAbort);
      resolve(outcome);
    });
  });
}

/** An abort signal for the block's time limit, cleared when the block ends (no timer outlives its block). */
export function startDeadline(timeoutMs: number | undefined): { signal: AbortSignal; clear(): void } | undefined {
  if (timeoutMs === undefined) return undefined;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("block timeout", "TimeoutError")), timeoutMs);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
