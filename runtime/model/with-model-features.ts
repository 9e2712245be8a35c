/**
 * The layers over the model stack for tests and production, outermost first: usage and budgets, record/replay,
 * the response cache, fallback models. Each but usage is added only when its setting is on, so an unconfigured
 * program calls the model as before (usage counting costs a few additions per request).
 */
import type { FallbackModel } from "../config/observability-options.js";
import type { ResolvedConfig } from "../config/nightjar-options.js";
import { createDiskCache } from "./cache/disk-cache.js";
import { responseCacheSettings } from "./cache/response-cache-settings.js";
import { withResponseCache } from "./cache/with-response-cache.js";
import { cassettePath } from "./cassette/cassette-path.js";
import { withCassette } from "./cassette/with-cassette.js";
import type { ChatModel } from "./chat-model.js";
import { redactSecrets } from "./redact-secrets.js";
import { withFallback } from "./with-fallback.js";
import { withUsage } from "./with-usage.js";

/** Options of {@link withModelFeatures}. */
export interface ModelFeaturesOptions {
  config: ResolvedConfig;
  /** The configured model behind retries and the concurrency limit. */
  stack: ChatModel;
  /** Builds the same stack (without these layers) for other settings: the fallback models. */
  connect: (config: ResolvedConfig) => ChatModel;
}

export function withModelFeatures({ config, stack, connect }: ModelFeaturesOptions): ChatModel {
  const secrets = [config.apiKey, ...(config.fallback ?? []).map((entry) => (typeof entry === "string" ? undefined : entry.apiKey))];
  let model = stack;
  if (config.fallback !== undefined && config.fallback.length > 0) {
    const fallbacks = config.fallback.map((entry) => ({ name: fallbackName(entry), model: connect(fallbackConfig(config, entry)) }));
    model = withFallback([{ name: config.model ?? stack.description, model: stack }, ...fallbacks]);
  }
  const cache = responseCacheSettings(config);
  if (cache !== undefined) {
    const redact = (text: string) => redactSecrets(text, secrets);
    const disk = cache.dir === undefined ? undefined : createDiskCache({ dir: cache.dir, maxBytes: cache.maxBytes, redact });
    model = withResponseCache(model, { model: config.model ?? stack.description, temperature: config.temperature, memoryEntries: cache.memoryEntries, disk });
  }
  if (config.record !== undefined || config.replay !== undefined) {
    model = withCassette(model, {
      replay: config.replay === undefined ? undefined : cassettePath(config.replay),
      record: config.record === undefined ? undefined : cassettePath(config.record),
      secrets,
    });
  }
  // Its own clock: the test clock (`internal.now`) steps on every call, and budgets must not move it.
  return withUsage(model, { model: config.model, prices: config.prices, budget: config.budget, now: () => performance.now() });
}

function fallbackName(entry: FallbackModel): string {
  return typeof entry === "string" ? entry : entry.model;
}

/** A fallback on another server gets only its own key: the primary's is never sent elsewhere. */
function fallbackConfig(config: ResolvedConfig, entry: FallbackModel): ResolvedConfig {
  const settings = typeof entry === "string" ? { model: entry } : entry;
  const sameServer = settings.baseURL === undefined || settings.baseURL === config.baseURL;
  return {
    ...config,
    chatModel: undefined,
    model: settings.model,
    baseURL: settings.baseURL ?? config.baseURL,
    apiKey: settings.apiKey ?? (sameServer ? config.apiKey : undefined),
  };
}
