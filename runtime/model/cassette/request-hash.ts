import { createHash } from "node:crypto";
import type { ChatRequest } from "../chat-model.js";

/**
 * A short hash of what a request asks: its messages and its tools. The model's name and the server are left
 * out, so a cassette recorded against one server replays against none (and a mock server's random port does
 * not matter). The runtime builds requests with a fixed key order, so JSON text is a stable form.
 */
export function requestHash(request: ChatRequest): string {
  return createHash("sha256").update(JSON.stringify({ messages: request.messages, tools: request.tools })).digest("hex").slice(0, 16);
}
