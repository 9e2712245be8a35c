import type { ScriptedReply } from "./scripted-reply.js";

/** A failure the mock server acts out instead of answering normally. */
export type MockFault =
  /** An HTTP error status, optionally with a Retry-After header (seconds, or an HTTP date). */
  | { fault: "status"; status: number; retryAfter?: number | string; body?: unknown }
  /** Never answers (until the client gives up or the server closes). */
  | { fault: "hang" }
  /** Drops the connection without answering. */
  | { fault: "reset" }
  /** Sends half of a valid body, then drops the connection. */
  | { fault: "truncated" }
  /** Answers 200 with a body that is not JSON. */
  | { fault: "non-json" };

/** What the mock server does for one request: a reply, a fault, or either after a delay. */
export type MockReply = ScriptedReply | MockFault | { delayMs: number; then: MockReply };
