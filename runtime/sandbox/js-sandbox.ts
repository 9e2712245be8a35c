import type { HostResult } from "../episode/host.js";
import { createCallBridge, type ProgramFunction } from "./call-bridge.js";
import { preloadEngine } from "./engine/engine-pool.js";
import { readScope } from "./read-scope.js";
import { resolveLimits, type JsSandboxLimits } from "./resolve-limits.js";
import { createScopeConnection } from "./scope-connection.js";
import { stageScopeChanges, type StagedJsChanges } from "./stage-scope-changes.js";

export type { JsSandboxLimits } from "./resolve-limits.js";
export type { ProgramFunction } from "./call-bridge.js";

/** Program-function calls a sandbox allows when its creator does not say. */
export const defaultMaxFunctionCalls = 50;
export type { StagedJsChanges, ObjectChange } from "./stage-scope-changes.js";

/** What one block execution's sandbox starts with. */
export interface JsSandboxOptions {
  /**
   * The block's readable values by name: plain data, arrays, objects, class instances (copied as their own
   * enumerable fields; the class name is shown), Dates, Maps, Sets, Errors. Functions, classes, symbols and
   * other built-ins (Promise, RegExp, typed arrays, ...) enter as placeholders: they cannot be used inside, but
   * come back out as themselves.
   */
  inputs: Record<string, unknown>;
  limits?: JsSandboxLimits;
  /**
   * Program functions and classes code actions may call (`await name(...)`, `await new Name(...)`): the ones
   * the block names. Each must also be among the inputs. See call-bridge.ts for what a call does.
   */
  functions?: readonly ProgramFunction[];
  /** Program-function calls allowed in this sandbox, over all its code actions. Default 50. */
  maxFunctionCalls?: number;
}

/**
 * The code-action scope of one block execution: model-written JavaScript runs in QuickJS (WebAssembly) on a
 * separate engine thread, with no `require`, `import`, `process`, files, network, environment or host timers:
 * only the inputs (copied in), standard built-ins and a `console` whose output comes back with the result.
 * Errors are values, never thrown. Every call is a message to the engine thread and back: the program's thread
 * is never blocked while model code runs. A code action that runs out of memory, or that a time limit cannot
 * stop (a builtin that ignores QuickJS's interrupt handler), resets the scope to the inputs; its error message
 * says so.
 */
export interface JsSandbox {
  /**
   * `eval` tool: evaluates an expression (or, if it is not one, runs it as statements and takes the completion
   * value) and renders the result as JSON-like text, cut with a note past `limits.outputChars`. A promise is
   * settled first (pending jobs run; there are no timers).
   */
  evaluate(expression: string): Promise<HostResult<string>>;
  /**
   * `exec` tool: runs statements; returns `Success` (followed by console output, if any) or the error, e.g.
   * `ReferenceError: 'foo' is not defined`. Top-level names (var/let/const/function/class and bare
   * assignments) stay in scope for later calls; `let`/`const` may be declared again by a later call.
   */
  execute(code: string): Promise<HostResult<string>>;
  /** Whether `name` is bound in the scope (an input, or a name a code action defined). */
  has(name: string): Promise<boolean>;
  /**
   * Copies variables out. An object that came in from the program comes out as THE PROGRAM'S OWN OBJECT
   * (identity), e.g. `pick = catalog[2]` reads back as the original catalog[2] (its in-place changes are in
   * `stageChanges`, not yet applied); new objects come out as fresh plain values (Dates, Maps, Sets and Errors
   * as such). A name that is not bound (or not an identifier) is absent from the record. Fails if a value
   * cannot leave the sandbox (a function or symbol the code actions created).
   */
  read(names: readonly string[]): Promise<HostResult<Record<string, unknown>>>;
  /**
   * The in-place changes code actions made to the program's objects (every object that came in with the
   * inputs, whether still reachable or not), decoded once into inert data: for each changed object, the fields
   * set and removed, an array's new items (or the items it appended), a Date's time, a Map's or Set's content,
   * each relative to the object's content when it was copied in. Nothing is checked against types here and
   * nothing touches the program (see runtime/state/check-changes.ts and commit-changes.ts).
   *
   * Reassigning an input variable (`inventory = {...}`) is NOT an in-place change: the program's variable
   * belongs to the program and is only written through a block output. Such inputs are listed in
   * `reboundInputs`, so the caller can tell the model. Fails if a new value cannot leave the sandbox.
   */
  stageChanges(): Promise<HostResult<StagedJsChanges>>;
  /**
   * Frees the sandbox; later calls fail with a message, a code action still running is stopped (the engine
   * frees its memory in the background). Safe to call more than once.
   */
  dispose(): void;
}

/**
 * Creates the sandbox of one block execution. Cheap: QuickJS starts at the first code action (a block the
 * model answers directly never pays for it), in one of a few engine threads shared by all sandboxes of the
 * process (see engine/engine-pool.ts).
 * Throws a TypeError only for invalid limits.
 */
export function createJsSandbox(options: JsSandboxOptions): JsSandbox {
  const inputs = { ...options.inputs };
  const functions = options.functions ?? [];
  const calls = functions.length === 0 ? undefined : createCallBridge({ functions, maxCalls: options.maxFunctionCalls ?? defaultMaxFunctionCalls });
  const scope = createScopeConnection({ inputs, limits: resolveLimits(options.limits), ...(calls ? { calls } : {}) });
  let disposed = false;
  const closed = Promise.resolve({ success: false as const, message: "Error: the code-action scope is closed" });
  return {
    evaluate: (expression) => (disposed ? closed : scope.action("evaluate", expression)),
    execute: (code) => (disposed ? closed : scope.action("execute", code)),
    async has(name) {
      if (disposed) return false;
      if (!scope.started) return Object.hasOwn(inputs, name);
      const reply = await scope.call("has", [name]);
      return reply.success && reply.value === "true";
    },
    read: (names) => (disposed ? closed : readScope({ scope, inputs, names })),
    stageChanges: () => (disposed ? closed : stageScopeChanges(scope)),
    dispose() {
      if (disposed) return;
      disposed = true;
      scope.close();
    },
  };
}

/**
 * Starts a sandbox engine worker in the background if none runs (optional): the first code action then does
 * not wait for the worker and QuickJS to load (about 50-200 ms once per process). Cheap to call at the start
 * of every block.
 */
export function preloadJsSandbox(limits?: Pick<JsSandboxLimits, "memoryBytes">): void {
  preloadEngine(resolveLimits(limits).memoryBytes);
}
