/**
 * The embedded model behind the `ChatModel` seam: llama.cpp through node-llama-cpp, in this process. Every
 * turn is decoded under a grammar built from the request (see turn-schema.ts), so the reply is always exactly
 * one well-formed call of an offered tool, with exit outputs in the block's own output types.
 */
import type { LlamaChat, LlamaGrammar } from "node-llama-cpp";
import { LocalModelError } from "../../errors/local-model-error.js";
import { ModelCallError } from "../../errors/model-call-error.js";
import type { ChatModel, ChatRequest, ChatResponse } from "../chat-model.js";
import { localEngine, sharedLlama, type LocalEngine, type LocalEngineOptions } from "./local-engine.js";
import { toChatHistory } from "./to-chat-history.js";
import { turnSchema } from "./turn-schema.js";

/** Options of {@link createLocalChatModel}. */
export interface LocalChatModelOptions extends Omit<LocalEngineOptions, "modelPath"> {
  /** The GGUF file, or how to get it (a download), called on the first request. */
  modelPath: string | (() => Promise<string>);
  /** For the description before the file is known. */
  name: string;
  /** Default 0: the most likely call, the same every run. */
  temperature?: number;
  /** Longest reply, in tokens. Default 2048. */
  maxTokens?: number;
}

/** A local model that loads its file on the first request and shares it with every later one. */
export interface LocalChatModel extends ChatModel {
  /** Loads the model now (the CLI does, before the program starts); resolves to the loaded engine. */
  load(): Promise<LocalEngine>;
}

export function createLocalChatModel(options: LocalChatModelOptions): LocalChatModel {
  const { name, temperature = 0, maxTokens = 2048, modelPath, ...engineOptions } = options;
  let engine: Promise<LocalEngine> | undefined;
  // The package and its binary first: a machine that cannot run the model learns it before a 1 GB download.
  const load = () =>
    (engine ??= sharedLlama(engineOptions.gpu ?? "auto")
      .then(() => (typeof modelPath === "string" ? modelPath : modelPath()))
      .then((path) => localEngine({ ...engineOptions, modelPath: path })));
  let calls = 0;
  return {
    description: `${name} (embedded llama.cpp)`,
    load,
    async complete(request, callOptions = {}) {
      const { signal } = callOptions;
      try {
        const loaded = await abortable(load(), signal);
        const grammar = await grammarFor(loaded, turnSchema(request));
        return await loaded.withChat((chat) => generate({ chat, request, grammar, temperature, maxTokens, signal, id: `call_${(calls += 1)}` }), signal);
      } catch (error) {
        throw toModelCallError(error, signal);
      }
    },
  };
}

const grammars = new WeakMap<LocalEngine, Map<string, Promise<LlamaGrammar>>>();

/** Grammars by schema: a block sends the same tools and schemas on every round trip and every execution. */
function grammarFor(engine: LocalEngine, schema: object): Promise<LlamaGrammar> {
  let cache = grammars.get(engine);
  if (cache === undefined) grammars.set(engine, (cache = new Map()));
  const key = JSON.stringify(schema);
  let grammar = cache.get(key);
  if (grammar === undefined) {
    if (cache.size >= 256) cache.clear();
    grammar = engine.model.llama.createGrammarForJsonSchema(schema as never);
    cache.set(key, grammar);
    grammar.catch(() => cache.delete(key));
  }
  return grammar;
}

async function generate(options: {
  chat: LlamaChat;
  request: ChatRequest;
  grammar: LlamaGrammar;
  temperature: number;
  maxTokens: number;
  signal?: AbortSignal;
  id: string;
}): Promise<ChatResponse> {
  const { chat, request, grammar, temperature, maxTokens, signal, id } = options;
  const meter = chat.sequence.tokenMeter;
  const before = meter.getState();
  const result = await chat.generateResponse(toChatHistory(request.messages, request.tools), { grammar, temperature, maxTokens, signal });
  const usage = meter.diff(before);
  const text = result.response;
  const tokens = { promptTokens: usage.usedInputTokens, completionTokens: usage.usedOutputTokens };
  const call = parseCall(text);
  // Only a reply cut off at `maxTokens` can fail to parse; the episode treats it as a text turn and asks again.
  if (call === undefined) return { content: text, toolCalls: [], usage: tokens };
  return { content: null, toolCalls: [{ id, name: call.name, arguments: JSON.stringify(call.arguments ?? {}) }], usage: tokens };
}

function parseCall(text: string): { name: string; arguments: unknown } | undefined {
  try {
    const parsed = JSON.parse(text) as { name?: unknown; arguments?: unknown };
    return typeof parsed.name === "string" ? { name: parsed.name, arguments: parsed.arguments } : undefined;
  } catch {
    return undefined;
  }
}

/** Stops waiting (not loading: the next block will want the model) when the request is aborted. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function toModelCallError(error: unknown, signal: AbortSignal | undefined): ModelCallError {
  if (ModelCallError.isInstance(error)) return error as ModelCallError;
  if (signal?.aborted) return new ModelCallError({ failure: "aborted", message: "local model request was aborted", cause: error });
  // Nothing about a local failure gets better by asking again: not retried.
  const message = LocalModelError.isInstance(error) ? error.message : `local model failed: ${error instanceof Error ? error.message : String(error)}`;
  return new ModelCallError({ failure: "rejected", message, cause: error });
}
