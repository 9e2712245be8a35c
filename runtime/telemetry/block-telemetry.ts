/**
 * OpenTelemetry spans for one block execution, built from its trace events: a span for the block (file:line,
 * outcome, round trips, tool calls, tokens), a child span per model call following the GenAI semantic
 * conventions (`chat <model>`), and a child span per code action or other tool call (`execute_tool <name>`),
 * whose duration is the code action's. Created only when the application has a tracer provider.
 */
import { createRequire } from "node:module";
import type * as OpenTelemetry from "@opentelemetry/api";
import { loadConfig } from "../config/load-config.js";
import { cachedForConfig } from "../config/runtime-state.js";
import type { TraceEvent, TraceListener } from "../trace/trace-event.js";
import { hasTracerProvider } from "./has-tracer-provider.js";

let api: typeof OpenTelemetry | undefined;

/** A listener for one block execution's events, or `undefined` when there is nothing to export to. */
export function blockTelemetry(): TraceListener | undefined {
  if (!hasTracerProvider()) return undefined;
  const config = cachedForConfig("config", () => loadConfig());
  if (config.telemetry === false) return undefined;
  // Loaded synchronously (blocks start synchronously); the CommonJS copy shares the application's globals.
  api ??= createRequire(import.meta.url)("@opentelemetry/api") as typeof OpenTelemetry;
  const listener = spansOf({ api, model: config.model, baseURL: config.baseURL });
  return (event) => {
    try {
      listener(event);
    } catch {
      // A telemetry bug must not change what the program does.
    }
  };
}

function spansOf(options: { api: typeof OpenTelemetry; model: string | undefined; baseURL: string | undefined }): TraceListener {
  const { api: otel, model } = options;
  const tracer = otel.trace.getTracer("nightjar-ts");
  const server = serverOf(options.baseURL);
  let block: OpenTelemetry.Span | undefined;
  let blockContext: OpenTelemetry.Context | undefined;
  let call: OpenTelemetry.Span | undefined;
  let lastTime = 0;
  return (event: TraceEvent) => {
    if (event.type === "block-start") {
      const { file, line, column } = event.location;
      block = tracer.startSpan(`natural block ${file}:${line}`, {
        startTime: event.time,
        attributes: { "code.file.path": file, "code.line.number": line, "code.column.number": column, "nightjar.block.id": event.blockId, "gen_ai.request.model": model ?? event.model },
      });
      blockContext = otel.trace.setSpan(otel.context.active(), block);
    } else if (event.type === "model-request") {
      call = tracer.startSpan(
        `chat ${model ?? "model"}`,
        {
          kind: otel.SpanKind.CLIENT,
          startTime: event.time,
          attributes: { "gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.system": "openai", ...(model ? { "gen_ai.request.model": model } : {}), "nightjar.round_trip": event.roundTrip, ...server },
        },
        blockContext,
      );
    } else if (event.type === "model-response") {
      call?.setAttributes({
        ...(event.usage ? { "gen_ai.usage.input_tokens": event.usage.promptTokens, "gen_ai.usage.output_tokens": event.usage.completionTokens } : {}),
        "gen_ai.response.finish_reasons": [event.toolCalls.length > 0 ? "tool_calls" : "stop"],
      });
      call?.end(event.time);
      call = undefined;
    } else if (event.type === "tool-result") {
      const span = tracer.startSpan(
        `execute_tool ${event.name}`,
        { kind: otel.SpanKind.INTERNAL, startTime: lastTime, attributes: { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": event.name, "gen_ai.tool.call.id": event.toolCallId, "nightjar.tool.success": event.success } },
        blockContext,
      );
      if (!event.success) span.setStatus({ code: otel.SpanStatusCode.ERROR, message: event.result.slice(0, 200) });
      span.end(event.time);
    } else if (event.type === "block-end") {
      endBlock({ otel, block, call, event });
      block = undefined;
    }
    lastTime = event.time;
  };
}

function endBlock(options: { otel: typeof OpenTelemetry; block: OpenTelemetry.Span | undefined; call: OpenTelemetry.Span | undefined; event: Extract<TraceEvent, { type: "block-end" }> }): void {
  const { otel, block, call, event } = options;
  call?.setStatus({ code: otel.SpanStatusCode.ERROR, message: event.failure ?? "ended" });
  call?.end(event.time);
  if (block === undefined) return;
  block.setAttributes({
    "nightjar.block.outcome": event.exit ?? event.failure ?? "unknown",
    "nightjar.block.round_trips": event.roundTrip,
    "nightjar.block.tool_calls": event.toolCalls,
    "gen_ai.usage.input_tokens": event.usage.promptTokens,
    "gen_ai.usage.output_tokens": event.usage.completionTokens,
  });
  if (event.failure !== undefined) block.setStatus({ code: otel.SpanStatusCode.ERROR, message: `natural block failed (${event.failure})` });
  block.end(event.time);
}

/** `server.address` and `server.port` of the model server (no credentials: the URL's user part is dropped). */
function serverOf(baseURL: string | undefined): Record<string, string | number> {
  if (baseURL === undefined) return { "server.address": "api.openai.com" };
  try {
    const url = new URL(baseURL);
    return { "server.address": url.hostname, ...(url.port ? { "server.port": Number(url.port) } : {}) };
  } catch {
    return {};
  }
}
