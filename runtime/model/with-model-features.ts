/**
 * The opt-in layers over the model stack, outermost first: usage and budgets, record/replay, the response
 * cache, fallback models. Each is added only when its setting is on, so an unconfigured program calls the
 * model exactly as before.
 */
import type { ResolvedConfig } from "../config/nightjar-options.js";
import type { ChatModel } from "./chat-model.js";
import { cassettePath } from "./cassette/cassette-path.js";
import { withCassette } from "./cassette/with-cassette.js";

/** Options of {@link withModelFeatures}. */
export interface ModelFeaturesOptions {
  config: ResolvedConfig;
  /** The configured model behind retries and the concurrency limit. */
  stack: ChatModel;
}

export function withModelFeatures({ config, stack }: ModelFeaturesOptions): ChatModel {
  let model = stack;
  if (config.record !== undefined || config.replay !== undefined) {
    model = withCassette(model, {
      replay: config.replay === undefined ? undefined : cassettePath(config.replay),
      record: config.record === undefined ? undefined : cassettePath(config.record),
      secrets: [config.apiKey],
    });
  }
  return model;
}
