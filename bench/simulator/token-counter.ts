/**
 * Token counts with a real tokenizer (o200k_base, the GPT-4o family's), applied by the same rule to both
 * versions of a program: message texts plus a fixed cost per message (OpenAI's published rule of thumb), tool
 * definitions and the response schema as JSON. Providers count tools a little differently; the rule is the
 * same on both sides, which is what the ratios need.
 */
import { Tiktoken } from "js-tiktoken/lite";
import o200kBase from "js-tiktoken/ranks/o200k_base";
import { contentText, type ChatMessage, type ChatRequest } from "./chat-request.js";

const tokensPerMessage = 3;
const replyPriming = 3;

let encoder: Tiktoken | undefined;

/** Tokens in a text. The encoder loads once, on first use. */
export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  encoder ??= new Tiktoken(o200kBase);
  return encoder.encode(text).length;
}

/** Tokens of one message: its text, its tool calls' names and arguments, and the per-message cost. */
export function countMessageTokens(message: ChatMessage): number {
  const calls = (message.tool_calls ?? []).map((call) => `${call.function?.name ?? ""}${call.function?.arguments ?? ""}`);
  return tokensPerMessage + countTokens(message.role) + countTokens(contentText(message.content)) + countTokens(calls.join(""));
}

/** Tokens the model reads for a request: messages, tool definitions and the response schema. */
export function countPromptTokens(request: ChatRequest): number {
  const messages = request.messages.reduce((sum, message) => sum + countMessageTokens(message), 0);
  const tools = request.tools?.length ? countTokens(JSON.stringify(request.tools)) : 0;
  const schema = request.response_format?.json_schema ? countTokens(JSON.stringify(request.response_format.json_schema)) : 0;
  return messages + tools + schema + replyPriming;
}

/** Tokens the model writes: the reply's text and tool calls (without the per-message cost). */
export function countCompletionTokens(message: ChatMessage): number {
  return countMessageTokens(message) - tokensPerMessage - countTokens(message.role);
}
