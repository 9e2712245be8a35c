import type { ChatModel } from "../model/chat-model.js";
import type { ObservabilityOptions } from "./observability-options.js";

/** Hooks for tests: time, sleeping and randomness (retry jitter). Not part of the stable API. */
export interface RuntimeInternals {
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Settings of `configure()`; each also has a place in `nightjar.config.json` (except `chatModel`/`internal`). */
export interface NightjarOptions extends ObservabilityOptions {
  /** Model name sent to the server (env `NIGHTJAR_MODEL`). */
  model?: string;
  /** OpenAI-compatible base URL, e.g. `http://localhost:11434/v1` (env `OPENAI_BASE_URL`). */
  baseURL?: string;
  /** API key (env `OPENAI_API_KEY`); local servers usually need none. */
  apiKey?: string;
  temperature?: number;
  /**
   * Tool calls (and plain-text turns) allowed per block execution. Default 50: recorded sessions of real
   * models needed up to 20 (the reference system allows 100); `blockTimeoutMs` bounds a long session's time.
   */
  maxToolCalls?: number;
  /** Time limit of one model request, in ms. Default 60 000. */
  requestTimeoutMs?: number;
  /** Time limit of one block execution, retries included, in ms. Default 300 000. */
  blockTimeoutMs?: number;
  /**
   * Model requests in flight at once, across all blocks. Default 16: hosted APIs serve many at once (they
   * limit per minute); a local server that answers one at a time wants 1–4.
   */
  maxConcurrentRequests?: number;
  /**
   * Calls code actions may make to the program functions and classes a block names, per block execution.
   * Default 50.
   */
  maxFunctionCalls?: number;
  /**
   * Block executions in progress at once; more wait their turn before they start (the wait does not count
   * against `blockTimeoutMs`). Bounds the memory of many blocks started together (each code-action sandbox
   * holds a QuickJS instance on one of the shared engine threads). Default 32.
   */
  maxConcurrentBlocks?: number;
  /** Retries of a failed request (429, 5xx, network, timeout). Default 3. */
  maxRetries?: number;
  /** JSONL file that receives one line per trace event (env `NIGHTJAR_TRACE`). */
  trace?: string;
  /** Use this model instead of an OpenAI-compatible server (tests, `createScriptedModel`). */
  chatModel?: ChatModel;
  /** @internal Test hooks for time and randomness. */
  internal?: RuntimeInternals;
}

/** The settings in force, after defaults, the config file, the environment and `configure()`. */
export interface ResolvedConfig extends ObservabilityOptions {
  model: string | undefined;
  baseURL: string | undefined;
  apiKey: string | undefined;
  temperature: number | undefined;
  maxToolCalls: number;
  requestTimeoutMs: number;
  blockTimeoutMs: number;
  maxConcurrentRequests: number;
  maxFunctionCalls: number;
  maxConcurrentBlocks: number;
  maxRetries: number;
  trace: string | undefined;
  chatModel: ChatModel | undefined;
  internal: RuntimeInternals;
  /** The `nightjar.config.json` that was read, if any. */
  configFile: string | undefined;
}

export const defaultSettings = {
  maxToolCalls: 50,
  requestTimeoutMs: 60_000,
  blockTimeoutMs: 300_000,
  maxConcurrentRequests: 16,
  maxFunctionCalls: 50,
  maxConcurrentBlocks: 32,
  maxRetries: 3,
} as const;
