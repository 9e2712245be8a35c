/**
 * Puts the live status (live-status.ts) on stderr when it is a terminal, and takes it off when the process
 * ends — including by Ctrl-C, after which the process still dies of the signal as Node would.
 */
import { onTrace } from "../runtime/index.js";
import { startLiveStatus } from "./live-status.js";

/** Shows the status line for the rest of the process; does nothing when stderr is not a terminal. */
export function attachLiveStatus(): void {
  if (!process.stderr.isTTY) return;
  const stop = startLiveStatus({ stream: process.stderr, subscribe: onTrace, interleaved: [process.stdout, process.stderr] });
  process.once("exit", stop);
  process.once("SIGINT", () => {
    stop();
    // Re-raise only when the program has no handler of its own; otherwise the signal is the program's.
    if (process.listenerCount("SIGINT") === 0) process.kill(process.pid, "SIGINT");
  });
}
