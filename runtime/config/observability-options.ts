/**
 * Settings of the model wrappers for tests and production (record/replay, response cache, budgets, prices,
 * fallback, telemetry): their types, their checks and their environment variables, kept apart from the core
 * settings so that adding them touches the shared config files in one line each. Their zod checks live in
 * observability-settings-shape.ts: these types are part of the package's public declarations, which must not
 * import zod's (type-checking any program that imports nightjar-ts would parse them, ~1 s of a cold compile).
 */
/** Limits of one budget; a block (or the run) that would go past one ends with reason `budget`. */
export interface BudgetLimits {
  /** Prompt plus completion tokens, as the server reports them. */
  tokens?: number;
  /** Model requests (one per round trip; retries are not counted again). */
  requests?: number;
  /** Wall time, in ms, from the block's start (or the first block of the run). */
  wallTimeMs?: number;
}

/** Price of a model, in your currency per million tokens (only used to report a run's cost). */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}

/** A model to fall back to: a name on the same server, or a model on another OpenAI-compatible server. */
export type FallbackModel = string | { model: string; baseURL?: string; apiKey?: string };

/** The response cache: `true` for the defaults, or where and how much to keep. */
export type CacheSetting =
  | boolean
  | {
      /** Folder of the disk cache (default `node_modules/.cache/nightjar/responses`); `false` keeps it in memory only. */
      dir?: string | false;
      /** Bytes the disk cache may hold; the least recently used answers go first. Default 50 MB. */
      maxBytes?: number;
      /** Answers kept in memory. Default 500. */
      memoryEntries?: number;
      /** Also cache when `temperature` > 0 (answers are then samples, so off unless asked). */
      sampled?: boolean;
    };

/** The observability settings of `configure()` and `nightjar.config.json`. */
export interface ObservabilityOptions {
  /**
   * Record every model exchange into a cassette (env `NIGHTJAR_RECORD`): a folder (one `<program>.json` per
   * program) or a `.json` file. With `replay` set too, only what the cassette misses is recorded.
   */
  record?: string;
  /** Answer model requests from a cassette, with no network (env `NIGHTJAR_REPLAY`); a miss fails the block. */
  replay?: string;
  /** The response cache (env `NIGHTJAR_RESPONSE_CACHE`: `1`, or a folder). Off by default. */
  cache?: CacheSetting;
  /** Budgets per block execution and per run. */
  budget?: { block?: BudgetLimits; run?: BudgetLimits };
  /** Prices per model name, to report a run's cost. */
  prices?: Record<string, ModelPrice>;
  /** Models tried in order when a request fails for good (after retries) or is rejected. */
  fallback?: FallbackModel[];
  /** `false` turns OpenTelemetry spans off even when the application has a tracer provider. */
  telemetry?: boolean;
}

/** Environment variables of these settings. */
export function observabilityFromEnvironment(env: Record<string, string | undefined>): ObservabilityOptions {
  const settings: ObservabilityOptions = {};
  if (env.NIGHTJAR_RECORD) settings.record = env.NIGHTJAR_RECORD;
  if (env.NIGHTJAR_REPLAY) settings.replay = env.NIGHTJAR_REPLAY;
  const cache = env.NIGHTJAR_RESPONSE_CACHE;
  if (cache) settings.cache = cache === "1" || cache === "true" ? true : cache === "0" || cache === "false" ? false : { dir: cache };
  return settings;
}

/** The observability settings out of merged settings (each absent unless set). */
export function pickObservability(merged: ObservabilityOptions): ObservabilityOptions {
  const { record, replay, cache, budget, prices, fallback, telemetry } = merged;
  return { record, replay, cache, budget, prices, fallback, telemetry };
}
