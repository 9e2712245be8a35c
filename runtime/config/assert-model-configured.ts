import { ModelNotConfiguredError } from "../errors/model-not-configured-error.js";
import type { ResolvedConfig } from "./nightjar-options.js";
import { loadConfig } from "./load-config.js";
import { usesEmbeddedModel } from "../model/local/local-model-setting.js";

/**
 * Throws `ModelNotConfiguredError` unless a model is set: a `chatModel`, the embedded model (`local...` with no
 * base URL), or a model name plus either a base URL
 * (local servers need no key) or an API key (OpenAI's own endpoint). The CLI calls it before the first block.
 */
export function assertModelConfigured(config: ResolvedConfig = loadConfig(), where?: string): ResolvedConfig {
  // Replaying without recording answers from the cassette: no model is asked. The embedded model needs no server.
  if (config.chatModel !== undefined || usesEmbeddedModel(config) || (config.replay !== undefined && config.record === undefined)) return config;
  const missing = [
    ...(config.model === undefined ? ["NIGHTJAR_MODEL"] : []),
    ...(config.baseURL === undefined && config.apiKey === undefined ? ["OPENAI_API_KEY (or OPENAI_BASE_URL)"] : []),
  ];
  if (missing.length > 0) throw new ModelNotConfiguredError({ missing, where });
  return config;
}
