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
 * period of CPU time after CPython's first look since a SIGINT was handed over (by then its handler has had
 * its chance) is one that cannot be stopped, and `onUnstoppable` ends the sandbox. Not from the hand-over
 * itself: CPython looks only every 50 ticks, and a tick that page-faults through 100 MB
 * (`hog.append(bytearray(10**8))`) is slow, so a signal handed over before such a tick is seen late, not
 * ignored.
 * The host also watches this thread's CPU time from outside (`sandbox-process/code-action-watch.ts`), so
 * nothing done in here can switch the limit off.
 *
 * Because those looks can be far apart (in that loop each tick costs ~0.4 s of CPU on a loaded virtual
 * machine, and the first look after the limit came seconds late, on a busier machine after the host's
 * backstop had ended the sandbox), the clock also looks whenever the heap is about to grow (`look`, called
 * by `load-python.ts`): a code action past its limit gets SIGINT right then (`PyErr_SetInterruptEx`, safe at
 * any point, as from a signal handler), and is stopped at the end of the allocation under way.
 */
import type { PyodideAPI } from "pyodide";

const SIGINT = 2;
/** How long after a SIGINT the clock asks again, if the code action still runs (the handler found no frame to stop). */
const askAgainMs = 50;

/** CPU time, in ms, a code action may go on after CPython first saw the SIGINT (repeated): at least this, or its limit. */
const minimumGraceMs = 1000;

/** Runs code actions under a CPU-time limit. */
export interface CodeActionClock {
  /** Runs `action` (one code action, which calls into Python) with a limit of `limitMs` of CPU time; nests. */
  run<T>(limitMs: number, action: () => T): T;
  /** Looks at the clock outside CPython's own checks: a code action past its limit is interrupted at once. */
  look(): void;
}

interface Running {
  limitMs: number;
  cpuStartMs: number;
  /** Wall-clock time before which the limit cannot have been reached (this thread's CPU time grows no faster). */
  lookAt: number;
  /** Whether a SIGINT was handed over. */
  signalled: boolean;
  /** This thread's CPU time at CPython's first look since then. */
  seenAtMs?: number;
}

/** Options of {@link installCodeActionClock}. */
export interface CodeActionClockOptions {
  /** Called when a code action ignores being stopped; must not return (it ends the sandbox). */
  onUnstoppable: (limitMs: number) => never;
  /** Told when the outermost code action starts (with its limit) and when it ends (`undefined`): the host's watch. */
  onRunning: (limitMs: number | undefined) => void;
}

interface SignalFunctions {
  /** CPython's `PyErr_SetInterruptEx`: the signal's handler runs at the interpreter's next check. */
  _PyErr_SetInterruptEx(signal: number): number;
}

export function installCodeActionClock(pyodide: PyodideAPI, { onUnstoppable, onRunning }: CodeActionClockOptions): CodeActionClock {
  const module = (pyodide as unknown as { _module: SignalFunctions })._module;
  const running: Running[] = [];
  const buffer = {
    get 0(): number {
      const top = running.at(-1);
      if (top === undefined || !limitUsed(top)) return 0;
      if (top.signalled) {
        const cpu = threadCpuMs();
        top.seenAtMs ??= cpu;
        if (cpu - top.seenAtMs > graceMs(top)) onUnstoppable(top.limitMs);
      }
      return signal(top);
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
      running.push({ limitMs, cpuStartMs: threadCpuMs(), lookAt: performance.now() + limitMs, signalled: false });
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
    look() {
      const top = running.at(-1);
      if (top !== undefined && limitUsed(top)) module._PyErr_SetInterruptEx(signal(top));
    },
  };
}

/** Whether `action` has used its limit (read from the clock no earlier than it could have, then every 50 ms). */
function limitUsed(action: Running): boolean {
  const now = performance.now();
  if (now < action.lookAt) return false;
  const used = threadCpuMs() - action.cpuStartMs;
  action.lookAt = now + (used < action.limitMs ? action.limitMs - used : askAgainMs);
  return used >= action.limitMs;
}

/** Notes a SIGINT handed over to `action`; returns it. */
function signal(action: Running): number {
  action.signalled = true;
  return SIGINT;
}

function graceMs(action: Running): number {
  return Math.max(minimumGraceMs, action.limitMs);
}

/** CPU time of this thread in ms (Deno has `process.threadCpuUsage`; the process's is the fallback). */
function threadCpuMs(): number {
  const { user, system } = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return (user + system) / 1000;
}
