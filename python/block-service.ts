/**
 * What the host does for the blocks of a sandboxed Python program: settings, the model call (the runtime's
 * configured model stack, with retries and the block time limit) and tracing — the same as `runBlock` does for
 * TypeScript blocks, answered over the sandbox channel.
 */
import type { BlockLocation } from "../runtime/block.js";
import { assertModelConfigured } from "../runtime/config/assert-model-configured.js";
import { loadConfig } from "../runtime/config/load-config.js";
import type { ResolvedConfig } from "../runtime/config/nightjar-options.js";
import { cachedForConfig } from "../runtime/config/runtime-state.js";
import type { EpisodeResult, ModelReply } from "../runtime/episode/index.js";
import type { ChatModel, ChatRequest } from "../runtime/model/chat-model.js";
import { createModelStack } from "../runtime/model/create-model-stack.js";
import { createBlockTracer, type BlockTracer } from "../runtime/trace/block-tracer.js";
import { traceSink } from "../runtime/trace/trace-sink.js";
import type { BlockEndSummary, BlockStartReply, SandboxMessage } from "./sandbox-protocol.js";

/** Options of {@link createBlockService}. */
export interface BlockServiceOptions {
  /** A model to use instead of the configured one (tests, `createScriptedModel`). */
  model?: ChatModel;
}

type BlockMessage = Extract<SandboxMessage, { type: "block-start" | "model-request" | "tool-result" | "block-end" }>;

/** Handles one block message; `reply` answers a request. */
export type BlockService = (message: BlockMessage, reply: (value: unknown) => void) => void;

interface RunningBlock {
  model: ChatModel;
  tracer: BlockTracer | undefined;
  signal: AbortSignal;
  blockTimeoutMs: number;
}

export function createBlockService(options: BlockServiceOptions = {}): BlockService {
  // Blocks nest (a code action may call a hybrid function), so each id keeps a stack.
  const running = new Map<string, RunningBlock[]>();
  const current = (blockId: string) => running.get(blockId)?.at(-1);
  return (message, reply) => {
    if (message.type === "block-start") {
      const started = startBlock(message, options);
      if ("error" in started) return reply(started satisfies BlockStartReply);
      running.set(message.blockId, [...(running.get(message.blockId) ?? []), started.block]);
      return reply({ maxToolCalls: started.maxToolCalls } satisfies BlockStartReply);
    }
    const block = current(message.blockId);
    if (block === undefined) {
      // The sandbox never sends this; answer anyway, since it waits for a reply.
      if (message.type === "model-request") reply({ failure: "model-error", detail: `no running block ${message.blockId}` } satisfies ModelReply);
      return;
    }
    if (message.type === "model-request") {
      void askModel(block, message.request, message.roundTrip).then(reply);
    } else if (message.type === "tool-result") {
      block.tracer?.observe(message.event);
    } else {
      running.get(message.blockId)?.pop();
      block.tracer?.end(episodeResult(message.summary));
    }
  };
}

function startBlock(message: { blockId: string; location: BlockLocation }, options: BlockServiceOptions) {
  const { file, line, column } = message.location;
  let config: ResolvedConfig;
  try {
    config = cachedForConfig("config", () => loadConfig());
    if (options.model === undefined) assertModelConfigured(config, `${file}:${line}:${column}`);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const model = options.model ?? cachedForConfig("model", () => createModelStack(config));
  const now = config.internal.now ?? Date.now;
  const sink = traceSink(config.trace);
  const tracer = sink && createBlockTracer({ blockId: message.blockId, location: message.location, sink, now });
  tracer?.start(model.description);
  const block = { model, tracer, signal: AbortSignal.timeout(config.blockTimeoutMs), blockTimeoutMs: config.blockTimeoutMs };
  return { block, maxToolCalls: config.maxToolCalls };
}

async function askModel(block: RunningBlock, request: ChatRequest, roundTrip: number): Promise<ModelReply> {
  block.tracer?.observe({ type: "model-request", roundTrip, request });
  const started = performance.now();
  try {
    const response = await block.model.complete(request, { signal: block.signal });
    block.tracer?.observe({ type: "model-response", roundTrip, response, latencyMs: performance.now() - started });
    return response;
  } catch (error) {
    if (block.signal.aborted) return { failure: "timeout", detail: `the block ran longer than blockTimeoutMs (${block.blockTimeoutMs} ms)` };
    return { failure: "model-error", detail: `model request failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function episodeResult(summary: BlockEndSummary): EpisodeResult {
  const transcript = { messages: [], roundTrips: 0, toolCalls: summary.toolCalls, usage: summary.usage };
  if (summary.exit !== undefined) return { success: true, exit: { exit: summary.exit as "done", payload: undefined }, transcript };
  return { success: false, reason: summary.failure ?? "model-error", detail: "", transcript };
}
