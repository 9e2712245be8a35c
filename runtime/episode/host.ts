/**
 * The seam between the language-neutral episode loop and a language host (JavaScript in a QuickJS sandbox for
 * TypeScript programs, Python in Pyodide for Python programs). The episode loop owns the conversation, the
 * protocol's tool table, limits and repair; the host owns the code-action scope, validation and commit.
 * The Python host's methods are synchronous, so that the same loop runs inside the Pyodide worker (sync model
 * driver blocking on Atomics.wait); the JavaScript host answers asynchronously (its code actions run on an
 * engine thread, and the program's thread must keep running meanwhile), and the async driver awaits it.
 */

/** Result of a host operation: expected failures are values; `message` becomes an `Error:` tool result. */
export type HostResult<T> = { success: true; value: T } | { success: false; message: string };

/** How the model asked to leave the block (already parsed from the tool call's JSON arguments). */
export type ExitRequest =
  | { exit: "done" | "break" | "continue"; outputs?: Record<string, unknown>; label?: string }
  | { exit: "return"; value?: unknown; variable?: string; hasValue: boolean }
  | { exit: "raise"; variable?: string; error?: { type: string; message: string; args?: unknown[] } };

/** A validated exit, ready to commit. What `commit` does with it is the host's business. */
export interface ValidatedExit<Payload = unknown> {
  exit: "done" | "break" | "continue" | "return" | "raise";
  /** Host-specific payload (staged writes, the return value, the error to throw). */
  payload: Payload;
}

/** One language's code-action scope for one block execution. */
export interface CodeActionHost<Payload = unknown> {
  /** `eval` tool: evaluate an expression, render the result as text for the model. */
  evaluate(expression: string): HostResult<string>;
  /** `exec` tool: run statements; top-level assignments stay in scope. */
  execute(code: string): HostResult<string>;
  /** Check an exit request against the block's types and stage its writes. Nothing is written yet. */
  prepareExit(request: ExitRequest): HostResult<ValidatedExit<Payload>>;
  /** Free the scope (sandbox memory, worker handles). Called exactly once, whatever happened. */
  dispose(): void;
}

/** A value, or a promise of it. */
export type Awaitable<T> = T | Promise<T>;

/**
 * A code-action host that may answer asynchronously (the JavaScript host). Its promises never reject: failures
 * are `HostResult` values, as with the synchronous host.
 */
export interface AsyncCodeActionHost {
  evaluate(expression: string): Awaitable<HostResult<string>>;
  execute(code: string): Awaitable<HostResult<string>>;
  prepareExit(request: ExitRequest): Awaitable<HostResult<ValidatedExit>>;
  /** Free the scope; a code action still running is stopped. Called exactly once, whatever happened. */
  dispose(): void;
}
