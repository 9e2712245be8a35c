import type { ChatModel, ChatResponse } from "../chat-model.js";
import { markServed } from "../served-from.js";
import { cacheKey } from "./cache-key.js";
import type { DiskCache } from "./disk-cache.js";

/** Options of {@link withResponseCache}. */
export interface ResponseCacheOptions {
  /** Name of the configured model (part of the key). */
  model: string;
  temperature: number | undefined;
  /** Answers kept in memory (least recently used go first). */
  memoryEntries: number;
  disk: DiskCache | undefined;
}

/**
 * Answers a request it has seen before — the exact same model, messages, tools and sampling — without asking
 * the model: from memory, then from disk. Only answers the model gave are stored; failures are not.
 */
export function withResponseCache(model: ChatModel, options: ResponseCacheOptions): ChatModel {
  const memory = new Map<string, ChatResponse>();
  const remember = (key: string, response: ChatResponse) => {
    memory.delete(key);
    memory.set(key, response);
    if (memory.size > options.memoryEntries) memory.delete(memory.keys().next().value!);
  };
  return {
    description: model.description,
    async complete(request, callOptions) {
      const key = cacheKey({ model: options.model, temperature: options.temperature, request });
      const cached = memory.get(key) ?? options.disk?.get(key);
      if (cached !== undefined) {
        remember(key, cached);
        return markServed(structuredClone(cached), { source: "cache" });
      }
      const response = await model.complete(request, callOptions);
      remember(key, structuredClone(response));
      options.disk?.set(key, { model: options.model, response });
      return response;
    },
  };
}
