/**
 * The `CodeActionHost` for Python blocks. The code-action scope, the checks against annotations and the staged
 * outcome all live in Python (`nightjarpy._host_api`); this adapter passes JSON strings across, so no Python
 * object leaks into JavaScript. The staged outcome stays in Python, where the block's hook commits it.
 */
import type { CodeActionHost, ExitRequest, HostResult } from "../../runtime/episode/index.js";

/** The Python functions of `nightjarpy._host_api`, as Pyodide exposes them. */
export interface PythonHostApi {
  evaluate(expression: string): string;
  execute(code: string): string;
  prepare_exit(request: string): string;
}

export function createPythonCodeHost(api: PythonHostApi): CodeActionHost {
  return {
    evaluate: (expression) => parse(api.evaluate(expression)),
    execute: (code) => parse(api.execute(code)),
    prepareExit(request: ExitRequest) {
      const result = parse(api.prepare_exit(JSON.stringify(request)));
      return result.success ? { success: true, value: { exit: request.exit, payload: undefined } } : result;
    },
    // The scope is a Python dict that lives as long as the block's execution object; nothing to free here.
    dispose: () => undefined,
  };
}

function parse(json: string): HostResult<string> {
  return JSON.parse(json) as HostResult<string>;
}
