/**
 * The `CodeActionHost` for Python blocks. The code-action scope, the checks against annotations and the staged
 * outcome all live in Python (`nightjarpy._host_api`); this adapter passes strings across (the exit request as
 * JSON; answers as `"1"` + result or `"0"` + error message), so no Python object leaks into JavaScript. The
 * staged outcome stays in Python, where the block's hook commits it. Each code action runs under the block's
 * CPU-time limit (`code-action-clock.ts`).
 */
import type { CodeActionHost, ExitRequest, HostResult } from "../../runtime/episode/index.js";
import type { CodeActionClock } from "./code-action-clock.js";

/** The Python functions of `nightjarpy._host_api`, as Pyodide exposes them. */
export interface PythonHostApi {
  /** Saves the block's inputs before its first code action (outside the code action's CPU time). */
  save_state(): string;
  evaluate(expression: string, limitMs: number): string;
  execute(code: string, limitMs: number): string;
  prepare_exit(request: string): string;
  /** The state the block can change, as JSON text for the trace (see `nightjarpy._trace_state`). */
  trace_state(): string;
}

/** Options of {@link createPythonCodeHost}. */
export interface PythonCodeHostOptions {
  api: PythonHostApi;
  clock: CodeActionClock;
  /** CPU time one code action may use, in ms. */
  codeActionMs: number;
}

export function createPythonCodeHost({ api, clock, codeActionMs }: PythonCodeHostOptions): CodeActionHost {
  return {
    evaluate: (expression) => saved(api) ?? parse(clock.run(codeActionMs, () => api.evaluate(expression, codeActionMs))),
    execute: (code) => saved(api) ?? parse(clock.run(codeActionMs, () => api.execute(code, codeActionMs))),
    prepareExit(request: ExitRequest) {
      const result = parse(api.prepare_exit(JSON.stringify(request)));
      return result.success ? { success: true, value: { exit: request.exit, payload: undefined } } : result;
    },
    // The scope is a Python dict that lives as long as the block's execution object; nothing to free here.
    dispose: () => undefined,
  };
}

/** Saves the inputs' state before the clock starts; an error result if that failed (undefined otherwise). */
function saved(api: PythonHostApi): HostResult<string> | undefined {
  const result = parse(api.save_state());
  return result.success ? undefined : result;
}

function parse(answer: unknown): HostResult<string> {
  // Python answers with "1" or "0" and the text; anything else means the answer got lost (an interpreter out of memory).
  if (typeof answer !== "string" || (answer[0] !== "1" && answer[0] !== "0")) {
    return { success: false, message: "the result of the code action could not be passed back (the interpreter may be out of memory)" };
  }
  const text = answer.slice(1);
  return answer[0] === "1" ? { success: true, value: text } : { success: false, message: text };
}
