import type { QuickJSRuntime } from "quickjs-emscripten-core";

/**
 * The deadline QuickJS's interrupt handler enforces. QuickJS polls the handler only every few thousand
 * back-edges and calls, so a loop whose body is slow (or a long builtin) can overrun it; the program's side
 * then stops the whole worker (see engine-handle.ts).
 */
export interface InterruptClock {
  /** Allows `timeMs` from now, and clears `interrupted`. */
  start(timeMs: number): void;
  /** True if the handler stopped code since the last `start`. */
  readonly interrupted: boolean;
}

/**
 * Installs the interrupt handler on `runtime`. Code also stops when `cancelled()` says so: the program's side
 * gave up on the request (its block ended), and the worker should move on to other sessions' requests.
 */
export function createInterruptClock(runtime: QuickJSRuntime, cancelled: () => boolean): InterruptClock {
  let deadline = 0;
  let interrupted = false;
  runtime.setInterruptHandler(() => {
    if (Date.now() <= deadline && !cancelled()) return false;
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
