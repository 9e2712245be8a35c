import { spawnEngine, type EngineHandle } from "./engine-handle.js";

/**
 * Engine workers for the sandboxes of this process: each sandbox that runs code gets a worker of its own, so a
 * hard timeout (which stops the worker) never takes other blocks' scopes with it. Released workers are kept
 * for the next sandbox, up to `maxIdle`; one already loaded makes a first code action cost a few milliseconds.
 */
const maxIdle = 2;
const idle: EngineHandle[] = [];

/** An engine worker for one sandbox: an idle one if any is alive, else a new one. */
export function acquireEngine(): EngineHandle {
  for (let engine = idle.pop(); engine !== undefined; engine = idle.pop()) {
    if (engine.alive) return engine;
  }
  return spawnEngine();
}

/** Gives a worker back after its sandbox's session ended; one that should not be reused is stopped. */
export function releaseEngine(engine: EngineHandle, reusable: boolean): void {
  if (reusable && engine.alive && idle.length < maxIdle) {
    idle.push(engine);
    return;
  }
  engine.stop();
  // A retired worker is replaced right away, in the background: the next sandbox finds one ready.
  if (!reusable) preloadEngine();
}

/** Starts one worker ahead of need (if none is idle), so the first code action does not wait for QuickJS to load. */
export function preloadEngine(): void {
  if (!idle.some((engine) => engine.alive)) idle.push(spawnEngine());
}
