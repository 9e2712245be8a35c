/** What the JS host's `ValidatedExit.payload` holds: everything `runBlock` needs to finish the block. */
export interface JsExitPayload {
  /** Validated output values the generated code assigns, keyed by write target (`answer`). */
  writes: Record<string, unknown>;
  /** The labelled loop a `break`/`continue` names. */
  label?: string;
  /** Validated return value (`return` exit). */
  value?: unknown;
  /** The error to throw (`raise` exit). */
  error?: unknown;
  /**
   * Writes the block's in-place changes and property-path outputs into the program's objects, all or nothing,
   * and fills in `writes` and `value` with their final form (class instances constructed). Throws
   * `CommitConflict` when program code (another block, a called function) changed the same values meanwhile, or what program code threw (a
   * setter); nothing is left written then. Nothing is applied on `raise`.
   */
  commit(): void;
}

/** The JS host's payload, told apart from any other host's (the episode loop hands payloads on untyped). */
export function isJsExitPayload(payload: unknown): payload is JsExitPayload {
  return typeof payload === "object" && payload !== null && typeof (payload as { commit?: unknown }).commit === "function" && typeof (payload as { writes?: unknown }).writes === "object";
}
