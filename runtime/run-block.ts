/**
 * Executes one natural block of a TypeScript program: renders the prompt, drives the episode against the
 * configured model, then commits the validated exit all at once — or throws a `NaturalBlockError` and writes
 * nothing.
 */
import type { BlockDescriptor, BlockInvocation, BlockOutcome } from "./block.js";
import { createSemaphore } from "./concurrency/semaphore.js";
import { cachedForConfig } from "./config/runtime-state.js";
import { blockExitSchemas } from "./episode/block-exit-schemas.js";
import { driveEpisode } from "./episode/drive-episode.js";
import type { EpisodeResult, EpisodeTranscript } from "./episode/episode-spec.js";
import type { ValidatedExit } from "./episode/host.js";
import { summarizeTurns } from "./episode/summarize-turns.js";
import { NaturalBlockError } from "./errors/natural-block-error.js";
import { NightjarError } from "./errors/nightjar-error.js";
import { createJsHost } from "./js-host/create-js-host.js";
import { isJsExitPayload } from "./js-host/js-exit-payload.js";
import { jsPromptBlock } from "./js-host/js-prompt-block.js";
import { prepareBlockRun, type BlockRun } from "./prepare-block-run.js";
import { renderSystemPrompt } from "./prompt/render-system-prompt.js";
import { renderUserMessage } from "./prompt/render-user-message.js";
import { CommitConflict } from "./state/commit-changes.js";
import { exitsFor } from "./protocol/exits-for.js";
import { blockState } from "./trace/block-state.js";

export async function runBlock(block: BlockDescriptor, invocation: BlockInvocation): Promise<BlockOutcome> {
  // Taken before the first await, so its frames are the program's: the block's line first (source-mapped).
  const site: { stack?: string } = {};
  Error.captureStackTrace(site, runBlock);
  const run = prepareBlockRun({ blockId: block.id, location: block.location });
  return inTurn(run.config.maxConcurrentBlocks, async () => {
    // Traced blocks keep the state they may change, for the trace viewer's diff.
    const before = run.tracer && blockState({ block, invocation });
    const result = await driveBlockEpisode({ block, invocation, run }).catch((cause: unknown) => unexpected(cause));
    run.tracer?.end(result);
    if (!result.success) {
      const { reason, detail, cause, transcript } = result;
      throw new NaturalBlockError({ blockId: block.id, location: block.location, reason, detail, cause, lastTurns: summarizeTurns(transcript.messages) });
    }
    const outcome = finish({ block, exit: result.exit, transcript: result.transcript, site });
    if (before !== undefined) run.tracer?.commit({ before, after: blockState({ block, invocation, writes: outcome.writes }) });
    return outcome;
  });
}

/**
 * Every failure of a block is a NightjarError: anything else escaping the episode (a bug, or a reply shape
 * nobody foresaw) ends the block as `internal`, with the original error as its cause. Nothing was committed.
 */
function unexpected(cause: unknown): EpisodeResult {
  if (NightjarError.isInstance(cause)) throw cause;
  const detail = `the runtime failed unexpectedly: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`;
  return { success: false, reason: "internal", detail, cause, transcript: { messages: [], roundTrips: 0, toolCalls: 0, usage: { promptTokens: 0, completionTokens: 0 } } };
}

/** Renders the prompt from the program's values as they are now, and drives the episode to its end. */
async function driveBlockEpisode(options: { block: BlockDescriptor; invocation: BlockInvocation; run: BlockRun }): Promise<EpisodeResult> {
  const { block, invocation, run } = options;
  const prompt = jsPromptBlock(block, invocation);
  const exits = exitsFor(prompt);
  return driveEpisode({
    spec: {
      blockId: block.id,
      location: block.location,
      language: "JavaScript",
      system: renderSystemPrompt(exits),
      user: renderUserMessage(prompt, exits),
      exits,
      exitSchemas: blockExitSchemas(block),
      maxToolCalls: run.config.maxToolCalls,
      observe: run.tracer?.observe,
    },
    host: createJsHost({ block, invocation, maxFunctionCalls: run.config.maxFunctionCalls }),
    model: run.model,
    blockTimeoutMs: run.config.blockTimeoutMs,
    now: run.now,
  });
}

/**
 * Runs a block once one of `maxConcurrentBlocks` places is free, from rendering its prompt to committing its
 * writes: a waiting block sees the program's values as the blocks before it left them, and holds no engine
 * thread while it waits.
 */
async function inTurn<T>(maxConcurrentBlocks: number, block: () => Promise<T>): Promise<T> {
  const places = cachedForConfig("block-places", () => createSemaphore(maxConcurrentBlocks));
  await places.acquire();
  try {
    return await block();
  } finally {
    places.release();
  }
}

/**
 * An error the block raises was built inside the runtime, so its own frames are the library's. It is thrown at
 * the block, as a `throw` on that line would be: its stack keeps its first line (name and message) and takes
 * the frames of the block's call.
 */
function atBlockSite(error: unknown, site: { stack?: string }): unknown {
  if (!(error instanceof Error) || site.stack === undefined) return error;
  const header = `${error.name}: ${error.message}`;
  const frames = site.stack.slice(site.stack.indexOf("\n"));
  Object.defineProperty(error, "stack", { value: header + frames, writable: true, configurable: true });
  return error;
}

/** Commits the validated exit: in-place changes are applied, writes handed to the generated code. */
function finish(options: { block: BlockDescriptor; exit: ValidatedExit; transcript: EpisodeTranscript; site: { stack?: string } }): BlockOutcome {
  const { block, exit, transcript } = options;
  const { payload } = exit;
  if (!isJsExitPayload(payload)) throw new Error("internal: the JavaScript host's exit carries no payload");
  if (exit.exit === "raise") throw atBlockSite(payload.error, options.site);
  try {
    payload.commit();
  } catch (cause) {
    const conflict = cause instanceof CommitConflict;
    const detail = conflict ? cause.message : `applying the block's changes to the program failed: ${cause instanceof Error ? cause.message : String(cause)}`;
    throw new NaturalBlockError({ blockId: block.id, location: block.location, reason: conflict ? "conflict" : "commit-failed", detail, cause, lastTurns: summarizeTurns(transcript.messages) });
  }
  if (exit.exit === "return") return { exit: "return", writes: payload.writes, value: payload.value };
  return { exit: exit.exit, writes: payload.writes, ...(payload.label === undefined ? {} : { label: payload.label }) };
}
