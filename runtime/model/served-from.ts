/**
 * Where an answer came from, for usage figures: answers replayed from a cassette or served from the response
 * cache cost nothing, and an answer of a fallback model is priced as that model.
 */
import type { ChatResponse } from "./chat-model.js";

/** `model` names the model that answered when it is not the configured one. */
export interface ServedFrom {
  source: "cassette" | "cache" | "model";
  model?: string;
}

const tags = new WeakMap<ChatResponse, ServedFrom>();

/** Tags `response` and returns it. */
export function markServed(response: ChatResponse, from: ServedFrom): ChatResponse {
  tags.set(response, from);
  return response;
}

/** The tag of `response`; untagged answers came from the configured model. */
export function servedFrom(response: ChatResponse): ServedFrom {
  return tags.get(response) ?? { source: "model" };
}
