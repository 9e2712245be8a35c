/**
 * The one error the loader raises for a file it cannot turn into JavaScript (a block that does not compile,
 * TypeScript that does not parse). It crosses from the hooks thread to the program as a plain Error, so it is
 * recognised by its `code`, and its stack is its message: the reader needs the file:line, not our frames.
 */

/** `code` of every loader failure. */
export const loadErrorCode = "ERR_NIGHTJAR_COMPILE";

/** A loader failure: `message` is already formatted for a terminal (file:line:column, excerpt, hint). */
export interface LoadError extends Error {
  code: typeof loadErrorCode;
}

/** Builds the error thrown from the load hook. */
export function loadError(message: string): LoadError {
  const error = new Error(message) as LoadError;
  error.code = loadErrorCode;
  error.stack = message;
  return error;
}

/** True for a loader failure, including one that came back from the hooks thread. */
export function isLoadError(error: unknown): error is LoadError {
  return error instanceof Error && (error as { code?: unknown }).code === loadErrorCode;
}
