import { MessageChannel, Worker } from "node:worker_threads";
import { engineAssets } from "./engine-assets.js";
import type { EngineMessage, EngineReply, EngineRequestBody, EngineWorkerData } from "./engine-protocol.js";

/**
 * One engine worker as the program's thread sees it. Requests are queued and sent one at a time; replies come
 * back as messages, so the program's thread is never blocked while the engine works. Each request sent has a
 * hard timeout: a worker that misses it (a builtin that ignores the interrupt handler) is stopped.
 */
export interface EngineHandle {
  /** False once the worker was stopped (hard timeout, engine failure) or died. */
  readonly alive: boolean;
  /**
   * Queues one request; resolves with its reply (never rejects). Its hard timeout, `hardTimeoutMs`, counts
   * from when the worker starts on it (plus start-up time before the worker is ready). A stopped worker
   * answers every request with a `fatal` reply.
   */
  request(request: EngineRequestBody, hardTimeoutMs: number): Promise<EngineReply>;
  /**
   * Gives up on a session's requests (its block ended): queued ones are dropped, a running one is
   * interrupted; if it does not stop within a grace period, the worker is stopped.
   */
  cancel(sid: number): void;
  stop(): void;
}

/** Native stack of an engine thread: far more than QuickJS's own stack limit can use (see engine-worker.ts). */
const workerStackMb = 64;
/** Requests sent before the worker has loaded QuickJS may also wait for that. */
const startupAllowanceMs = 15_000;
/** How long a cancelled request may take to stop before its worker is stopped. */
const cancelGraceMs = 250;

interface Pending {
  body: EngineRequestBody;
  hardTimeoutMs: number;
  resolve: (reply: EngineReply) => void;
}

/** Starts an engine worker; it loads QuickJS in the background while the program goes on. */
export function spawnEngine(options: { warmPages: number }): EngineHandle {
  const { port1, port2 } = new MessageChannel();
  const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  const { moduleUrls, wasmModule, entry } = engineAssets();
  const workerData: EngineWorkerData = { port: port2, cancel: cancelFlag, moduleUrls, wasmModule, warmPages: options.warmPages };
  const workerOptions = { workerData, transferList: [port2], resourceLimits: { stackSizeMb: workerStackMb } };
  const worker = "code" in entry ? new Worker(entry.code, { ...workerOptions, eval: true }) : new Worker(entry.url, workerOptions);
  const queue: Pending[] = [];
  let running: (Pending & { seq: number; timer: NodeJS.Timeout }) | undefined;
  let seq = 0;
  let alive = true;
  let ready = false;

  const stop = (message = "Error: the code-action engine stopped; the code-action scope was reset"): void => {
    if (!alive) return;
    alive = false;
    port1.close();
    void worker.terminate();
    if (running !== undefined) {
      clearTimeout(running.timer);
      running.resolve({ ok: false, fatal: true, message });
      running = undefined;
    }
    for (const pending of queue.splice(0)) pending.resolve({ ok: false, fatal: true, message: "Error: the code-action engine stopped; the code-action scope was reset" });
  };
  const sendNext = (): void => {
    if (!alive || running !== undefined) return;
    const next = queue.shift();
    if (next === undefined) return;
    seq += 1;
    const limit = next.hardTimeoutMs + (ready ? 0 : startupAllowanceMs);
    // A running request holds a (ref'd) timer, so the process does not exit while the engine works for it.
    const timer = setTimeout(
      () => stop(`TimeoutError: the code action did not stop within ${next.hardTimeoutMs} ms; the code-action scope was reset`),
      limit,
    );
    running = { ...next, seq, timer };
    port1.postMessage({ seq, ...next.body });
  };
  port1.on("message", (message: EngineMessage) => {
    if ("ready" in message) {
      ready = true;
      return;
    }
    if (running === undefined || message.seq !== running.seq) return;
    const { resolve, timer } = running;
    clearTimeout(timer);
    running = undefined;
    resolve(message.reply);
    sendNext();
  });
  // A worker that dies on its own only loses its sessions; its error must not crash the program.
  worker.on("error", () => stop());
  worker.on("exit", () => stop());
  worker.unref();
  port1.unref();

  return {
    get alive() {
      return alive;
    },
    request(body, hardTimeoutMs) {
      if (!alive) return Promise.resolve({ ok: false, fatal: true, message: "Error: the code-action engine stopped; the code-action scope was reset" });
      return new Promise((resolve) => {
        queue.push({ body, hardTimeoutMs, resolve });
        sendNext();
      });
    },
    cancel(sid) {
      for (let index = queue.length - 1; index >= 0; index--) {
        if (queue[index]!.body.sid === sid) queue.splice(index, 1)[0]!.resolve({ ok: false, message: "Error: the block ended" });
      }
      if (running?.body.sid !== sid) return;
      const cancelled = running.seq;
      Atomics.store(cancelFlag, 0, cancelled);
      setTimeout(() => {
        if (running?.seq === cancelled) stop();
      }, cancelGraceMs).unref();
    },
    stop: () => stop(),
  };
}
