/**
 * What a benchmark program declares about itself: its test cases, and for each case how a model that answers
 * correctly answers each model call of either version. Both versions of a program share one `cases.ts`.
 */

/** A JSON value: what a case passes to `run(input)` and what it expects back. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A protocol tool call the simulated model makes; `arguments` are sent as JSON. */
export interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/**
 * One assistant turn of the simulated model: tool calls (natural version; several calls in one turn are
 * handled in order, so `exec` then `done` is still one round trip) or structured JSON content (twin).
 */
export type SimulatedReply = { kind: "tools"; calls: ToolCall[] } | { kind: "json"; value: unknown };

/** The simulated model's answer to one model call of a case, picked by what the request says. */
export interface ScriptedCall {
  /** Texts that must all appear in the request's system and user messages; they pick this call. */
  when: string[];
  /** One reply per assistant turn of the conversation; the last one repeats if the conversation goes on. */
  replies: SimulatedReply[];
}

/** One test case of a program. */
export interface ProgramCase {
  name: string;
  input: Json;
  /** `run(input)`'s result, compared as JSON (deep equality). */
  expected: Json;
  /** The model calls of the natural version, answered as a model that gets them right would. */
  natural: ScriptedCall[];
  /** The model calls of the hand-written twin. */
  twin: ScriptedCall[];
}

/** A program's `cases.ts` exports these. */
export interface ProgramCases {
  /** Which features of natural blocks the program exercises, e.g. `["enum", "classification"]`. */
  covers: string[];
  cases: ProgramCase[];
}
