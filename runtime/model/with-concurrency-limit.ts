import { ModelCallError } from "../errors/model-call-error.js";
import type { ChatModel } from "./chat-model.js";

/**
 * Lets at most `maxConcurrent` requests of `model` run at once; the rest wait in arrival order. A waiting
 * request whose signal aborts leaves the queue.
 */
export function withConcurrencyLimit(model: ChatModel, maxConcurrent: number): ChatModel {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  const acquire = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (running < maxConcurrent) {
        running += 1;
        return resolve();
      }
      const start = () => {
        signal?.removeEventListener("abort", onAbort);
        running += 1;
        resolve();
      };
      const onAbort = () => {
        waiting.splice(waiting.indexOf(start), 1);
        reject(new ModelCallError({ failure: "aborted", message: "request aborted while waiting for a free slot", cause: signal?.reason }));
      };
      waiting.push(start);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  return {
    description: model.description,
    async complete(request, callOptions = {}) {
      await acquire(callOptions.signal);
      try {
        return await model.complete(request, callOptions);
      } finally {
        release();
      }
    },
  };
}
