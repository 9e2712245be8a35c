import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from "quickjs-emscripten-core";
import { preludeSource } from "../prelude/prelude-source.js";
import { createInterruptClock, type InterruptClock } from "./interrupt-clock.js";
import { createMemoryReserve, type MemoryReserve } from "./memory-reserve.js";

/** A QuickJS runtime and context with the prelude evaluated: everything of a session but its inputs and limits. */
export interface PreparedRuntime {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  /** The prelude's scope operations (see prelude-scope.ts). */
  scope: QuickJSHandle;
  clock: InterruptClock;
  /** Heap held back so an error can still be described when the code filled the heap (see memory-reserve.ts). */
  reserve: MemoryReserve;
}

/**
 * Prepares a runtime on an engine instance. The engine worker keeps one ready while it waits, so opening a
 * session only applies the limits and loads the inputs. Returns undefined if the prelude fails (it never should).
 */
export function prepareEngineRuntime(options: { quickjs: QuickJSWASMModule; cancelled: () => boolean }): PreparedRuntime | undefined {
  const { quickjs } = options;
  const runtime = quickjs.newRuntime();
  const context = runtime.newContext();
  const reserve = createMemoryReserve(quickjs);
  const clock = createInterruptClock(runtime, options.cancelled);
  clock.start(1000);
  const prelude = context.evalCode(preludeSource, "prelude.js", { type: "global", strict: true });
  if (prelude.error) {
    prelude.error.dispose();
    context.dispose();
    runtime.dispose();
    reserve.release();
    return undefined;
  }
  return { runtime, context, scope: prelude.value, clock, reserve };
}
