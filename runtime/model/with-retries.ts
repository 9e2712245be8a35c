import { ModelCallError } from "../errors/model-call-error.js";
import type { ChatModel } from "./chat-model.js";

/** Options of {@link withRetries}. */
export interface RetryOptions {
  maxRetries: number;
  /** First backoff step; doubles each retry. */
  baseDelayMs?: number;
  /** Upper bound of one wait, including a server's Retry-After. */
  maxDelayMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Told about each retry before waiting (tracing, tests). */
  onRetry?: (event: { attempt: number; delayMs: number; error: ModelCallError }) => void;
}

/**
 * Retries transient failures (429, 5xx, network errors, timeouts, unusable bodies) with exponential backoff
 * and full jitter; a server's Retry-After is honoured as the minimum wait.
 */
export function withRetries(model: ChatModel, options: RetryOptions): ChatModel {
  const { maxRetries, baseDelayMs = 500, maxDelayMs = 30_000, sleep = abortableSleep, random = Math.random } = options;
  return {
    description: model.description,
    async complete(request, callOptions = {}) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await model.complete(request, callOptions);
        } catch (error) {
          const failure = error as ModelCallError;
          if (attempt >= maxRetries || !ModelCallError.isInstance(error) || !failure.retryable) throw error;
          const backoff = baseDelayMs * 2 ** attempt * random();
          const delayMs = Math.min(maxDelayMs, Math.max(backoff, failure.retryAfterMs ?? 0));
          options.onRetry?.({ attempt: attempt + 1, delayMs, error: failure });
          await sleep(delayMs, callOptions.signal);
        }
      }
    },
  };
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function abortError(signal: AbortSignal | undefined): ModelCallError {
  return new ModelCallError({ failure: "aborted", message: "waiting to retry was aborted", cause: signal?.reason });
}
