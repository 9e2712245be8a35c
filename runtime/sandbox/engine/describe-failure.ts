/** How QuickJS reports a full heap (the engine's own text, never user code's). */
export const outOfMemoryText = "InternalError: out of memory";

/**
 * Turns what the sandbox said about a thrown value into a short message for the model. Limits are named in
 * the message so the model knows why its code stopped and what to change.
 */
export function describeFailure(options: {
  /** `Name: message` as the prelude described the thrown value; absent when even that failed. */
  text: string | undefined;
  /** The interrupt handler stopped the code: the time limit was reached. */
  interrupted: boolean;
  timeMs: number;
  /** What was running: a code action, or copying values in or out (which runs getters the model defined). */
  activity: "code action" | "copy";
  memoryBytes: number;
}): string {
  if (options.interrupted && options.activity === "copy") {
    return `TimeoutError: copying values of the code-action scope took longer than ${options.timeMs} ms (a getter that never returns?)`;
  }
  if (options.interrupted) {
    return `TimeoutError: the code action ran longer than ${options.timeMs} ms and was stopped (an endless loop?)`;
  }
  const text = options.text ?? "Error: the code action threw a value that could not be described";
  // QuickJS reports its own limits as InternalErrors; these exact texts come from the engine, not from user code.
  if (text === outOfMemoryText) {
    const advice = options.activity === "code action" ? "; work on smaller pieces" : "";
    return `${text} (the code-action scope is limited to ${Math.round(options.memoryBytes / 2 ** 20)} MiB${advice})`;
  }
  if (text === "InternalError: stack overflow") return `${text} (recursion too deep)`;
  return text;
}
