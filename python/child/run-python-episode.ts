/**
 * Runs one Python block's episode synchronously: the language-neutral loop from `runtime/episode`, driven by
 * blocking requests to the host process, which calls the configured model (with retries) and traces.
 * This is the one place the sandbox plugs into the runtime's episode loop.
 */
import type { BlockLocation } from "../../runtime/block.js";
import { exitsFor, renderSystemPrompt, renderUserMessage, runEpisode, summarizeTurns } from "../../runtime/episode/index.js";
import type { EpisodeResult, ModelReply, PromptBlock } from "../../runtime/episode/index.js";
import { NaturalBlockError } from "../../runtime/errors/natural-block-error.js";
import type { BlockStartReply } from "../sandbox-protocol.js";
import type { CodeActionClock } from "./code-action-clock.js";
import { createPythonCodeHost, type PythonHostApi } from "./python-code-host.js";
import type { SyncChannel } from "./sync-channel.js";

/** Options of {@link createEpisodeRunner}. */
export interface EpisodeRunnerOptions {
  channel: SyncChannel;
  api: PythonHostApi;
  clock: CodeActionClock;
}

/** What the bridge device runs for a block (`bridge-device.ts`): `(blockJson, promptJson) => resultJson`. */
export function createEpisodeRunner(options: EpisodeRunnerOptions): (block: string, prompt: string) => string {
  const { channel } = options;
  return (blockJson, promptJson) => {
    const block = JSON.parse(blockJson) as { id: string; location: BlockLocation };
    const started = channel.request<BlockStartReply>({ type: "block-start", blockId: block.id, location: block.location });
    if ("error" in started) return JSON.stringify({ success: false, message: started.error });
    const before = started.traced ? traceState(options.api) : undefined;
    let result: EpisodeResult;
    try {
      result = drive({ ...options, ...started, block, prompt: JSON.parse(promptJson) as PromptBlock });
    } catch (error) {
      // The host must not think the block still runs (its watchdog watches running blocks).
      const usage = { promptTokens: 0, completionTokens: 0 };
      channel.send({ type: "block-end", blockId: block.id, summary: { failure: "model-error", toolCalls: 0, usage } });
      throw error;
    }
    const { toolCalls, usage } = result.transcript;
    const ending = result.success ? { exit: result.exit.exit } : { failure: result.reason };
    // A block that raises writes nothing (its changes are rolled back), so only other exits have an "after".
    const after = before !== undefined && result.success && result.exit.exit !== "raise" ? traceState(options.api) : undefined;
    const state = after === undefined ? {} : { state: { before: before!, after } };
    channel.send({ type: "block-end", blockId: block.id, summary: { ...ending, toolCalls, usage, ...state } });
    if (result.success) return JSON.stringify({ success: true });
    const { reason, detail, transcript } = result;
    const error = new NaturalBlockError({ blockId: block.id, location: block.location, reason, detail, lastTurns: summarizeTurns(transcript.messages) });
    return JSON.stringify({ success: false, reason, message: error.message });
  };
}

interface DriveOptions extends EpisodeRunnerOptions {
  block: { id: string; location: BlockLocation };
  prompt: PromptBlock;
  maxToolCalls: number;
  codeActionMs: number;
}

function drive({ channel, api, clock, block, prompt, maxToolCalls, codeActionMs }: DriveOptions): EpisodeResult {
  const exits = exitsFor(prompt);
  const episode = runEpisode(
    {
      blockId: block.id,
      location: block.location,
      language: "Python",
      system: renderSystemPrompt(exits),
      user: renderUserMessage(prompt, exits),
      exits,
      maxToolCalls,
      observe: (event) => {
        if (event.type === "tool-result") channel.send({ type: "tool-result", blockId: block.id, event });
      },
    },
    createPythonCodeHost({ api, clock, codeActionMs }),
  );
  let step = episode.next();
  for (let roundTrip = 1; !step.done; roundTrip += 1) {
    const reply = channel.request<ModelReply>({ type: "model-request", blockId: block.id, roundTrip, request: step.value });
    step = episode.next(reply);
  }
  return step.value;
}

/** The block's state as JSON text for the trace; none if Python could not give it (the trace says so then). */
function traceState(api: PythonHostApi): string | undefined {
  const answer = api.trace_state();
  return answer.startsWith("1") ? answer.slice(1) : undefined;
}
