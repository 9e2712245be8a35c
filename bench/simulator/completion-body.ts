/** Builds an OpenAI Chat Completions response body for a simulated reply. Pure. */
import type { SimulatedReply } from "../harness/program-case.js";
import type { ChatMessage } from "./chat-request.js";

/** Ids and usage the body carries. */
export interface CompletionBodyOptions {
  reply: SimulatedReply;
  /** Distinguishes responses (`chatcmpl-sim-7`, `call_sim_7_0`). */
  serial: number;
  model: string;
  promptTokens: number;
  completionTokens: number;
}

/** The assistant message a reply becomes. */
export function replyMessage(reply: SimulatedReply, serial: number): ChatMessage & Record<string, unknown> {
  if (reply.kind === "json") return { role: "assistant", content: JSON.stringify(reply.value), refusal: null };
  const toolCalls = reply.calls.map((entry, index) => ({
    id: `call_sim_${serial}_${index}`,
    type: "function",
    function: { name: entry.name, arguments: JSON.stringify(entry.arguments) },
  }));
  return { role: "assistant", content: null, refusal: null, tool_calls: toolCalls };
}

export function completionBody(options: CompletionBodyOptions): Record<string, unknown> {
  const { reply, serial, model, promptTokens, completionTokens } = options;
  return {
    id: `chatcmpl-sim-${serial}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    system_fingerprint: "nightjar-bench-simulated-model",
    choices: [
      {
        index: 0,
        message: replyMessage(reply, serial),
        finish_reason: reply.kind === "json" ? "stop" : "tool_calls",
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}
