/**
 * Token counts with a real tokenizer (o200k_base, the GPT-4o family's), applied by the same rule to both
 * versions of a program, the way OpenAI bills a request:
 * - messages: each message's role and text plus 3 tokens, and 3 tokens priming the reply (OpenAI cookbook,
 *   "How to count tokens with tiktoken");
 * - tool definitions: not their JSON but the TypeScript-like `namespace functions { ... }` text the provider
 *   puts before the conversation, plus 9 tokens, minus 4 when there is a system message (the rule worked out
 *   against the API's own usage figures in hmarr/openai-chat-tokens and the OpenAI community thread "How to
 *   calculate the tokens when using function call"); see `billedToolText`;
 * - a structured-output schema: its JSON, without the `$schema` URL (metadata the model never needs; zod adds it).
 */
import { Tiktoken } from "js-tiktoken/lite";
import o200kBase from "js-tiktoken/ranks/o200k_base";
import { contentText, type ChatMessage, type ChatRequest } from "./chat-request.js";

const tokensPerMessage = 3;
const replyPriming = 3;
const toolsOverhead = 9;
const toolsWithSystemMessage = -4;

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

/** A JSON schema as far as the billing text reads it. */
interface Schema {
  type?: string;
  description?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}

/** A tool definition of the request, as far as the billing text reads it. */
interface RequestTool {
  function?: { name?: string; description?: string; parameters?: Schema };
}

/** The text a provider bills for the request's tools (what the model reads instead of their JSON). */
export function billedToolText(tools: readonly RequestTool[]): string {
  const lines = ["namespace functions {", ""];
  for (const tool of tools) {
    const { name = "", description, parameters } = tool.function ?? {};
    if (description) lines.push(`// ${description}`);
    const hasArguments = Object.keys(parameters?.properties ?? {}).length > 0;
    lines.push(hasArguments ? `type ${name} = (_: {\n${propertyLines(parameters!, 0)}\n}) => any;` : `type ${name} = () => any;`);
    lines.push("");
  }
  lines.push("} // namespace functions");
  return lines.join("\n");
}

function propertyLines(schema: Schema, indent: number): string {
  const lines = Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
    const optional = schema.required?.includes(key) ? "" : "?";
    const comment = property.description && indent < 2 ? [`// ${property.description}`] : [];
    return [...comment, `${key}${optional}: ${typeText(property, indent)},`];
  });
  return lines.map((line) => `${" ".repeat(indent)}${line}`).join("\n");
}

function typeText(schema: Schema, indent: number): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  switch (schema.type) {
    case "string":
    case "boolean":
    case "null":
      return schema.type;
    case "number":
    case "integer":
      return "number";
    case "array":
      return schema.items ? `${typeText(schema.items, indent)}[]` : "any[]";
    case "object":
      return schema.properties ? `{\n${propertyLines(schema, indent + 2)}\n}` : "object";
    default:
      return "any";
  }
}

function withoutSchemaUrl(schema: unknown): unknown {
  if (typeof schema !== "object" || schema === null) return schema;
  const { schema: inner, ...rest } = schema as { schema?: unknown };
  if (typeof inner !== "object" || inner === null) return schema;
  const { $schema: _url, ...kept } = inner as Record<string, unknown>;
  return { ...rest, schema: kept };
}

/** Tokens the model reads for a request: messages, tool definitions and the response schema, as billed. */
export function countPromptTokens(request: ChatRequest): number {
  const messages = request.messages.reduce((sum, message) => sum + countMessageTokens(message), 0);
  const hasSystem = request.messages.some((message) => message.role === "system");
  const tools = request.tools?.length
    ? countTokens(billedToolText(request.tools as RequestTool[])) + toolsOverhead + (hasSystem ? toolsWithSystemMessage : 0)
    : 0;
  const schema = request.response_format?.json_schema ? countTokens(JSON.stringify(withoutSchemaUrl(request.response_format.json_schema))) : 0;
  return messages + tools + schema + replyPriming;
}

/** Tokens the model writes: the reply's text and tool calls (without the per-message cost). */
export function countCompletionTokens(message: ChatMessage): number {
  return countMessageTokens(message) - tokensPerMessage - countTokens(message.role);
}
