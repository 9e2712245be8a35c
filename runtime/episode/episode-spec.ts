/** Language-neutral description of one block execution, as the episode loop needs it. */
import type { BlockLocation } from "../block.js";
import type { NaturalBlockFailure } from "../errors/natural-block-error.js";
import type { ChatMessage, ChatRequest, ChatResponse, ExitSchemas, TokenUsage, ToolCall } from "../model/chat-model.js";
import type { HostLanguage } from "../protocol/tool-definitions.js";
import type { OfferedExits } from "../protocol/tool-names.js";
import type { ValidatedExit } from "./host.js";

/** What the loop reports as it goes; drivers add model events, the loop adds tool results. */
export type EpisodeEvent =
  | { type: "model-request"; roundTrip: number; request: ChatRequest }
  | { type: "model-response"; roundTrip: number; response: ChatResponse; latencyMs: number }
  | { type: "tool-result"; roundTrip: number; call: ToolCall; result: string; success: boolean };

/** One block execution: the rendered prompt, the allowed exits and the limit. */
export interface EpisodeSpec {
  blockId: string;
  location: BlockLocation;
  language: HostLanguage;
  /** Rendered system prompt (see prompt/render-system-prompt.ts). */
  system: string;
  /** Rendered user message (see prompt/render-user-message.ts). */
  user: string;
  exits: OfferedExits;
  /** Tool calls (and plain-text turns) allowed before the block fails. */
  maxToolCalls: number;
  /** JSON schemas of the exits' payloads, passed on with each request (see `ExitSchemas`). */
  exitSchemas?: ExitSchemas;
  /** Receives events as they happen (tracing); must not throw. */
  observe?: (event: EpisodeEvent) => void;
}

/** Sent into the loop instead of a response when the model request failed for good (after retries). */
export interface ModelFailure {
  failure: "model-error" | "timeout" | "budget";
  detail: string;
  cause?: unknown;
}

/** What a driver sends back for each request the loop yields. */
export type ModelReply = ChatResponse | ModelFailure;

/** The conversation and its counters, kept for traces and error reports. */
export interface EpisodeTranscript {
  messages: ChatMessage[];
  roundTrips: number;
  toolCalls: number;
  usage: TokenUsage;
}

/** How an episode ended (`Payload`: the host's exit payload). A failure means nothing may be committed. */
export type EpisodeResult<Payload = unknown> =
  | { success: true; exit: ValidatedExit<Payload>; transcript: EpisodeTranscript }
  | {
      success: false;
      reason: NaturalBlockFailure;
      /** One line for the error message. */
      detail: string;
      cause?: unknown;
      transcript: EpisodeTranscript;
    };
