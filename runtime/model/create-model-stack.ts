import type { ResolvedConfig } from "../config/nightjar-options.js";
import type { ChatModel } from "./chat-model.js";
import { createEmbeddedModel } from "./local/create-embedded-model.js";
import { usesEmbeddedModel } from "./local/local-model-setting.js";
import { createOpenAIChatModel } from "./openai-chat-model.js";
import { withConcurrencyLimit } from "./with-concurrency-limit.js";
import { withModelFeatures } from "./with-model-features.js";
import { withRetries, type RetryOptions } from "./with-retries.js";

/**
 * The model blocks talk to: the configured `chatModel`, the embedded local model (`NIGHTJAR_MODEL=local...`
 * without a base URL) or an OpenAI-compatible client, behind retries, behind
 * one concurrency limit (so a retry waiting for its backoff does not hold a slot). Built once per configuration.
 */
export function createModelStack(config: ResolvedConfig, onRetry?: RetryOptions["onRetry"], layers: { features?: boolean } = {}): ChatModel {
  const base =
    config.chatModel ??
    (usesEmbeddedModel(config)
      ? createEmbeddedModel({ model: config.model!, temperature: config.temperature })
      : createOpenAIChatModel({
          model: config.model ?? "",
          baseURL: config.baseURL,
          apiKey: config.apiKey,
          temperature: config.temperature,
          requestTimeoutMs: config.requestTimeoutMs,
        }));
  const limited = withConcurrencyLimit(base, config.maxConcurrentRequests);
  const stack = withRetries(limited, { maxRetries: config.maxRetries, sleep: config.internal.sleep, random: config.internal.random, onRetry });
  if (layers.features === false) return stack;
  return withModelFeatures({ config, stack, connect: (settings) => createModelStack(settings, onRetry, { features: false }) });
}
