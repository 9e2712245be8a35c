import type { BlockLocation } from "../block.js";
import type { NaturalBlockFailure } from "../errors/natural-block-error.js";
import type { ChatMessage, TokenUsage, ToolCall } from "../model/chat-model.js";

/** Fields every trace event carries. */
export interface TraceEventBase {
  blockId: string;
  location: BlockLocation;
  /** Model round trip the event belongs to (0 before the first request). */
  roundTrip: number;
  /** Milliseconds since the epoch. */
  time: number;
}

/** What the runtime reports about block executions, in order; one JSON line each in `NIGHTJAR_TRACE`. */
export type TraceEvent = TraceEventBase &
  (
    | { type: "block-start"; model: string }
    /** `messages` holds only what is new since the previous request. */
    | { type: "model-request"; messages: ChatMessage[]; tools: string[] }
    | { type: "model-response"; content: string | null; toolCalls: ToolCall[]; usage?: TokenUsage; latencyMs: number }
    | { type: "tool-result"; toolCallId: string; name: string; arguments: string; result: string; success: boolean }
    | {
        type: "block-end";
        exit?: string;
        failure?: NaturalBlockFailure;
        /** Why the block failed, in one line (failures only). */
        detail?: string;
        toolCalls: number;
        usage: TokenUsage;
        durationMs: number;
      }
    /** After `block-end` of a block whose writes were committed: the state it could change, as JSON text. */
    | { type: "state-commit"; before: string; after: string }
  );

/** Receives trace events; must not throw (errors are swallowed so tracing never breaks a block). */
export type TraceListener = (event: TraceEvent) => void;
