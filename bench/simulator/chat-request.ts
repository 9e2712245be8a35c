/**
 * The parts of an OpenAI Chat Completions request the bench looks at. Requests arrive as untrusted JSON, so
 * every accessor tolerates missing or odd fields instead of trusting the shape.
 */

/** One message of a chat request, as far as the bench reads it. */
export interface ChatMessage {
  role: string;
  content?: unknown;
  tool_calls?: { function?: { name?: string; arguments?: string } }[];
}

/** A Chat Completions request body, as far as the bench reads it. */
export interface ChatRequest {
  model?: string;
  messages: ChatMessage[];
  tools?: { type?: string; function?: { name?: string } }[];
  response_format?: { type?: string; json_schema?: unknown };
  /** `false` asks for at most one tool call per assistant turn (the runtime always sends it). */
  parallel_tool_calls?: boolean;
  stream?: boolean;
}

/** Which version of a program sent the request: the runtime offers tools, a twin asks for JSON. */
export type RequestKind = "natural" | "twin";

/** Reads a parsed JSON body as a chat request, or says what is wrong with it. */
export function toChatRequest(body: unknown): ChatRequest | string {
  if (typeof body !== "object" || body === null) return "the body is not a JSON object";
  const messages = (body as { messages?: unknown }).messages;
  if (!Array.isArray(messages) || messages.length === 0) return "the body has no messages";
  return body as ChatRequest;
}

/** Text of a message's content, whether a string or an array of text parts. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (typeof part?.text === "string" ? part.text : "")).join("\n");
}

/** The system and user messages' text: what states the task (the conversation's later turns excluded). */
export function promptText(request: ChatRequest): string {
  return request.messages
    .filter((message) => message.role === "system" || message.role === "user")
    .map((message) => contentText(message.content))
    .join("\n");
}

/**
 * Which turn of a block's conversation the request is: 0 when it starts one. Only the runtime's tool loop
 * continues a conversation; a twin's request is always a call of its own, even when it sends chat history.
 */
export function conversationTurn(request: ChatRequest): number {
  if (requestKind(request) === "twin") return 0;
  return request.messages.filter((message) => message.role === "assistant").length;
}

/** Names of the tools the request offers. */
export function offeredTools(request: ChatRequest): string[] {
  return (request.tools ?? []).flatMap((entry) => (entry.function?.name ? [entry.function.name] : []));
}

export function requestKind(request: ChatRequest): RequestKind {
  return offeredTools(request).length > 0 ? "natural" : "twin";
}
