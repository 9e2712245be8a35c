import { ModelCallError } from "../errors/model-call-error.js";
import type { ChatCallOptions, ChatModel, ChatRequest, ChatResponse } from "../model/chat-model.js";
import { argumentsText, type ScriptedReply } from "./scripted-reply.js";

/** A list of replies (one per request, in order) or a function of the request. */
export type Script<Request> = readonly ScriptedReply[] | ((request: Request, index: number) => ScriptedReply);

/** An in-process simulated model that records every request it got. */
export interface ScriptedModel extends ChatModel {
  /** Every request, in order (copies: later turns do not change earlier records). */
  readonly calls: ChatRequest[];
  /** Every call's options (to check that a signal was passed). */
  readonly callOptions: ChatCallOptions[];
}

/** Pick a scripted reply for request number `index` (0-based); a script that ran out is a test bug. */
export function pickReply<Request>({ script, request, index }: { script: Script<Request>; request: Request; index: number }): ScriptedReply {
  if (typeof script === "function") return script(request, index);
  const reply = script[index];
  if (reply === undefined) {
    throw new ModelCallError({ failure: "rejected", message: `scripted model: no reply for request ${index + 1} (the script has ${script.length})` });
  }
  return reply;
}

/**
 * A simulated model for tests and examples (`configure({ chatModel: createScriptedModel([...]) })`). Its
 * description says it is simulated, so traces and output never pass it off as a real model.
 */
export function createScriptedModel(script: Script<ChatRequest>): ScriptedModel {
  const calls: ChatRequest[] = [];
  const callOptions: ChatCallOptions[] = [];
  let nextId = 1;
  return {
    description: "scripted model (simulated)",
    calls,
    callOptions,
    async complete(request, options = {}): Promise<ChatResponse> {
      calls.push({ messages: [...request.messages], tools: request.tools });
      callOptions.push(options);
      const reply = pickReply({ script, request, index: calls.length - 1 });
      if ("text" in reply) return { content: reply.text, toolCalls: [], ...(reply.usage ? { usage: reply.usage } : {}) };
      const toolCalls = reply.toolCalls.map((call) => ({ id: call.id ?? `call_${nextId++}`, name: call.name, arguments: argumentsText(call) }));
      return { content: reply.content ?? null, toolCalls, ...(reply.usage ? { usage: reply.usage } : {}) };
    },
  };
}
