/**
 * A JavaScript error thrown through Python's frames (V8's stack overflowing under a structure nested too deep
 * for it, say) leaves Pyodide unusable, whatever Python code was running. Going on would run the model's
 * next tool calls and the program against a broken interpreter, so the sandbox ends at once, saying why; the
 * host reports it as the sandbox stopping while the block ran, naming the block.
 */
import type { PyodideAPI } from "pyodide";
import type { PythonHostApi } from "./python-code-host.js";
import { writeAll } from "./standard-streams.js";

/** Exit code of a sandbox whose interpreter failed (as for any other failure of the sandbox). */
const failedExitCode = 70;

/** `api` whose calls end the sandbox when the interpreter fails (a Python exception is still just thrown). */
export function guardInterpreter(pyodide: PyodideAPI, api: PythonHostApi): PythonHostApi {
  const guarded = <T>(call: () => T): T => {
    try {
      return call();
    } catch (error) {
      if (error instanceof pyodide.ffi.PythonError) throw error;
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const hint = /call stack/i.test(what) ? " (a recursion or a data structure nested too deep for the sandbox's stack)" : "";
      writeAll("stderr", `nightjar: the Python interpreter failed in a code action: ${what}${hint}\n`);
      process.exit(failedExitCode);
    }
  };
  return {
    save_state: () => guarded(() => api.save_state()),
    evaluate: (expression, limitMs) => guarded(() => api.evaluate(expression, limitMs)),
    execute: (code, limitMs) => guarded(() => api.execute(code, limitMs)),
    prepare_exit: (request) => guarded(() => api.prepare_exit(request)),
    trace_state: () => guarded(() => api.trace_state()),
  };
}
