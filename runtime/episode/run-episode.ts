/**
 * The episode loop as a generator: it yields each model request and receives the model's response, so the
 * same loop runs under the async driver (main thread) and a synchronous one (the Python worker).
 * A driver sends back the model's response, or a `ModelFailure` when the request failed for good (the loop then
 * ends with that failure). With an asynchronous host, the loop also yields a `HostWait` while the host works
 * on a tool call; the driver sends back its outcome, or a `ModelFailure` if the block's deadline passed first.
 * The driver disposes the host.
 */
import type { ChatMessage, ChatRequest, TokenUsage, ToolDefinition } from "../model/chat-model.js";
import { clipToolResult } from "../protocol/clip-tool-result.js";
import { toolDefinitions, type HostLanguage } from "../protocol/tool-definitions.js";
import { advertisedToolNames, exitToolNames, offeredToolNames, type OfferedExits } from "../protocol/tool-names.js";
import type { EpisodeResult, EpisodeSpec, ModelFailure, ModelReply } from "./episode-spec.js";
import { handleToolCall } from "./handle-tool-call.js";
import type { AsyncCodeActionHost, CodeActionHost } from "./host.js";
import type { ToolOutcome } from "./tool-handlers.js";

export type Episode = Generator<ChatRequest, EpisodeResult, ModelReply>;

/** What the loop yields while an asynchronous host handles a tool call. */
export interface HostWait {
  wait: Promise<ToolOutcome>;
}

/** The loop over an asynchronous host: it also yields host waits, and receives their outcomes. */
export type AsyncEpisode = Generator<ChatRequest | HostWait, EpisodeResult, ModelReply | ToolOutcome>;

export function runEpisode(spec: EpisodeSpec, host: CodeActionHost): Episode;
export function runEpisode(spec: EpisodeSpec, host: AsyncCodeActionHost): AsyncEpisode;
export function* runEpisode(spec: EpisodeSpec, host: AsyncCodeActionHost): AsyncEpisode {
  const offered = offeredToolNames(spec.exits);
  const tools = offeredTools(spec.language, spec.exits);
  const messages: ChatMessage[] = [
    { role: "system", content: spec.system },
    { role: "user", content: spec.user },
  ];
  const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
  let toolCalls = 0;
  let roundTrips = 0;
  let exitAttempted = false;
  const transcript = () => ({ messages, roundTrips, toolCalls, usage });
  const failed = ({ failure: reason, detail, cause }: ModelFailure): EpisodeResult => ({ success: false, reason, detail, cause, transcript: transcript() });

  while (toolCalls < spec.maxToolCalls) {
    roundTrips += 1;
    const response = (yield { messages: [...messages], tools, ...(spec.exitSchemas && { exitSchemas: spec.exitSchemas }) }) as ModelReply;
    if ("failure" in response) return failed(response);
    usage.promptTokens += response.usage?.promptTokens ?? 0;
    usage.completionTokens += response.usage?.completionTokens ?? 0;
    messages.push({ role: "assistant", content: response.content, toolCalls: response.toolCalls });
    if (response.toolCalls.length === 0) {
      toolCalls += 1;
      messages.push({ role: "user", content: reminder(offered) });
      continue;
    }
    for (const call of response.toolCalls) {
      if (toolCalls >= spec.maxToolCalls) break;
      toolCalls += 1;
      const handled = handleToolCall({ call, offered, host });
      const outcome = handled instanceof Promise ? ((yield { wait: handled }) as ToolOutcome | ModelFailure) : handled;
      if ("failure" in outcome) return failed(outcome);
      if (outcome.kind === "exit") return { success: true, exit: outcome.exit, transcript: transcript() };
      exitAttempted ||= exitToolNames.has(call.name);
      const result = clipToolResult(outcome.text);
      messages.push({ role: "tool", toolCallId: call.id, content: result });
      spec.observe?.({ type: "tool-result", roundTrip: roundTrips, call, result, success: outcome.success });
    }
  }
  return {
    success: false,
    reason: exitAttempted ? "invalid-exit" : "tool-call-limit",
    detail: `no valid exit within ${spec.maxToolCalls} tool calls (${roundTrips} model round trips)`,
    transcript: transcript(),
  };
}

function reminder(offered: readonly string[]): string {
  return `Error: reply with a tool call, not text. Tools: ${offered.join(", ")}. Call done with the outputs when you know them.`;
}

const toolCache = new Map<string, ToolDefinition[]>();

/** Definitions of the advertised tools for a language and set of exits, built once and shared (the hot path sends them every block). */
function offeredTools(language: HostLanguage, exits: OfferedExits): ToolDefinition[] {
  const key = `${language}:${exits.codeActions}:${exits.outputs}:${advertisedToolNames(exits).join(",")}`;
  let tools = toolCache.get(key);
  if (tools === undefined) {
    const all = toolDefinitions(language, exits);
    tools = advertisedToolNames(exits).map((name) => all[name]);
    toolCache.set(key, tools);
  }
  return tools;
}
