/**
 * The tiny model interface the episode loop talks to. One implementation speaks to any OpenAI-compatible server
 * through the `openai` client; `nightjar-ts/testing` ships a scripted one.
 */
import type { BlockLocation } from "../block.js";

/** One tool call the model made; `arguments` is the raw JSON text the model produced. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** A message of the conversation, in the runtime's own (provider-neutral) form. */
export type ChatMessage =
  | { role: "system"; content: string }
  | { role: "user"; content: string }
  | { role: "assistant"; content: string | null; toolCalls: ToolCall[] }
  | { role: "tool"; toolCallId: string; content: string };

/** A function tool offered to the model, with a JSON schema for its arguments. */
export interface ToolDefinition {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/**
 * JSON schemas of what the block's exits carry, for models that constrain their reply to them (the local model
 * compiles them into a grammar). Hosted models ignore them: they cost no prompt tokens.
 */
export interface ExitSchemas {
  /** The `outputs` object of `done`/`break`/`continue`: one property per output. */
  outputs: Record<string, unknown>;
  /** The value `return` may carry, when the block sits in a function. */
  returnValue?: Record<string, unknown>;
  /** Error types `raise` may create. */
  errorTypes: string[];
}

/** Everything one model request carries. The model name and sampling settings belong to the model itself. */
export interface ChatRequest {
  messages: ChatMessage[];
  tools: ToolDefinition[];
  /** Present when the host knows its block's schemas (the JavaScript host). */
  exitSchemas?: ExitSchemas;
}

/** Token counts reported by the server (absent when it reports none). */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** The assistant's turn. */
export interface ChatResponse {
  content: string | null;
  toolCalls: ToolCall[];
  usage?: TokenUsage;
}

/** Which block execution a request belongs to (record/replay, budgets, telemetry key on it). */
export interface BlockCallContext {
  blockId: string;
  location: BlockLocation;
  /** The same object for every request of one execution of the block (per-execution budgets key on it). */
  execution: object;
  /** 1 for the block's first request. */
  roundTrip: number;
}

/** Per-request options. */
export interface ChatCallOptions {
  /** Aborts the request (block timeout, caller cancellation). */
  signal?: AbortSignal;
  /** The block asking, when a block asks (absent for direct calls). */
  block?: BlockCallContext;
}

/** A chat model. `complete` rejects only with `ModelCallError`. */
export interface ChatModel {
  /** Shown in traces, e.g. `gpt-4.1-mini @ http://localhost:11434/v1` or `scripted (simulated)`. */
  readonly description: string;
  complete(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse>;
}
