import type { QuickJSHandle } from "quickjs-emscripten-core";
import { describeFailure, outOfMemoryText } from "./describe-failure.js";
import type { EngineReply } from "./engine-protocol.js";
import type { PreparedRuntime } from "./prepare-engine-runtime.js";
import { truncateText } from "./truncate-text.js";

/** Limits of one session's QuickJS runtime. */
export interface SessionLimits {
  memoryBytes: number;
  stackBytes: number;
  /** Cap of rendered results, console output and error messages. */
  outputChars: number;
}

/** One sandbox's QuickJS runtime and context inside the engine worker. Every method returns a reply value. */
export interface EngineSession {
  /**
   * Runs code (`type: "global"`, strict, never a module) and renders its completion value, or says `Success`.
   * If it calls program functions, the reply lists the calls instead and the code action waits for `resume`.
   */
  run(options: { code: string; render: boolean; timeMs: number; locate: boolean }): EngineReply;
  /** Settles the program-function calls the waiting code action made (JSON outcomes) and lets it go on. */
  resume(options: { results: string; timeMs: number }): EngineReply;
  /**
   * True once the runtime ran out of memory (or could not even describe an error): whatever the code actions
   * keep in their variables may hold the memory, so the session cannot be trusted to make progress.
   */
  readonly exhausted: boolean;
  /** Whether `code` parses as a script (nothing runs). */
  compiles(code: string): boolean;
  /** Calls one of the prelude's scope operations with string arguments; it answers with a string. */
  call(options: { operation: string; args: string[]; timeMs: number }): EngineReply;
  /**
   * Frees the runtime. Answers `retire` when that is not safe and the runtime is left allocated: promise jobs
   * that keep queueing themselves hold objects, and freeing a runtime that still holds objects aborts the
   * whole engine. The worker is then replaced. (Should freeing abort anyway, the worker reports itself broken.)
   */
  dispose(): "reuse" | "retire";
}

/** A code action's evaluated value, and how to finish it. */
interface Running {
  value: QuickJSHandle;
  render: boolean;
  timeMs: number;
  locate: boolean;
}

/** Rendering a result or describing an error gets its own short budget: hostile getters must not hang it. */
const renderTimeMs = 200;

/** Opens a session on a prepared runtime: applies the limits and loads the inputs (wire JSON). */
export function openEngineSession(options: {
  prepared: PreparedRuntime;
  limits: SessionLimits;
  inputsJson: string;
  timeMs: number;
  /** Ids of the program functions and classes code actions may call (the ones the block names). */
  grants: number[];
}): { session?: EngineSession; reply: EngineReply } {
  const { limits } = options;
  const { runtime, context, scope, clock, reserve } = options.prepared;
  runtime.setMemoryLimit(limits.memoryBytes);
  runtime.setMaxStackSize(limits.stackBytes);

  // Calls a prelude operation; a thrown value comes back as a handle for `failure` to describe.
  const invoke = (operation: string, args: QuickJSHandle[]): { text: string } | { error: QuickJSHandle } => {
    const fn = context.getProp(scope, operation);
    const result = context.callFunction(fn, context.undefined, ...args);
    fn.dispose();
    if (result.error) return { error: result.error };
    const text = context.typeof(result.value) === "string" ? context.getString(result.value) : "";
    result.value.dispose();
    return { text };
  };
  let exhausted = false;
  const failure = (error: QuickJSHandle, options: { timeMs: number; locate?: boolean; activity: "code action" | "copy" }): EngineReply => {
    const { timeMs, activity } = options;
    reserve.release(); // room to describe the error, should the heap be full
    const interrupted = clock.interrupted;
    clock.start(renderTimeMs);
    const locate = context.newString(options.locate ? "locate" : "");
    const described = invoke("describe", [error, locate]);
    locate.dispose();
    error.dispose();
    if ("error" in described) described.error.dispose();
    // A heap that cannot take the reserve back is full, whatever the code threw (a full heap throws `null`).
    const full = !reserve.restore();
    const text = full ? outOfMemoryText : "text" in described ? described.text : undefined;
    exhausted ||= text === undefined || text === outOfMemoryText;
    const message = describeFailure({ text, interrupted: interrupted && !full, timeMs, activity, memoryBytes: limits.memoryBytes });
    return { ok: false, message: truncateText(message, limits.outputChars) };
  };
  const withOutput = (text: string): EngineReply => {
    const output = invoke("takeOutput", []);
    if ("error" in output) output.error.dispose();
    if (!("text" in output) || output.text === "") return { ok: true, value: text };
    return { ok: true, value: `${text}\nconsole output:\n${truncateText(output.text.trimEnd(), limits.outputChars)}` };
  };
  // Unwraps a settled promise result (the queued jobs have run).
  const settle = (value: QuickJSHandle): { value: QuickJSHandle } | { error: QuickJSHandle } => {
    if (context.typeof(value) !== "object") return { value };
    const state = context.getPromiseState(value);
    if (state.type === "pending" || (state.type === "fulfilled" && state.notAPromise)) return { value };
    value.dispose();
    return state.type === "fulfilled" ? { value: state.value } : { error: state.error };
  };

  /** A code action waiting for the outcomes of program-function calls. */
  let waiting: Running | undefined;
  // Runs queued promise jobs (there is no event loop); a code action that failed ends there (its queued
  // program-function calls are dropped while its error is described); else hands queued calls to the host, or
  // finishes: renders the settled result.
  const proceed = (running: Running): EngineReply => {
    const { value, render, timeMs, locate } = running;
    const jobs = runtime.executePendingJobs();
    if (jobs.error) {
      value.dispose();
      return failure(jobs.error, { timeMs, locate, activity: "code action" });
    }
    const settled = settle(value);
    if ("error" in settled) return failure(settled.error, { timeMs, locate, activity: "code action" });
    const calls = invoke("takeCalls", []);
    if ("error" in calls) calls.error.dispose();
    else if (calls.text !== "") {
      waiting = { ...running, value: settled.value };
      return { ok: true, value: "", calls: calls.text };
    }
    clock.start(renderTimeMs);
    if (!render) {
      settled.value.dispose();
      return withOutput("Success");
    }
    const budget = context.newNumber(limits.outputChars + 1);
    const rendered = invoke("render", [settled.value, budget]);
    budget.dispose();
    settled.value.dispose();
    if ("error" in rendered) {
      rendered.error.dispose();
      return { ok: false, message: "Error: the result could not be rendered (a getter threw or ran too long)" };
    }
    return withOutput(truncateText(rendered.text, limits.outputChars));
  };

  const session: EngineSession = {
    get exhausted() {
      return exhausted;
    },
    run({ code, render, timeMs, locate }) {
      waiting?.value.dispose(); // a code action abandoned while it waited (its block's host gave up on it)
      waiting = undefined;
      clock.start(timeMs);
      const evaluated = context.evalCode(code, "code-action.js", { type: "global", strict: true });
      if (evaluated.error) return failure(evaluated.error, { timeMs, locate, activity: "code action" });
      return proceed({ value: evaluated.value, render, timeMs, locate });
    },
    resume({ results, timeMs }) {
      const running = waiting;
      waiting = undefined;
      if (running === undefined) return { ok: false, message: "Error: no code action is waiting for program functions" };
      clock.start(timeMs);
      const outcomes = context.newString(results);
      const settled = invoke("settleCalls", [outcomes]);
      outcomes.dispose();
      if ("error" in settled) {
        running.value.dispose();
        return failure(settled.error, { timeMs, locate: running.locate, activity: "code action" });
      }
      return proceed({ ...running, timeMs });
    },
    compiles(code) {
      const compiled = context.evalCode(code, "code-action.js", { type: "global", strict: true, compileOnly: true });
      compiled.dispose();
      return compiled.error === undefined;
    },
    call({ operation, args, timeMs }) {
      clock.start(timeMs);
      const handles = args.map((arg) => context.newString(arg));
      const result = invoke(operation, handles);
      handles.forEach((handle) => handle.dispose());
      return "error" in result ? failure(result.error, { timeMs, activity: "copy" }) : { ok: true, value: result.text };
    },
    dispose() {
      waiting?.value.dispose();
      waiting = undefined;
      reserve.release();
      scope.dispose();
      clock.start(renderTimeMs);
      for (let round = 0; round < 3 && runtime.hasPendingJob(); round++) runtime.executePendingJobs().dispose();
      if (runtime.hasPendingJob()) return "retire";
      context.dispose();
      runtime.dispose();
      return "reuse";
    },
  };
  const loaded = session.call({ operation: "load", args: [options.inputsJson], timeMs: options.timeMs });
  if (!loaded.ok) {
    session.dispose();
    // No model code has run yet: a thrown null is QuickJS running out of memory while reporting it.
    const reason = loaded.message === "Uncaught null" ? `they do not fit in ${Math.round(limits.memoryBytes / 2 ** 20)} MiB` : loaded.message;
    return { reply: { ok: false, message: `Error: the inputs could not be copied into the code-action scope: ${reason}` } };
  }
  if (options.grants.length > 0) {
    const granted = session.call({ operation: "grant", args: [JSON.stringify(options.grants)], timeMs: options.timeMs });
    if (!granted.ok) {
      session.dispose();
      return { reply: granted };
    }
  }
  return { session, reply: { ok: true, value: "" } };
}
