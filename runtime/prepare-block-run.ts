/**
 * What every block execution needs before its episode, whatever the host language: the settings in force
 * (loaded once per `configure()`), the model stack and a tracer (absent when nobody listens).
 */
import type { BlockLocation } from "./block.js";
import { assertModelConfigured } from "./config/assert-model-configured.js";
import { loadConfig } from "./config/load-config.js";
import type { ResolvedConfig } from "./config/nightjar-options.js";
import { cachedForConfig } from "./config/runtime-state.js";
import type { ChatModel } from "./model/chat-model.js";
import { createModelStack } from "./model/create-model-stack.js";
import { createBlockTracer, type BlockTracer } from "./trace/block-tracer.js";
import { traceSink } from "./trace/trace-sink.js";

/** Options of {@link prepareBlockRun}. */
export interface PrepareBlockRunOptions {
  blockId: string;
  location: BlockLocation;
  /** A model to use instead of the configured one; then no model setting is required. */
  model?: ChatModel;
}

/** A block execution's settings, model, clock and tracer (already told the block started). */
export interface BlockRun {
  config: ResolvedConfig;
  model: ChatModel;
  now: () => number;
  tracer: BlockTracer | undefined;
}

/** Throws `ModelNotConfiguredError` naming the block's file:line:column when no model is set. */
export function prepareBlockRun({ blockId, location, model: given }: PrepareBlockRunOptions): BlockRun {
  const config = cachedForConfig("config", () => loadConfig());
  if (given === undefined) assertModelConfigured(config, `${location.file}:${location.line}:${location.column}`);
  const model = given ?? cachedForConfig("model", () => createModelStack(config));
  const now = config.internal.now ?? Date.now;
  const sink = traceSink(config.trace);
  const tracer = sink && createBlockTracer({ blockId, location, sink, now });
  tracer?.start(model.description);
  return { config, model, now, tracer };
}
