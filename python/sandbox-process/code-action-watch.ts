/**
 * The code actions' CPU-time limit, seen from outside the sandbox. Inside, the clock interrupts a code action
 * that used up its limit (`child/code-action-clock.ts`); but whatever runs inside could, in principle, keep
 * that from working. Here the host reads the CPU time of the sandbox's JavaScript thread from the operating
 * system (`/proc/<pid>/task/<pid>/stat`, Linux) while the sandbox says a code action runs, and calls
 * `onOverrun` once one has used far more than its limit: the limit plus max(5 s, twice the limit) — a
 * backstop well past the point where the clock inside stops it (or ends the sandbox itself, 1 s after the
 * interrupt was ignored), so it never cuts short a code action the clock would have stopped, even on a
 * machine busy enough that each of CPython's checks comes late. Without `/proc` (macOS) there is no outside
 * reading, and the host's wall-clock watchdog is the backstop.
 */
import { readFileSync } from "node:fs";

/** How often the host looks at the sandbox's CPU time while a code action runs, in ms. */
const pollMs = 200;
/** Clock ticks per second of `/proc`'s CPU times (USER_HZ, 100 on every Linux build that matters). */
const ticksPerSecond = 100;

/** Watches the sandbox's code actions. */
export interface CodeActionWatch {
  /** A code action started (`limitMs`) or ended (`undefined`), as the sandbox reported. */
  running(limitMs: number | undefined): void;
  stop(): void;
}

/** CPU time, in ms, after which a code action with this limit is ended from outside. */
export function backstopMs(limitMs: number): number {
  return limitMs + Math.max(5000, 2 * limitMs);
}

export function createCodeActionWatch(pid: number | undefined, onOverrun: (limitMs: number, usedMs: number) => void): CodeActionWatch {
  const statFile = `/proc/${pid}/task/${pid}/stat`;
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  return {
    running(limitMs) {
      stop();
      const startMs = pid === undefined || limitMs === undefined ? undefined : threadCpuMs(statFile);
      if (startMs === undefined) return;
      timer = setInterval(() => {
        const usedMs = (threadCpuMs(statFile) ?? startMs) - startMs;
        if (usedMs > backstopMs(limitMs!)) {
          stop();
          onOverrun(limitMs!, usedMs);
        }
      }, pollMs);
      timer.unref();
    },
    stop,
  };
}

/** User plus system CPU time of one thread, in ms; `undefined` where `/proc` cannot tell (not Linux, or it ended). */
export function threadCpuMs(statFile: string): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(statFile, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
