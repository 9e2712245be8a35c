/**
 * Writes all of `bytes` to `fd`, blocking. Pipes from the host may be non-blocking, so a full pipe answers
 * EAGAIN; the sandbox then waits a millisecond for the host to drain it (it has nothing else to do).
 */
import { writeSync } from "node:fs";

const pause = new Int32Array(new SharedArrayBuffer(4));

export function writeAllSync(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
