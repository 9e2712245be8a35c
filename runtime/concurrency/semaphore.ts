/** A count of free places, shared by whoever must not exceed it. */
export interface Semaphore {
  /** Resolves once a place is taken; waiters are served in arrival order. Rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Gives a place back (to the longest waiter, if any). */
  release(): void;
}

export function createSemaphore(size: number): Semaphore {
  let taken = 0;
  const waiting: (() => void)[] = [];
  return {
    acquire: (signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        if (taken < size) {
          taken += 1;
          return resolve();
        }
        const start = () => {
          signal?.removeEventListener("abort", onAbort);
          taken += 1;
          resolve();
        };
        const onAbort = () => {
          waiting.splice(waiting.indexOf(start), 1);
          reject(signal?.reason);
        };
        waiting.push(start);
        signal?.addEventListener("abort", onAbort, { once: true });
      }),
    release() {
      taken -= 1;
      waiting.shift()?.();
    },
  };
}
