import type OpenAI from "openai";
import type { ChatCompletionMessageParam, ChatCompletionTool } from "openai/resources/chat/completions";
import { ModelCallError } from "../errors/model-call-error.js";
import type { ChatMessage, ChatModel, ChatRequest, ChatResponse, ToolDefinition } from "./chat-model.js";
import { linkSignal } from "./link-signal.js";
import { mapOpenAIError, type OpenAIErrorClasses } from "./map-openai-error.js";

/** Options of {@link createOpenAIChatModel}. */
export interface OpenAIChatModelOptions {
  model: string;
  baseURL?: string;
  apiKey?: string;
  temperature?: number;
  requestTimeoutMs: number;
}

/**
 * A `ChatModel` over the `openai` client, for any OpenAI-compatible server. The client's own retries are off:
 * ours (with-retries.ts) are the only ones, so they are observable and honour the block's time limit. The
 * `openai` module is loaded on the first request, so a program pays for it only when a block runs.
 */
export function createOpenAIChatModel(options: OpenAIChatModelOptions): ChatModel {
  let loaded: Promise<{ client: OpenAI; errors: OpenAIErrorClasses }> | undefined;
  const endpoint = options.baseURL ?? "https://api.openai.com/v1";
  return {
    description: `${options.model} @ ${endpoint}`,
    async complete(request, callOptions = {}) {
      const { client, errors } = await (loaded ??= loadClient(options));
      const linked = linkSignal(callOptions.signal);
      try {
        const completion = await client.chat.completions.create(
          {
            model: options.model,
            messages: request.messages.map(toOpenAIMessage),
            tools: request.tools.map(toOpenAITool),
            tool_choice: "required",
            parallel_tool_calls: false,
            ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
          },
          { signal: linked.signal },
        );
        return fromCompletion(completion, endpoint);
      } catch (error) {
        throw mapOpenAIError(error, { signal: callOptions.signal, endpoint, errors });
      } finally {
        linked.release();
      }
    },
  };
}

async function loadClient(options: OpenAIChatModelOptions): Promise<{ client: OpenAI; errors: OpenAIErrorClasses }> {
  const sdk = await import("openai");
  const client = new sdk.default({
    baseURL: options.baseURL,
    // Local servers (Ollama, vLLM, llama.cpp) need no key, but the client insists on one.
    apiKey: options.apiKey ?? "not-needed",
    maxRetries: 0,
    timeout: options.requestTimeoutMs,
  });
  return { client, errors: sdk };
}

function toOpenAIMessage(message: ChatMessage): ChatCompletionMessageParam {
  if (message.role === "tool") return { role: "tool", tool_call_id: message.toolCallId, content: message.content };
  if (message.role !== "assistant") return message;
  return {
    role: "assistant",
    content: message.content,
    ...(message.toolCalls.length === 0
      ? {}
      : {
          tool_calls: message.toolCalls.map((call) => ({
            id: call.id,
            type: "function" as const,
            function: { name: call.name, arguments: call.arguments },
          })),
        }),
  };
}

function toOpenAITool(tool: ToolDefinition): ChatCompletionTool {
  return { type: "function", function: { name: tool.name, description: tool.description, parameters: tool.parameters } };
}

function fromCompletion(completion: OpenAI.Chat.Completions.ChatCompletion, endpoint: string): ChatResponse {
  const message = completion.choices?.[0]?.message;
  if (message === undefined || message === null || typeof message !== "object") {
    throw new ModelCallError({ failure: "bad-response", message: `${endpoint} returned a completion without choices` });
  }
  const calls: unknown = message.tool_calls ?? [];
  if (!Array.isArray(calls)) throw new ModelCallError({ failure: "bad-response", message: `${endpoint} returned tool_calls that is not a list` });
  const toolCalls = calls.flatMap((call: Partial<OpenAI.Chat.Completions.ChatCompletionMessageFunctionToolCall> | null, index) =>
    call?.type === "function" && call.function
      ? [{ id: asText(call.id) || `call_${index}`, name: asText(call.function.name), arguments: asText(call.function.arguments) }]
      : [],
  );
  const usage = completion.usage
    ? { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens }
    : undefined;
  const content = message.content === null || message.content === undefined ? null : asText(message.content);
  return { content, toolCalls, ...(usage ? { usage } : {}) };
}

/**
 * Servers that are not OpenAI send odd shapes: `arguments` as a JSON object instead of its text, `content` as
 * a list of parts. Whatever arrives becomes text here (objects as their JSON), so the episode sees strings only.
 */
function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && value.every((part) => typeof (part as { text?: unknown })?.text === "string")) {
    return value.map((part: { text: string }) => part.text).join("");
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
