import { runtimeState } from "../config/runtime-state.js";
import type { TraceEvent, TraceListener } from "./trace-event.js";

function listeners(): Set<TraceListener> {
  return runtimeState().traceListeners as Set<TraceListener>;
}

/** Subscribes to trace events of every block in this process; returns the unsubscribe function. */
export function onTrace(listener: TraceListener): () => void {
  listeners().add(listener);
  return () => {
    listeners().delete(listener);
  };
}

/** Whether anybody listens (building events costs time, so the runtime skips it when nobody does). */
export function hasTraceListeners(): boolean {
  return listeners().size > 0;
}

/** Sends an event to every listener; a failing listener is ignored so tracing never breaks a block. */
export function emitTrace(event: TraceEvent): void {
  for (const listener of listeners()) {
    try {
      listener(event);
    } catch {
      // A tracing bug must not change what the program does.
    }
  }
}
