/**
 * The conversation in node-llama-cpp's chat-history form, rendered by the model's own chat template. Tools are
 * described in the system message the way Qwen-style models are trained on (a `<tools>` list and a
 * `{"name", "arguments"}` reply); earlier calls are replayed as the model's JSON replies, their results as
 * `<tool_response>` user turns.
 */
import type { ChatHistoryItem } from "node-llama-cpp";
import type { ChatMessage, ToolCall, ToolDefinition } from "../chat-model.js";

export function toChatHistory(messages: readonly ChatMessage[], tools: readonly ToolDefinition[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((message): ChatHistoryItem => {
    switch (message.role) {
      case "system":
        return { type: "system", text: tools.length === 0 ? message.content : `${message.content}\n\n${toolSection(tools)}` };
      case "user":
        return { type: "user", text: message.content };
      case "tool":
        return { type: "user", text: `<tool_response>\n${message.content}\n</tool_response>` };
      case "assistant":
        return { type: "model", response: [message.toolCalls.length > 0 ? message.toolCalls.map(callText).join("\n") : (message.content ?? "")] };
    }
  });
  // The turn to generate.
  history.push({ type: "model", response: [] });
  return history;
}

function toolSection(tools: readonly ToolDefinition[]): string {
  const lines = tools.map((tool) => JSON.stringify({ name: tool.name, description: tool.description, parameters: tool.parameters }));
  return [
    "# Tools",
    "Reply with exactly one tool call: a JSON object {\"name\": <tool name>, \"arguments\": <arguments object>}, nothing else.",
    "<tools>",
    ...lines,
    "</tools>",
  ].join("\n");
}

/** A call as the model would have written it; arguments that are not JSON are replayed as text. */
function callText(call: ToolCall): string {
  try {
    return JSON.stringify({ name: call.name, arguments: JSON.parse(call.arguments) as unknown });
  } catch {
    return `{"name": ${JSON.stringify(call.name)}, "arguments": ${call.arguments}}`;
  }
}
