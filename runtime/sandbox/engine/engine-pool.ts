import { availableParallelism } from "node:os";
import { engineAssetsReady, prepareEngineAssets } from "./engine-assets.js";
import { spawnEngine, type EngineHandle } from "./engine-handle.js";
import { memoryPages } from "./memory-pages.js";

/**
 * The engine workers of this process: about one per core, started as sessions need them (a program that
 * never runs a code action starts none). Every sandbox session lives in one worker for its whole life; a
 * worker serves many sessions, one request at a time, so a new session goes to the worker with the fewest.
 * A worker stopped by a hard timeout takes only its own sessions with it, and is replaced at the next need.
 */
const poolSize = Math.max(1, Math.min(availableParallelism(), 8));
const workers: { engine: EngineHandle; sessions: number }[] = [];


/**
 * A worker for a new session. QuickJS is compiled off the program's thread the first time; a new worker is
 * started while the pool is not full and every worker already serves a session.
 */
export async function acquireEngine(memoryBytes: number): Promise<EngineHandle> {
  if (!engineAssetsReady()) await prepareEngineAssets().catch(() => undefined); // a failure shows when a worker starts
  prune();
  let chosen = workers.reduce<(typeof workers)[number] | undefined>((best, worker) => (best === undefined || worker.sessions < best.sessions ? worker : best), undefined);
  if (chosen === undefined || (chosen.sessions > 0 && workers.length < poolSize)) {
    chosen = { engine: spawnEngine({ warmPages: memoryPages(memoryBytes) }), sessions: 0 };
    workers.push(chosen);
  }
  chosen.sessions += 1;
  return chosen.engine;
}

/** Ends a session's claim on its worker. */
export function releaseEngine(engine: EngineHandle): void {
  const worker = workers.find((candidate) => candidate.engine === engine);
  if (worker !== undefined) worker.sessions -= 1;
  prune();
}

/**
 * Starts a worker ahead of need if none runs, so a first code action does not wait for QuickJS to load. The
 * first time, QuickJS is compiled off the program's thread before the worker starts.
 */
export function preloadEngine(memoryBytes: number): void {
  prune();
  if (workers.length > 0) return;
  if (!engineAssetsReady()) {
    // If the compilation fails, the first code action compiles again and reports what went wrong.
    prepareEngineAssets().then(() => preloadEngine(memoryBytes), () => undefined);
    return;
  }
  workers.push({ engine: spawnEngine({ warmPages: memoryPages(memoryBytes) }), sessions: 0 });
}

/** Forgets stopped workers (their sessions already know they are lost). */
function prune(): void {
  for (let index = workers.length - 1; index >= 0; index--) if (!workers[index]!.engine.alive) workers.splice(index, 1);
}
