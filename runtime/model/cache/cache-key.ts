import { createHash } from "node:crypto";
import type { ChatRequest } from "../chat-model.js";

/**
 * The response cache's key: a hash of the exact request — model, messages, tools and sampling. The server's
 * address and the API key are not part of it (neither changes the answer), so no secret reaches a file name.
 */
export function cacheKey(options: { model: string; temperature: number | undefined; request: ChatRequest }): string {
  const { model, temperature, request } = options;
  const text = JSON.stringify({ model, temperature: temperature ?? null, messages: request.messages, tools: request.tools });
  return createHash("sha256").update(text).digest("hex");
}
