import { MessageChannel, Worker, receiveMessageOnPort } from "node:worker_threads";
import { engineAssets } from "./engine-assets.js";
import type { EngineReply, EngineRequest, EngineWorkerData } from "./engine-protocol.js";

/** One engine worker as the program's thread sees it: synchronous calls, each with a hard timeout. */
export interface EngineHandle {
  /** False once the worker was stopped (hard timeout, engine failure) or died. */
  readonly alive: boolean;
  /**
   * Sends one request and blocks until the reply, at most `hardTimeoutMs` (plus start-up time on the first
   * call). A worker that does not answer in time, or reports itself broken, is stopped: a fatal reply comes back.
   */
  call(request: EngineRequest, hardTimeoutMs: number): EngineReply;
  stop(): void;
}

/** Native stack of an engine thread: far more than QuickJS's own stack limit can use (see engine-worker.ts). */
const workerStackMb = 64;
/** Starting the worker (and loading QuickJS) happens inside the first request's wait. */
const startupAllowanceMs = 15_000;

/** What the engine's memory holds besides the sandbox's heap: the build's static data and stack (its initial 16 MiB). */
const engineBaseBytes = 16 * 2 ** 20;

/**
 * Starts an engine worker whose WebAssembly memory can hold `memoryBytes` of sandbox heap and no more. It
 * loads QuickJS in the background while the program goes on.
 */
export function spawnEngine(memoryBytes: number): EngineHandle {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { moduleUrls, wasmModule, entry } = engineAssets();
  const workerData: EngineWorkerData = {
    port: port2,
    signal,
    moduleUrls,
    wasmModule,
    memoryPages: Math.ceil((memoryBytes + engineBaseBytes) / 65536),
  };
  const options = { workerData, transferList: [port2], resourceLimits: { stackSizeMb: workerStackMb } };
  const worker = "code" in entry ? new Worker(entry.code, { ...options, eval: true }) : new Worker(entry.url, options);
  let alive = true;
  let started = false;
  const stop = (): void => {
    if (!alive) return;
    alive = false;
    port1.close();
    void worker.terminate();
  };
  // A worker that dies on its own only loses its sessions; its error must not crash the program.
  worker.on("error", stop);
  worker.on("exit", stop);
  worker.unref();
  port1.unref();
  return {
    get alive() {
      return alive;
    },
    call(request, hardTimeoutMs) {
      if (!alive) return { ok: false, fatal: true, message: "Error: the code-action engine stopped; the code-action scope was reset" };
      Atomics.store(signal, 0, 0);
      port1.postMessage(request);
      Atomics.wait(signal, 0, 0, hardTimeoutMs + (started ? 0 : startupAllowanceMs));
      started = true;
      const received = receiveMessageOnPort(port1) as { message: EngineReply } | undefined;
      if (received === undefined) {
        stop();
        return { ok: false, fatal: true, message: `TimeoutError: the code action did not stop within ${hardTimeoutMs} ms; the code-action scope was reset` };
      }
      if (!received.message.ok && received.message.fatal) stop();
      return received.message;
    },
    stop,
  };
}

