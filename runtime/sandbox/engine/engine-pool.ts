import { engineAssetsReady, prepareEngineAssets } from "./engine-assets.js";
import { spawnEngine, type EngineHandle } from "./engine-handle.js";

/**
 * Engine workers for the sandboxes of this process: each sandbox that runs code gets a worker of its own, so a
 * hard timeout (which stops the worker) never takes other blocks' scopes with it, and the worker's memory cap
 * is the sandbox's. Released workers are kept for the next sandbox with the same memory limit, up to
 * `maxIdle`; one already loaded makes a first code action cost a couple of milliseconds.
 */
const maxIdle = 2;
const idle: { engine: EngineHandle; memoryBytes: number }[] = [];

/** An engine worker for one sandbox: an idle one with the same memory limit if any is alive, else a new one. */
export function acquireEngine(memoryBytes: number): EngineHandle {
  for (let index = idle.length - 1; index >= 0; index--) {
    const entry = idle[index]!;
    if (!entry.engine.alive) idle.splice(index, 1);
    else if (entry.memoryBytes === memoryBytes) return idle.splice(index, 1)[0]!.engine;
  }
  return spawnEngine(memoryBytes);
}

/** Gives a worker back after its sandbox's session ended; one that should not be reused is stopped. */
export function releaseEngine(options: { engine: EngineHandle; memoryBytes: number; reusable: boolean }): void {
  const { engine, memoryBytes, reusable } = options;
  if (reusable && engine.alive && idle.length < maxIdle) {
    idle.push({ engine, memoryBytes });
    return;
  }
  engine.stop();
  // A retired worker is replaced right away, in the background: the next sandbox finds one ready.
  if (!reusable) preloadEngine(memoryBytes);
}

/**
 * Starts a worker ahead of need (if none with this memory limit is idle), so a first code action does not
 * wait for QuickJS to load. The first time, QuickJS is compiled off the program's thread before the worker starts.
 */
export function preloadEngine(memoryBytes: number): void {
  if (idle.some((entry) => entry.engine.alive && entry.memoryBytes === memoryBytes)) return;
  if (!engineAssetsReady()) {
    // If the compilation fails, the first code action compiles again and reports what went wrong.
    prepareEngineAssets().then(() => preloadEngine(memoryBytes), () => undefined);
    return;
  }
  idle.push({ engine: spawnEngine(memoryBytes), memoryBytes });
}
