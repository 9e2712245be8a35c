/**
 * What the host does for the blocks of a sandboxed Python program: the runtime's `prepareBlockRun` (settings,
 * the configured model stack with retries, the tracer — the same as `runBlock` uses for TypeScript blocks),
 * the block time limit, and the model calls, answered over the sandbox channel.
 */
import type { BlockLocation } from "../runtime/block.js";
import { askModel, startDeadline, type AskModelOptions, type EpisodeEvent, type EpisodeResult, type ModelReply } from "../runtime/episode/index.js";
import type { ChatModel } from "../runtime/model/chat-model.js";
import { prepareBlockRun, type BlockRun } from "../runtime/prepare-block-run.js";
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
  /** Ends the blocks still open (their program ended, or the sandbox died): their model requests are aborted. */
  endAll(): void;
}

interface RunningBlock {
  blockId: string;
  location: BlockLocation;
  run: BlockRun;
  deadline: { signal: AbortSignal; clear(): void };
  /** Aborts the block's model request when the sandbox is gone (nobody would read the answer). */
  abandon: AbortController;
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
      for (const block of running.splice(0).reverse()) {
        block.abandon.abort(new Error("the Python sandbox has stopped"));
        endBlock(block, unfinished);
      }
    },
    handle(message, reply) {
      if (message.type === "block-start") {
        const started = startBlock(message, options.model);
        if ("error" in started) return reply(started satisfies BlockStartReply);
        running.push(started);
        const { maxToolCalls } = started.run.config;
        return reply({ maxToolCalls, codeActionMs: options.codeActionMs ?? defaultCodeActionMs, traced: started.run.tracer !== undefined } satisfies BlockStartReply);
      }
      const block = find(message.blockId);
      if (block === undefined) {
        // The sandbox never sends this; answer anyway, since it waits for a reply.
        if (message.type === "model-request") reply({ failure: "model-error", detail: `no running block ${message.blockId}` } satisfies ModelReply);
        return;
      }
      if (message.type === "model-request") {
        pendingRequests += 1;
        const { run, deadline, abandon } = block;
        const observe = run.tracer && ((event: EpisodeEvent) => run.tracer!.observe(event));
        const signal = AbortSignal.any([deadline.signal, abandon.signal]);
        const { blockTimeoutMs } = run.config;
        // The block's identity for the model stack (record/replay keys requests by block and execution).
        const execution = { blockId: block.blockId, location: block.location, execution: block };
        void ask({ model: run.model, request: message.request, roundTrip: message.roundTrip, signal, blockTimeoutMs, observe, now: run.now, block: execution }).then((answer) => {
          pendingRequests -= 1;
          reply(answer);
        });
      } else if (message.type === "tool-result") {
        block.run.tracer?.observe(message.event);
      } else {
        running.splice(running.lastIndexOf(block), 1);
        endBlock(block, message.summary);
      }
    },
  };
}

function startBlock(message: { blockId: string; location: BlockLocation }, model: ChatModel | undefined): RunningBlock | { error: string } {
  const { blockId, location } = message;
  let run: BlockRun;
  try {
    run = prepareBlockRun({ blockId, location, model });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return { blockId, location, run, deadline: startDeadline(run.config.blockTimeoutMs)!, abandon: new AbortController() };
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
  block.run.tracer?.end(episodeResult(summary));
  if (summary.state !== undefined) block.run.tracer?.commit(summary.state);
}

function episodeResult(summary: BlockEndSummary): EpisodeResult {
  const transcript = { messages: [], roundTrips: 0, toolCalls: summary.toolCalls, usage: summary.usage };
  if (summary.exit !== undefined) return { success: true, exit: { exit: summary.exit as "done", payload: undefined }, transcript };
  return { success: false, reason: summary.failure ?? "model-error", detail: "", transcript };
}
