import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from "quickjs-emscripten-core";
import { preludeSource } from "../prelude/prelude-source.js";
import { createInterruptClock, type InterruptClock } from "./interrupt-clock.js";

/** A QuickJS runtime and context with the prelude evaluated: everything of a session but its inputs and limits. */
export interface PreparedRuntime {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  /** The prelude's scope operations (see prelude-scope.ts). */
  scope: QuickJSHandle;
  clock: InterruptClock;
}

/**
 * Prepares a runtime. The engine worker keeps one ready while it waits, so opening a session only applies the
 * limits and loads the inputs. Returns undefined if the prelude fails (it never should).
 */
export function prepareEngineRuntime(quickjs: QuickJSWASMModule): PreparedRuntime | undefined {
  const runtime = quickjs.newRuntime();
  const context = runtime.newContext();
  const clock = createInterruptClock(runtime);
  clock.start(1000);
  const prelude = context.evalCode(preludeSource, "prelude.js", { type: "global", strict: true });
  if (prelude.error) {
    prelude.error.dispose();
    context.dispose();
    runtime.dispose();
    return undefined;
  }
  return { runtime, context, scope: prelude.value, clock };
}
