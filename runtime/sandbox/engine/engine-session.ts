import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from "quickjs-emscripten-core";
import { preludeSource } from "../prelude/prelude-source.js";
import { describeFailure } from "./describe-failure.js";
import type { EngineReply } from "./engine-protocol.js";

/** Limits of one session's QuickJS runtime. */
export interface SessionLimits {
  memoryBytes: number;
  stackBytes: number;
  /** Cap of rendered results, console output and error messages. */
  outputChars: number;
}

/** One sandbox's QuickJS runtime and context inside the engine worker. Every method returns a reply value. */
export interface EngineSession {
  /** Runs code (`type: "global"`, never a module) and renders its completion value, or says `Success`. */
  run(options: { code: string; render: boolean; timeMs: number }): EngineReply;
  /** Whether `code` parses as a script (nothing runs). */
  compiles(code: string): boolean;
  /** Calls one of the prelude's scope operations with string arguments; the result must be a string. */
  call(options: { operation: string; args: string[]; timeMs: number }): EngineReply;
  /**
   * Frees the runtime. Returns `retire` when it cannot be freed safely (promise jobs still queue themselves:
   * QuickJS would abort on the objects they hold) and is left allocated; the worker should then be replaced.
   */
  dispose(): "reuse" | "retire";
}

/** Cuts text past `limit` characters with a note that tells the model how to see the rest. */
function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}… [truncated at ${limit} characters: inspect smaller parts, e.g. .slice(), Object.keys() or .length]`;
}

/** How long rendering a result may take after the code action itself: hostile getters must not hang it. */
const renderTimeMs = 200;

/** Opens a session: a fresh runtime with limits, the prelude, and the inputs (wire JSON) loaded. */
export function openEngineSession(options: {
  quickjs: QuickJSWASMModule;
  limits: SessionLimits;
  inputsJson: string;
  timeMs: number;
}): { session?: EngineSession; reply: EngineReply } {
  const runtime = options.quickjs.newRuntime();
  runtime.setMemoryLimit(options.limits.memoryBytes);
  runtime.setMaxStackSize(options.limits.stackBytes);
  const context = runtime.newContext();
  const clock = createClock(runtime);
  clock.start(options.timeMs);
  const prelude = context.evalCode(preludeSource, "prelude.js", { type: "global", strict: true });
  if (prelude.error) {
    prelude.error.dispose();
    context.dispose();
    runtime.dispose();
    return { reply: { ok: false, message: "Error: the code-action scope could not start" } };
  }
  const session = createSession({ runtime, context, scope: prelude.value, clock, limits: options.limits });
  const loaded = session.call({ operation: "load", args: [options.inputsJson], timeMs: options.timeMs });
  if (!loaded.ok) {
    session.dispose();
    return { reply: { ok: false, message: `Error: the inputs could not be copied into the code-action scope: ${loaded.message}` } };
  }
  return { session, reply: { ok: true, value: "" } };
}

interface Clock {
  start(timeMs: number): void;
  readonly interrupted: boolean;
}

function createClock(runtime: QuickJSRuntime): Clock {
  let deadline = 0;
  let interrupted = false;
  runtime.setInterruptHandler(() => {
    if (Date.now() <= deadline) return false;
    interrupted = true;
    return true;
  });
  return {
    start(timeMs) {
      deadline = Date.now() + timeMs;
      interrupted = false;
    },
    get interrupted() {
      return interrupted;
    },
  };
}

function createSession(options: {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  scope: QuickJSHandle;
  clock: Clock;
  limits: SessionLimits;
}): EngineSession {
  const { runtime, context, scope, clock } = options;
  // After an interrupt or running out of memory QuickJS may leak objects, and freeing a runtime with leaked
  // objects aborts the engine; such a runtime is never freed: its worker is retired instead.
  let tainted = false;
  const failure = (error: QuickJSHandle, timeMs: number): EngineReply => {
    const interrupted = clock.interrupted;
    clock.start(renderTimeMs);
    const described = callScope("describe", [error]);
    error.dispose();
    const text = described.ok ? described.value : undefined;
    tainted ||= interrupted || text === undefined || text === "InternalError: out of memory";
    const message = describeFailure({ text, interrupted, timeMs, memoryBytes: options.limits.memoryBytes });
    return { ok: false, message: truncate(message, options.limits.outputChars) };
  };
  const callScope = (operation: string, args: QuickJSHandle[]): EngineReply => {
    const fn = context.getProp(scope, operation);
    const result = context.callFunction(fn, context.undefined, ...args);
    fn.dispose();
    if (result.error) {
      result.error.dispose();
      return { ok: false, message: "" };
    }
    const value = context.typeof(result.value) === "string" ? context.getString(result.value) : "";
    result.value.dispose();
    return { ok: true, value };
  };
  // Runs queued promise jobs (there is no event loop), then unwraps a settled promise result.
  const settle = (value: QuickJSHandle): { value?: QuickJSHandle; error?: QuickJSHandle } => {
    const jobs = runtime.executePendingJobs();
    if (jobs.error) {
      value.dispose();
      return { error: jobs.error };
    }
    if (context.typeof(value) !== "object") return { value };
    const state = context.getPromiseState(value);
    if (state.type === "pending" || (state.type === "fulfilled" && state.notAPromise)) return { value };
    value.dispose();
    return state.type === "fulfilled" ? { value: state.value } : { error: state.error };
  };
  const withOutput = (text: string, outputChars: number): string => {
    const output = callScope("takeOutput", []);
    if (!output.ok || output.value === "") return text;
    return `${text}\nconsole output:\n${truncate(output.value.trimEnd(), outputChars)}`;
  };

  return {
    run({ code, render, timeMs }) {
      const { outputChars } = options.limits;
      clock.start(timeMs);
      const evaluated = context.evalCode(code, "code-action.js", { type: "global" });
      if (evaluated.error) return failure(evaluated.error, timeMs);
      const settled = settle(evaluated.value);
      if (settled.error) return failure(settled.error, timeMs);
      const value = settled.value as QuickJSHandle;
      if (!render) {
        value.dispose();
        return { ok: true, value: withOutput("Success", outputChars) };
      }
      clock.start(renderTimeMs);
      const budget = context.newNumber(outputChars + 1);
      const rendered = callScope("render", [value, budget]);
      budget.dispose();
      value.dispose();
      if (!rendered.ok) return { ok: false, message: "Error: the result could not be rendered (a getter failed or ran too long)" };
      return { ok: true, value: withOutput(truncate(rendered.value, outputChars), outputChars) };
    },
    compiles(code) {
      const compiled = context.evalCode(code, "code-action.js", { type: "global", compileOnly: true });
      compiled.dispose();
      return compiled.error === undefined;
    },
    call({ operation, args, timeMs }) {
      clock.start(timeMs);
      const handles = args.map((arg) => context.newString(arg));
      const fn = context.getProp(scope, operation);
      const result = context.callFunction(fn, context.undefined, ...handles);
      fn.dispose();
      handles.forEach((handle) => handle.dispose());
      if (result.error) return failure(result.error, timeMs);
      const value = context.typeof(result.value) === "string" ? context.getString(result.value) : context.dump(result.value);
      result.value.dispose();
      return { ok: true, value: typeof value === "string" ? value : JSON.stringify(value) };
    },
    dispose() {
      scope.dispose();
      clock.start(renderTimeMs);
      for (let round = 0; round < 3 && runtime.hasPendingJob(); round++) runtime.executePendingJobs().dispose();
      if (tainted || clock.interrupted || runtime.hasPendingJob()) return "retire";
      context.dispose();
      runtime.dispose();
      return "reuse";
    },
  };
}
