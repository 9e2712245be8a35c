import type { BlockLocation } from "../block.js";
import type { EpisodeEvent, EpisodeResult } from "../episode/episode-spec.js";
import type { TraceEvent, TraceListener } from "./trace-event.js";

/** Options of {@link createBlockTracer}. */
export interface BlockTracerOptions {
  blockId: string;
  location: BlockLocation;
  sink: TraceListener;
  now: () => number;
}

/** Turns one block execution's episode events into trace events. */
export interface BlockTracer {
  start(model: string): void;
  observe(event: EpisodeEvent): void;
  end(result: EpisodeResult): void;
  /** The state the block could change, before it ran and after its writes were committed. */
  commit(state: { before: string; after: string }): void;
}

export function createBlockTracer({ blockId, location, sink, now }: BlockTracerOptions): BlockTracer {
  const started = now();
  let sentMessages = 0;
  let roundTrip = 0;
  const emit = (event: DistributiveOmit<TraceEvent, "blockId" | "location" | "time" | "roundTrip">) =>
    sink({ blockId, location, time: now(), roundTrip, ...event } as TraceEvent);
  return {
    start: (model) => emit({ type: "block-start", model }),
    observe(event) {
      roundTrip = event.roundTrip;
      if (event.type === "model-request") {
        emit({ type: "model-request", messages: event.request.messages.slice(sentMessages), tools: event.request.tools.map((tool) => tool.name) });
        sentMessages = event.request.messages.length;
      } else if (event.type === "model-response") {
        const { content, toolCalls, usage } = event.response;
        emit({ type: "model-response", content, toolCalls, latencyMs: event.latencyMs, ...(usage ? { usage } : {}) });
      } else {
        const { id, name, arguments: args } = event.call;
        emit({ type: "tool-result", toolCallId: id, name, arguments: args, result: event.result, success: event.success });
      }
    },
    end(result) {
      const { toolCalls, usage } = result.transcript;
      const outcome = result.success ? { exit: result.exit.exit } : { failure: result.reason, detail: result.detail };
      emit({ type: "block-end", ...outcome, toolCalls, usage, durationMs: now() - started });
    },
    commit: (state) => emit({ type: "state-commit", ...state }),
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
