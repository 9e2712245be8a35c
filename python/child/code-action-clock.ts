/**
 * The clock of the code actions' CPU-time limit. CPython on Emscripten looks at element 0 of Pyodide's
 * interrupt buffer every 50 evaluation-loop ticks (and in `PyErr_CheckSignals`), and raises the signal number
 * it finds there. The buffer is meant to be a SharedArrayBuffer that another thread writes, but the sandbox
 * needs no other thread: the "buffer" here is an object whose element 0 looks at the clock. It answers SIGINT
 * once the innermost running code action has used its CPU time (again every 50 ms while it still runs), and 0
 * otherwise; `nightjarpy/_code_action_limit.py` turns the signal into `CodeActionStopped`.
 *
 * CPU time of this thread, not wall time: the model's time in a nested block does not count, nor does time the
 * machine gives to other processes, nor V8's background threads (compiling Pyodide's WebAssembly after start-up
 * doubles the process's CPU time on a 2-core machine). Outside code actions no buffer is set, so the program
 * itself runs without the checks (they cost about 5% inside).
 *
 * Python code can ignore the signal (`signal.signal(SIGINT, SIG_IGN)`); a code action still running a grace
 * period of CPU time after the first SIGINT was handed over is one that cannot be stopped, and `onUnstoppable`
 * ends the sandbox. The grace counts from that first hand-over, not from the limit: when each tick is slow
 * (`hog.append(bytearray(10**8))` page-faults through 100 MB on every tick) the first look at the buffer can
 * come long after the limit — late, not ignored. The host also watches this thread's CPU time from outside
 * (`sandbox-process/code-action-watch.ts`), so nothing done in here can switch the limit off.
 */
import type { PyodideAPI } from "pyodide";

const SIGINT = 2;
/** How long after a SIGINT the clock asks again, if the code action still runs (the handler found no frame to stop). */
const askAgainMs = 50;

/** CPU time, in ms, a code action may go on after the first SIGINT while it is repeated: at least this, or its limit. */
const minimumGraceMs = 1000;

/** Runs code actions under a CPU-time limit. */
export interface CodeActionClock {
  /** Runs `action` (one code action, which calls into Python) with a limit of `limitMs` of CPU time; nests. */
  run<T>(limitMs: number, action: () => T): T;
}

interface Running {
  limitMs: number;
  cpuStartMs: number;
  /** Wall-clock time before which the limit cannot have been reached (this thread's CPU time grows no faster). */
  lookAt: number;
  /** This thread's CPU time when the first SIGINT was handed over. */
  signalledAtMs?: number;
}

/** Options of {@link installCodeActionClock}. */
export interface CodeActionClockOptions {
  /** Called when a code action ignores being stopped; must not return (it ends the sandbox). */
  onUnstoppable: (limitMs: number) => never;
  /** Told when the outermost code action starts (with its limit) and when it ends (`undefined`): the host's watch. */
  onRunning: (limitMs: number | undefined) => void;
}

export function installCodeActionClock(pyodide: PyodideAPI, { onUnstoppable, onRunning }: CodeActionClockOptions): CodeActionClock {
  const running: Running[] = [];
  const buffer = {
    get 0(): number {
      const top = running.at(-1);
      if (top === undefined) return 0;
      const now = performance.now();
      if (now < top.lookAt) return 0;
      const cpu = threadCpuMs();
      const used = cpu - top.cpuStartMs;
      if (used < top.limitMs) {
        top.lookAt = now + (top.limitMs - used);
        return 0;
      }
      top.signalledAtMs ??= cpu;
      if (cpu - top.signalledAtMs > Math.max(minimumGraceMs, top.limitMs)) onUnstoppable(top.limitMs);
      top.lookAt = now + askAgainMs;
      return SIGINT;
    },
    set 0(_value: number) {
      // CPython clears the element after reading it; the clock needs no clearing.
    },
  };
  const setBuffer = (value: typeof buffer | undefined) => pyodide.setInterruptBuffer(value as unknown as Int32Array);
  return {
    run(limitMs, action) {
      if (running.length === 0) {
        onRunning(limitMs);
        setBuffer(buffer);
      }
      running.push({ limitMs, cpuStartMs: threadCpuMs(), lookAt: performance.now() + limitMs });
      try {
        return action();
      } finally {
        running.pop();
        if (running.length === 0) {
          setBuffer(undefined);
          onRunning(undefined);
        }
      }
    },
  };
}

/** CPU time of this thread in ms (Deno has `process.threadCpuUsage`; the process's is the fallback). */
function threadCpuMs(): number {
  const { user, system } = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return (user + system) / 1000;
}
