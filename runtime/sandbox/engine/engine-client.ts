import { createRequire } from "node:module";
import { pathToFileURL, fileURLToPath } from "node:url";
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { EngineReply, EngineRequest, EngineWorkerData } from "./engine-protocol.js";

/** The engine worker as the program's thread sees it; `generation` changes each time it is replaced. */
interface EngineHandle {
  generation: number;
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

/** Native stack of the engine thread: far more than QuickJS's own stack limit can use (see engine-worker.ts). */
const workerStackMb = 64;
/** Starting the worker (and loading QuickJS) happens inside the first request's wait. */
const startupAllowanceMs = 15_000;

let current: EngineHandle | undefined;
let generations = 0;

/** The running engine's generation (undefined if none runs). Sessions opened in another generation are gone. */
export function currentEngineGeneration(): number | undefined {
  return current?.generation;
}

/** Starts the engine worker ahead of the first code action, so that it does not wait for QuickJS to load. */
export function preloadEngine(): void {
  current ??= spawnEngine();
}

/**
 * Sends one request and blocks until the reply, at most `hardTimeoutMs` (plus start-up time the first time).
 * A worker that does not answer in time, or reports itself broken, is replaced: a fatal reply comes back.
 */
export function callEngine(request: EngineRequest, hardTimeoutMs: number): EngineReply {
  const starting = current === undefined;
  const engine = (current ??= spawnEngine());
  Atomics.store(engine.signal, 0, 0);
  engine.port.postMessage(request);
  Atomics.wait(engine.signal, 0, 0, hardTimeoutMs + (starting ? startupAllowanceMs : 0));
  const received = receiveMessageOnPort(engine.port) as { message: EngineReply } | undefined;
  if (received === undefined) {
    stopEngine(engine);
    return {
      ok: false,
      fatal: true,
      message: `TimeoutError: the code action did not stop within ${hardTimeoutMs} ms; the code-action scope was reset`,
    };
  }
  if (!received.message.ok && received.message.fatal) stopEngine(engine);
  return received.message;
}

/** Sends a request that has no reply (closing a session). Does nothing if no worker runs. */
export function postEngine(request: EngineRequest): void {
  current?.port.postMessage(request);
}

function stopEngine(engine: EngineHandle): void {
  if (current === engine) current = undefined;
  engine.port.close();
  void engine.worker.terminate();
}

function spawnEngine(): EngineHandle {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const require = createRequire(import.meta.url);
  const workerData: EngineWorkerData = {
    port: port2,
    signal,
    moduleUrls: {
      core: pathToFileURL(require.resolve("quickjs-emscripten-core")).href,
      variant: pathToFileURL(require.resolve("@jitl/quickjs-wasmfile-release-sync")).href,
    },
  };
  const options = { workerData, transferList: [port2], resourceLimits: { stackSizeMb: workerStackMb } };
  const worker = import.meta.url.endsWith(".ts")
    ? new Worker(bundleWorkerSource(require), { ...options, eval: true })
    : new Worker(new URL("./engine-worker.js", import.meta.url), options);
  const engine: EngineHandle = { generation: ++generations, worker, port: port1, signal };
  // A worker that dies on its own is replaced on the next request; its error must not crash the program.
  worker.on("error", () => stopEngine(engine));
  worker.on("exit", () => stopEngine(engine));
  worker.unref();
  port1.unref();
  return engine;
}

/**
 * Running from TypeScript sources (tests, development): a worker cannot load `.ts`, so the worker entry is
 * bundled to one CommonJS script with esbuild (a dependency of the package). The built package never does this.
 */
function bundleWorkerSource(require: NodeJS.Require): string {
  const esbuild = require("esbuild") as typeof import("esbuild");
  const built = esbuild.buildSync({
    entryPoints: [fileURLToPath(new URL("./engine-worker.ts", import.meta.url))],
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  return built.outputFiles[0]!.text;
}
