/**
 * `--local`: answers the bench's model calls with the embedded model (llama.cpp in the bench process), so both
 * versions of a program meet the same local model and the bench counts their calls and tokens as in the
 * other modes. Natural requests go through the local ChatModel (one grammar-constrained tool call); a twin's
 * `response_format` JSON schema becomes the grammar of its answer.
 *
 * Over HTTP the runtime's exit schemas do not travel, so here a natural block's outputs are constrained to a
 * JSON object, not to the block's own types (in a program run directly they are): the report says so.
 */
import type { ChatMessage as RuntimeMessage, ToolDefinition } from "../../runtime/model/chat-model.js";
import { createEmbeddedModel } from "../../runtime/model/local/create-embedded-model.js";
import { toChatHistory } from "../../runtime/model/local/to-chat-history.js";
import { toGrammarSchema } from "../../runtime/model/local/to-grammar-schema.js";
import { contentText, type ChatRequest } from "./chat-request.js";
import { errorBody, type EndpointAnswer, type ModelEndpoint } from "./model-endpoint.js";

/** Loads (and if needed downloads) the model for `setting` (`local`, `local:<file>`, `local:hf:...`). */
export async function createLocalEndpoint(setting: string): Promise<ModelEndpoint> {
  const model = createEmbeddedModel({ model: setting });
  const engine = await model.load();
  let serial = 0;
  async function answer(request: ChatRequest): Promise<EndpointAnswer> {
    serial += 1;
    try {
      const tools = (request.tools ?? []).flatMap((tool) => (tool.function?.name ? [toToolDefinition(tool.function)] : []));
      const messages = request.messages.map(toRuntimeMessage);
      if (tools.length > 0) {
        const response = await model.complete({ messages, tools });
        const toolCalls = response.toolCalls.map((call) => ({ id: call.id, type: "function", function: { name: call.name, arguments: call.arguments } }));
        return completion(serial, { role: "assistant", content: response.content, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) }, response.usage);
      }
      const schema = (request.response_format?.json_schema as { schema?: unknown } | undefined)?.schema;
      const grammar = schema === undefined ? undefined : await engine.model.llama.createGrammarForJsonSchema(toGrammarSchema(schema) as never);
      const result = await engine.withChat(async (chat) => {
        const before = chat.sequence.tokenMeter.getState();
        const generated = await chat.generateResponse(toChatHistory(messages, []), { grammar, temperature: 0, maxTokens: 2048 });
        const used = chat.sequence.tokenMeter.diff(before);
        return { text: generated.response, usage: { promptTokens: used.usedInputTokens, completionTokens: used.usedOutputTokens } };
      });
      return completion(serial, { role: "assistant", content: result.text }, result.usage);
    } catch (error) {
      const problem = `the local model failed: ${error instanceof Error ? error.message : String(error)}`;
      return { status: 500, body: errorBody(problem, "bench_local_model"), problem };
    }
  }
  const hardware = engine.gpu === false ? `CPU, ${engine.threads} threads` : `GPU ${engine.gpu}`;
  return {
    description: `local model ${model.description} (${hardware}; real latency and tokens; outputs of natural blocks constrained to a JSON object over the bench's HTTP server, not to their types)`,
    answer,
  };
}

function toToolDefinition(tool: { name?: string; description?: string; parameters?: unknown }): ToolDefinition {
  return { name: tool.name!, description: tool.description ?? "", parameters: (tool.parameters ?? {}) as Record<string, unknown> };
}

/** An OpenAI message in the runtime's form (the local model's input). */
function toRuntimeMessage(message: ChatRequest["messages"][number]): RuntimeMessage {
  const raw = message as unknown as { tool_call_id?: string; tool_calls?: { id?: string; function?: { name?: string; arguments?: string } }[] };
  const content = contentText(message.content);
  if (message.role === "system") return { role: "system", content };
  if (message.role === "tool") return { role: "tool", toolCallId: raw.tool_call_id ?? "", content };
  if (message.role === "assistant") {
    const toolCalls = (raw.tool_calls ?? []).map((call, index) => ({ id: call.id ?? `call_${index}`, name: call.function?.name ?? "", arguments: call.function?.arguments ?? "" }));
    return { role: "assistant", content: content === "" ? null : content, toolCalls };
  }
  return { role: "user", content };
}

function completion(serial: number, message: Record<string, unknown>, usage: { promptTokens: number; completionTokens: number } | undefined): EndpointAnswer {
  return {
    status: 200,
    body: {
      id: `chatcmpl-local-${serial}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: "local",
      choices: [{ index: 0, message, finish_reason: message.tool_calls ? "tool_calls" : "stop" }],
      usage: { prompt_tokens: usage?.promptTokens ?? 0, completion_tokens: usage?.completionTokens ?? 0, total_tokens: (usage?.promptTokens ?? 0) + (usage?.completionTokens ?? 0) },
    },
  };
}
