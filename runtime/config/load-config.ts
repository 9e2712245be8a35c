import { checkOptions } from "./check-options.js";
import { defaultSettings, type NightjarOptions, type ResolvedConfig } from "./nightjar-options.js";
import { findConfigFile, readConfigFile } from "./read-config-file.js";
import { runtimeState } from "./runtime-state.js";
import { observabilityFromEnvironment, pickObservability } from "./observability-options.js";

/** Where `loadConfig` looks; defaults to the process's. */
export interface LoadConfigOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/**
 * The settings in force: defaults, then `nightjar.config.json` (from the cwd upward), then the environment
 * (`OPENAI_BASE_URL`, `OPENAI_API_KEY`, `NIGHTJAR_MODEL`, `NIGHTJAR_TRACE`), then `configure()`.
 */
export function loadConfig(options: LoadConfigOptions = {}): ResolvedConfig {
  const configFile = findConfigFile(options.cwd ?? process.cwd());
  const fromFile = configFile === undefined ? {} : readConfigFile(configFile);
  const merged: NightjarOptions = {
    ...fromFile,
    ...fromEnvironment(options.env ?? process.env),
    ...observabilityFromEnvironment(options.env ?? process.env),
    ...runtimeState().overrides,
  };
  return {
    model: merged.model,
    baseURL: merged.baseURL,
    apiKey: merged.apiKey,
    temperature: merged.temperature,
    maxToolCalls: merged.maxToolCalls ?? defaultSettings.maxToolCalls,
    requestTimeoutMs: merged.requestTimeoutMs ?? defaultSettings.requestTimeoutMs,
    blockTimeoutMs: merged.blockTimeoutMs ?? defaultSettings.blockTimeoutMs,
    maxConcurrentRequests: merged.maxConcurrentRequests ?? defaultSettings.maxConcurrentRequests,
    maxFunctionCalls: merged.maxFunctionCalls ?? defaultSettings.maxFunctionCalls,
    maxConcurrentBlocks: merged.maxConcurrentBlocks ?? defaultSettings.maxConcurrentBlocks,
    maxRetries: merged.maxRetries ?? defaultSettings.maxRetries,
    trace: merged.trace,
    chatModel: merged.chatModel,
    internal: merged.internal ?? {},
    configFile,
    ...pickObservability(merged),
  };
}

const environmentNames = {
  NIGHTJAR_MODEL: "model",
  OPENAI_BASE_URL: "baseURL",
  OPENAI_API_KEY: "apiKey",
  NIGHTJAR_TRACE: "trace",
} as const satisfies Record<string, keyof NightjarOptions>;

function fromEnvironment(env: Record<string, string | undefined>): NightjarOptions {
  const settings: NightjarOptions = {};
  for (const [variable, setting] of Object.entries(environmentNames)) {
    const value = env[variable];
    if (value === undefined || value === "") continue;
    Object.assign(settings, checkOptions({ options: { [setting]: value }, source: `environment variable ${variable}`, fileOnly: true }));
  }
  return settings;
}
