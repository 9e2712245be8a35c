import { argumentsText, type ScriptedReply } from "./scripted-reply.js";

/** Shown as the model name in every mock answer, so nothing passes the simulation off as a real model. */
export const simulatedModelName = "nightjar-mock (simulated)";

/** An OpenAI chat-completion body for a scripted reply. `promptTokens` is an estimate unless the reply says. */
export function chatCompletionBody(options: { reply: ScriptedReply; index: number; promptTokens: number }): Record<string, unknown> {
  const { reply, index } = options;
  const toolCalls =
    "text" in reply
      ? []
      : reply.toolCalls.map((call, position) => ({
          id: call.id ?? `call_${index + 1}_${position + 1}`,
          type: "function",
          function: { name: call.name, arguments: argumentsText(call) },
        }));
  const content = "text" in reply ? reply.text : (reply.content ?? null);
  const usage = reply.usage ?? { promptTokens: options.promptTokens, completionTokens: Math.ceil(JSON.stringify(toolCalls).length / 4) };
  return {
    id: `chatcmpl-mock-${index + 1}`,
    object: "chat.completion",
    created: 0,
    model: simulatedModelName,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) },
        finish_reason: toolCalls.length > 0 ? "tool_calls" : "stop",
      },
    ],
    usage: { prompt_tokens: usage.promptTokens, completion_tokens: usage.completionTokens, total_tokens: usage.promptTokens + usage.completionTokens },
  };
}
