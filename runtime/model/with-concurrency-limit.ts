import { createSemaphore } from "../concurrency/semaphore.js";
import { ModelCallError } from "../errors/model-call-error.js";
import type { ChatModel } from "./chat-model.js";

/**
 * Lets at most `maxConcurrent` requests of `model` run at once; the rest wait in arrival order. A waiting
 * request whose signal aborts leaves the queue.
 */
export function withConcurrencyLimit(model: ChatModel, maxConcurrent: number): ChatModel {
  const slots = createSemaphore(maxConcurrent);
  return {
    description: model.description,
    async complete(request, callOptions = {}) {
      await slots.acquire(callOptions.signal).catch((reason: unknown) => {
        throw new ModelCallError({ failure: "aborted", message: "request aborted while waiting for a free slot", cause: reason });
      });
      try {
        return await model.complete(request, callOptions);
      } finally {
        slots.release();
      }
    },
  };
}
