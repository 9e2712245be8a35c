import type { TokenUsage } from "../model/chat-model.js";

/** One tool call a scripted reply makes; `arguments` is JSON-encoded unless it is already a string. */
export interface ScriptedToolCall {
  name: string;
  arguments?: unknown;
  id?: string;
}

/** What a simulated model answers to one request. */
export type ScriptedReply =
  | { toolCalls: ScriptedToolCall[]; content?: string; usage?: TokenUsage }
  /** Plain text and no tool call (a model ignoring `tool_choice`). */
  | { text: string; usage?: TokenUsage };

/** A reply making one tool call: `toolCall("done", { outputs: { answer: 42 } })`. */
export function toolCall(name: string, args: unknown = {}): ScriptedReply {
  return { toolCalls: [{ name, arguments: args }] };
}

/** A reply with plain text instead of a tool call. */
export function textReply(text: string): ScriptedReply {
  return { text };
}

/** The JSON text of a scripted call's arguments (strings pass through, so tests can send malformed JSON). */
export function argumentsText(call: ScriptedToolCall): string {
  return typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments ?? {});
}
