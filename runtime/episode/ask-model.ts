import { ModelCallError } from "../errors/model-call-error.js";
import type { BlockCallContext, ChatModel, ChatRequest } from "../model/chat-model.js";
import type { EpisodeEvent, ModelFailure, ModelReply } from "./episode-spec.js";

/** Options of {@link askModel}. */
export interface AskModelOptions {
  model: ChatModel;
  request: ChatRequest;
  roundTrip: number;
  /** The block's deadline; when it has fired, a failure is reported as `timeout`. */
  signal?: AbortSignal;
  blockTimeoutMs?: number;
  observe?: (event: EpisodeEvent) => void;
  now?: () => number;
  /** The block execution asking (record/replay, budgets); `roundTrip` is filled in here. */
  block?: Omit<BlockCallContext, "roundTrip">;
}

/**
 * Sends one request of an episode, reports it and its response to `observe`, and turns a failed request into
 * the `ModelFailure` value the episode loop expects. Shared by every driver (main thread, Python host).
 */
export async function askModel(options: AskModelOptions): Promise<ModelReply> {
  const { model, request, roundTrip, signal, observe, now = performance.now.bind(performance) } = options;
  observe?.({ type: "model-request", roundTrip, request });
  const started = now();
  try {
    const block = options.block && { ...options.block, roundTrip };
    const response = await model.complete(request, block ? { signal, block } : { signal });
    observe?.({ type: "model-response", roundTrip, response, latencyMs: now() - started });
    return response;
  } catch (error) {
    if (signal?.aborted === true) return blockTimeout(options.blockTimeoutMs, error);
    if (ModelCallError.isInstance(error) && (error as ModelCallError).failure === "budget") {
      return { failure: "budget", detail: (error as ModelCallError).message, cause: error };
    }
    return { failure: "model-error", detail: `model request failed: ${error instanceof Error ? error.message : String(error)}`, cause: error };
  }
}

/** The failure of a block whose deadline passed (during a model request or a code action). */
export function blockTimeout(blockTimeoutMs: number | undefined, cause?: unknown): ModelFailure {
  return { failure: "timeout", detail: `the block ran longer than blockTimeoutMs (${blockTimeoutMs} ms)`, cause };
}
