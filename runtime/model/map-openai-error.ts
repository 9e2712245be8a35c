import { ModelCallError, type ModelCallFailure } from "../errors/model-call-error.js";

/** The `openai` module's error classes; passed in because the module itself is loaded on the first request. */
export type OpenAIErrorClasses = Pick<typeof import("openai"), "APIConnectionError" | "APIConnectionTimeoutError" | "APIError" | "APIUserAbortError">;

/** Wraps whatever the `openai` client threw into a `ModelCallError` (the only place that knows its classes). */
export function mapOpenAIError(
  error: unknown,
  context: { signal?: AbortSignal; endpoint: string; errors: OpenAIErrorClasses },
): ModelCallError {
  const { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } = context.errors;
  if (ModelCallError.isInstance(error)) return error as ModelCallError;
  if (error instanceof APIUserAbortError || context.signal?.aborted) {
    return new ModelCallError({ failure: "aborted", message: `request to ${context.endpoint} was aborted`, cause: error });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new ModelCallError({ failure: "timeout", message: `request to ${context.endpoint} timed out`, cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new ModelCallError({ failure: "network", message: `cannot reach ${context.endpoint}: ${causeText(error)}`, cause: error });
  }
  if (error instanceof APIError && typeof error.status === "number") {
    return new ModelCallError({
      failure: failureOfStatus(error.status),
      status: error.status,
      retryAfterMs: retryAfterMs(error.headers),
      message: `${context.endpoint} answered ${error.status}: ${error.message}`,
      cause: error,
    });
  }
  if (hasErrorCode(error) || hasErrorCode((error as { cause?: unknown } | null)?.cause)) {
    // A socket error while the body was read (the connection dropped mid-answer): the network failed.
    return new ModelCallError({ failure: "network", message: `connection to ${context.endpoint} failed: ${causeText(error)}`, cause: error });
  }
  // Anything else (e.g. a body that is not JSON) means the server's answer was unusable.
  return new ModelCallError({ failure: "bad-response", message: `unusable answer from ${context.endpoint}: ${causeText(error)}`, cause: error });
}

function failureOfStatus(status: number): ModelCallFailure {
  if (status === 429) return "rate-limit";
  if (status >= 500 || status === 408 || status === 409) return "server";
  return "rejected";
}

/** `Retry-After` (seconds or an HTTP date) and OpenAI's `retry-after-ms`, in milliseconds. */
export function retryAfterMs(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  const milliseconds = Number(headers?.get("retry-after-ms") ?? Number.NaN);
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers?.get("retry-after");
  if (value === null || value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** System and undici errors carry a string `code` (ECONNRESET, UND_ERR_SOCKET, ...). */
function hasErrorCode(error: unknown): boolean {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

function causeText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}
