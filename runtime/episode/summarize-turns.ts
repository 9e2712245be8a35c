import type { TurnSummary } from "../errors/natural-block-error.js";
import type { ChatMessage } from "../model/chat-model.js";

/** The last `count` assistant turns with the results their tool calls got, for error reports. */
export function summarizeTurns(messages: readonly ChatMessage[], count = 3): TurnSummary[] {
  const results = new Map<string, string>();
  for (const message of messages) if (message.role === "tool") results.set(message.toolCallId, message.content);
  return messages
    .flatMap((message) => (message.role === "assistant" ? [message] : []))
    .slice(-count)
    .map((turn) => ({
      content: turn.content,
      toolCalls: turn.toolCalls.map((call) => ({ name: call.name, arguments: call.arguments, result: results.get(call.id) ?? "(not run)" })),
    }));
}
