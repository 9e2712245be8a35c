/** A signal for one request that follows a longer-lived one (the block's deadline) until released. */
export interface LinkedSignal {
  signal: AbortSignal | undefined;
  /** Stops following the parent; call when the request is over. */
  release(): void;
}

/**
 * The `openai` client adds an abort listener to the signal it is given and never removes it, so handing it the
 * block's signal piles up one listener per request (and Node warns on stderr past ten). Each request gets its
 * own signal instead, linked to the parent only while the request runs.
 */
export function linkSignal(parent: AbortSignal | undefined): LinkedSignal {
  if (parent === undefined) return { signal: undefined, release: () => undefined };
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { signal: controller.signal, release: () => undefined };
  }
  const follow = () => controller.abort(parent.reason);
  parent.addEventListener("abort", follow, { once: true });
  return { signal: controller.signal, release: () => parent.removeEventListener("abort", follow) };
}
