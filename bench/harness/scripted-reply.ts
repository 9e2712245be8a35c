/**
 * Shorthands for writing a case's simulated model answers in `cases.ts`: protocol tool calls for the natural
 * version (tool and argument names from docs/PROTOCOL.md) and structured JSON for the twin.
 */
import type { Json, ProgramCase, ScriptedCall, SimulatedReply, ToolCall } from "./program-case.js";

const withOutputs = (name: string, outputs?: Record<string, unknown>, code?: string): ToolCall => ({
  name,
  arguments: { ...(code === undefined ? {} : { code }), ...(outputs ? { outputs } : {}) },
});

/** `done` with the block's outputs, after running `code` (how a block changes objects in place in one call). */
export const done = (outputs?: Record<string, unknown>, code?: string): ToolCall => withOutputs("done", outputs, code);

/** `break` out of the enclosing loop, writing outputs first. */
export const breakLoop = (outputs?: Record<string, unknown>): ToolCall => withOutputs("break", outputs);

/** `continue` with the next iteration, writing outputs first. */
export const continueLoop = (outputs?: Record<string, unknown>): ToolCall => withOutputs("continue", outputs);

/** `return` a value from the enclosing function. */
export const returnValue = (value: unknown): ToolCall => ({ name: "return", arguments: { value } });

/** `raise` a new error of a type the block names. */
export const raiseError = (type: string, message: string): ToolCall => ({
  name: "raise",
  arguments: { error: { type, message } },
});

/** The twin's structured-output answer. */
export const json = (value: unknown): SimulatedReply => ({ kind: "json", value });

/** A turn is one tool call, several tool calls sent together, or a JSON answer. */
export type TurnShorthand = ToolCall | ToolCall[] | SimulatedReply;

const toReply = (turn: TurnShorthand): SimulatedReply => {
  if (Array.isArray(turn)) return { kind: "tools", calls: turn };
  return "kind" in turn ? turn : { kind: "tools", calls: [turn] };
};

/** One model call: answered turn by turn with `turns` when every text of `when` appears in the request. */
export const call = (when: string | string[], ...turns: TurnShorthand[]): ScriptedCall => ({
  when: typeof when === "string" ? [when] : when,
  replies: turns.map(toReply),
});

/** A case each version answers with one model call: `done(outputs)` for the natural one, JSON for the twin. */
export interface OneCallCase {
  name: string;
  input: Json;
  expected: Json;
  /** Texts of the case that both versions' prompts show (usually its input). */
  when: string | string[];
  outputs: Record<string, unknown>;
  /** The twin's JSON answer, when its schema differs from the block's outputs. */
  twinAnswer?: unknown;
}

export const oneCallCase = (options: OneCallCase): ProgramCase => ({
  name: options.name,
  input: options.input,
  expected: options.expected,
  natural: [call(options.when, done(options.outputs))],
  twin: [call(options.when, json(options.twinAnswer ?? options.outputs))],
});
