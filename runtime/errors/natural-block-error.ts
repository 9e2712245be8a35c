import type { BlockLocation } from "../block.js";
import { escapeControlCharacters } from "./escape-control-characters.js";
import { NightjarError } from "./nightjar-error.js";

/**
 * Why a block failed. Nothing was written to program state in any of these cases.
 * - `tool-call-limit`: the model used up `maxToolCalls` without a valid exit
 * - `invalid-exit`: the limit was reached while the model's last exit still failed validation
 * - `model-error`: the model request failed for good (after retries), see `cause`
 * - `timeout`: the block ran longer than `blockTimeoutMs`
 * - `commit-failed`: a validated in-place change could not be applied to the program's objects
 * - `budget`: a configured budget (tokens, requests, wall time; per block or per run) was used up
 * - `conflict`: another block, or a program function this one called, changed the same property (or array) of
 *   a program object while this one ran
 * - `internal`: the runtime itself failed unexpectedly (a bug; `cause` holds the original error)
 */
export type NaturalBlockFailure = "tool-call-limit" | "invalid-exit" | "model-error" | "timeout" | "commit-failed" | "budget" | "conflict" | "internal";

/** A model turn kept for diagnosis: what the model said and what it got back. */
export interface TurnSummary {
  /** Assistant text, if any. */
  content: string | null;
  toolCalls: { name: string; arguments: string; result: string }[];
}

/** Options of {@link NaturalBlockError}. */
export interface NaturalBlockErrorOptions {
  blockId: string;
  location: BlockLocation;
  reason: NaturalBlockFailure;
  /** One line saying what went wrong, without location (the error adds it). */
  detail: string;
  lastTurns: TurnSummary[];
  cause?: unknown;
}

const advice: Record<NaturalBlockFailure, string> = {
  "tool-call-limit": "Make the instruction more specific, or raise maxToolCalls.",
  "invalid-exit": "Check that the block's output types match what the instruction asks for, or raise maxToolCalls.",
  "model-error": "Check the model server (OPENAI_BASE_URL), the model name (NIGHTJAR_MODEL) and the API key.",
  timeout: "Raise blockTimeoutMs, or use a faster model.",
  "commit-failed": "The program's objects refused the change (frozen or read-only?); make them writable.",
  budget: "Raise the budget (the `budget` setting), or make the instruction need fewer model turns.",
  conflict: "Program code changed the same value while the block ran (another block, or a function it called); run such blocks one after the other (await each), or let each value have one writer.",
  internal: "This is a bug in nightjar-ts; please report it with the cause below.",
};

/**
 * A natural block failed; nothing it staged was written. The message quotes the model's last turns, which
 * may hold anything: every control character in it is escaped, so printing it cannot drive a terminal.
 */
export class NaturalBlockError extends NightjarError {
  readonly blockId: string;
  readonly location: BlockLocation;
  readonly reason: NaturalBlockFailure;
  readonly lastTurns: TurnSummary[];

  constructor(options: NaturalBlockErrorOptions) {
    const { file, line, column } = options.location;
    super(
      `${file}:${line}:${column} - natural block failed (${options.reason}): ${escapeControlCharacters(options.detail, { keepLineBreaks: false })}\n` +
        `${advice[options.reason]} Nothing was written.${renderTurns(options.lastTurns)}`,
      { cause: options.cause },
    );
    this.blockId = options.blockId;
    this.location = options.location;
    this.reason = options.reason;
    this.lastTurns = options.lastTurns;
  }
}

function renderTurns(turns: TurnSummary[]): string {
  if (turns.length === 0) return "";
  const lines = turns.flatMap((turn) => [
    ...(turn.content ? [`  model said: ${clip(turn.content)}`] : []),
    ...turn.toolCalls.map((call) => `  ${clip(call.name)}(${clip(call.arguments)}) -> ${clip(call.result)}`),
  ]);
  return `\nLast model turns:\n${lines.join("\n")}`;
}

function clip(text: string): string {
  const oneLine = String(text).replace(/\s+/g, " ");
  return escapeControlCharacters(oneLine.length > 160 ? `${oneLine.slice(0, 157)}...` : oneLine, { keepLineBreaks: false });
}
