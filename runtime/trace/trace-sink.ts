import { blockTelemetry } from "../telemetry/block-telemetry.js";
import { emitTrace, hasTraceListeners } from "./on-trace.js";
import { jsonlTraceWriter } from "./jsonl-trace-writer.js";
import type { TraceListener } from "./trace-event.js";

/**
 * Where this block's trace events go: the `trace` JSONL file and/or `onTrace` listeners; `undefined` when
 * nobody wants them, so an untraced block pays nothing for tracing.
 */
export function traceSink(tracePath: string | undefined): TraceListener | undefined {
  const file = tracePath === undefined ? undefined : jsonlTraceWriter(tracePath);
  const listening = hasTraceListeners();
  // OpenTelemetry spans, when the application has a tracer provider (one per block execution).
  const telemetry = blockTelemetry();
  if (file === undefined && !listening && telemetry === undefined) return undefined;
  return (event) => {
    file?.(event);
    if (listening) emitTrace(event);
    telemetry?.(event);
  };
}
