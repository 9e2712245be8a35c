import { NightjarError } from "./nightjar-error.js";

/**
 * Why a model request failed. `rate-limit`, `server`, `network`, `timeout` and `bad-response` are transient
 * and retried; `rejected` (4xx other than 408/409/429), `aborted` and `budget` (a configured budget is used up;
 * the block fails with reason `budget`) are not.
 */
export type ModelCallFailure = "rate-limit" | "server" | "network" | "timeout" | "bad-response" | "rejected" | "aborted" | "budget";

const retryable: ReadonlySet<ModelCallFailure> = new Set(["rate-limit", "server", "network", "timeout", "bad-response"]);

/** Options of {@link ModelCallError}. */
export interface ModelCallErrorOptions {
  failure: ModelCallFailure;
  message: string;
  /** HTTP status, when the server answered. */
  status?: number;
  /** Delay the server asked for (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

/** A failed model request. Errors of the `openai` client are wrapped into this once, at the model adapter. */
export class ModelCallError extends NightjarError {
  readonly failure: ModelCallFailure;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(options: ModelCallErrorOptions) {
    super(options.message, { cause: options.cause });
    this.failure = options.failure;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Whether trying the same request again may succeed. */
  get retryable(): boolean {
    return retryable.has(this.failure);
  }
}
