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
import { askModel, startDeadline, type AskModelOptions, type EpisodeEvent, type EpisodeResult, type ModelReply } from "../runtime/episode/index.js";
import type { ChatModel, ChatRequest } from "../runtime/model/chat-model.js";
import { createModelStack } from "../runtime/model/create-model-stack.js";
import { createBlockTracer, type BlockTracer } from "../runtime/trace/block-tracer.js";
import { traceSink } from "../runtime/trace/trace-sink.js";
import type { BlockEndSummary, BlockStartReply, SandboxMessage } from "./sandbox-protocol.js";

/** CPU time one code action may use unless configured otherwise, in ms. */
export const defaultCodeActionMs = 1000;

/** Options of {@link createBlockService}. */
export interface BlockServiceOptions {
  /** A model to use instead of the configured one (tests, `createScriptedModel`). */
  model?: ChatModel;
  /** CPU time one code action may use, in ms; then it is stopped and the model gets an `Error:` result. */
  codeActionMs?: number;
}

type BlockMessage = Extract<SandboxMessage, { type: "block-start" | "model-request" | "tool-result" | "block-end" }>;

/** The host's side of the sandbox's blocks. */
export interface BlockService {
  /** Handles one block message; `reply` answers a request. */
  handle(message: BlockMessage, reply: (value: unknown) => void): void;
  /** Where the innermost running block is, if one runs. */
  currentBlock(): BlockLocation | undefined;
  /** Whether the sandbox is working on a block's tool calls: a block runs and no model request is pending. */
  sandboxBusy(): boolean;
  /** Forgets blocks still open when their program has ended (they can only have failed without a word). */
  endAll(): void;
}

interface RunningBlock {
  blockId: string;
  location: BlockLocation;
  model: ChatModel;
  tracer: BlockTracer | undefined;
  deadline: { signal: AbortSignal; clear(): void };
  blockTimeoutMs: number;
}

export function createBlockService(options: BlockServiceOptions = {}): BlockService {
  // Blocks nest (a code action may call a hybrid function), innermost last.
  const running: RunningBlock[] = [];
  const find = (blockId: string) => running.findLast((block) => block.blockId === blockId);
  let pendingRequests = 0;
  return {
    currentBlock: () => running.at(-1)?.location,
    sandboxBusy: () => running.length > 0 && pendingRequests === 0,
    endAll() {
      const unfinished: BlockEndSummary = { failure: "model-error", toolCalls: 0, usage: { promptTokens: 0, completionTokens: 0 } };
      for (const block of running.splice(0).reverse()) endBlock(block, unfinished);
    },
    handle(message, reply) {
      if (message.type === "block-start") {
        const started = startBlock(message, options);
        if ("error" in started) return reply(started satisfies BlockStartReply);
        running.push(started.block);
        return reply({ maxToolCalls: started.maxToolCalls, codeActionMs: options.codeActionMs ?? defaultCodeActionMs } satisfies BlockStartReply);
      }
      const block = find(message.blockId);
      if (block === undefined) {
        // The sandbox never sends this; answer anyway, since it waits for a reply.
        if (message.type === "model-request") reply({ failure: "model-error", detail: `no running block ${message.blockId}` } satisfies ModelReply);
        return;
      }
      if (message.type === "model-request") {
        pendingRequests += 1;
        const { model, tracer, deadline, blockTimeoutMs } = block;
        const observe = tracer && ((event: EpisodeEvent) => tracer.observe(event));
        const execution = { blockId: block.blockId, location: block.location, execution: block };
        void ask({ model, request: message.request, roundTrip: message.roundTrip, signal: deadline.signal, blockTimeoutMs, observe, block: execution }).then((answer) => {
          pendingRequests -= 1;
          reply(answer);
        });
      } else if (message.type === "tool-result") {
        block.tracer?.observe(message.event);
      } else {
        running.splice(running.lastIndexOf(block), 1);
        endBlock(block, message.summary);
      }
    },
  };
}

function startBlock(message: { blockId: string; location: BlockLocation }, options: BlockServiceOptions): { error: string } | { block: RunningBlock; maxToolCalls: number } {
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
  const { blockId, location } = message;
  const block = { blockId, location, model, tracer, deadline: startDeadline(config.blockTimeoutMs)!, blockTimeoutMs: config.blockTimeoutMs };
  return { block, maxToolCalls: config.maxToolCalls };
}

/** The runtime's model call; a failure's `cause` stays here (it is an Error, and the reply travels as JSON). */
async function ask(options: AskModelOptions): Promise<ModelReply> {
  const reply = await askModel(options);
  if (!("failure" in reply)) return reply;
  const { cause: _cause, ...failure } = reply;
  return failure;
}

function endBlock(block: RunningBlock, summary: BlockEndSummary): void {
  block.deadline.clear();
  block.tracer?.end(episodeResult(summary));
}

function episodeResult(summary: BlockEndSummary): EpisodeResult {
  const transcript = { messages: [], roundTrips: 0, toolCalls: summary.toolCalls, usage: summary.usage };
  if (summary.exit !== undefined) return { success: true, exit: { exit: summary.exit as "done", payload: undefined }, transcript };
  return { success: false, reason: summary.failure ?? "model-error", detail: "", transcript };
}
