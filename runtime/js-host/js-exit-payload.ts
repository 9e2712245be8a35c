/** What the JS host's `ValidatedExit.payload` holds: everything `runBlock` needs to finish the block. */
export interface JsExitPayload {
  /** Validated output values keyed by write target (`answer`, `order.status`). */
  writes: Record<string, unknown>;
  /** The labelled loop a `break`/`continue` names. */
  label?: string;
  /** Validated return value (`return` exit). */
  value?: unknown;
  /** The error to throw (`raise` exit). */
  error?: unknown;
  /** Applies the validated in-place changes to the program's objects; nothing is applied on `raise`. */
  commit(): void;
}

/** The JS host's payload, told apart from any other host's (the episode loop hands payloads on untyped). */
export function isJsExitPayload(payload: unknown): payload is JsExitPayload {
  return typeof payload === "object" && payload !== null && typeof (payload as { commit?: unknown }).commit === "function" && typeof (payload as { writes?: unknown }).writes === "object";
}
