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
