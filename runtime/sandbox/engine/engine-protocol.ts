import type { MessagePort } from "node:worker_threads";
import type { SessionLimits } from "./engine-session.js";

/**
 * A request from the program's thread to the engine worker. `sid` names one sandbox's session. Every request
 * gets one reply; `close` answers `reuse` or `retire` (the worker kept memory it could not free).
 */
export type EngineRequest =
  | { op: "open"; sid: number; limits: SessionLimits; inputsJson: string; timeMs: number }
  | { op: "evaluate" | "execute"; sid: number; code: string; timeMs: number }
  | { op: "call"; sid: number; operation: ScopeOperation; args: string[]; timeMs: number }
  | { op: "close"; sid: number; timeMs: number };

/** Prelude operations the program's side may call (see prelude-scope.ts). */
export type ScopeOperation = "has" | "read" | "stage";

/**
 * The engine's answer. `lost` means the session was closed because it ran out of memory (the message says
 * so); `fatal` means the engine itself broke (not the model's code): the worker is replaced.
 */
export type EngineReply = { ok: true; value: string } | { ok: false; message: string; lost?: boolean; fatal?: boolean };

/**
 * What a worker starts with. QuickJS is found through file URLs resolved by the program's side (the worker may
 * be eval'd code); the WebAssembly module is compiled once per process and shared, so each new worker runs
 * already-compiled engine code instead of compiling and warming up its own.
 */
export interface EngineWorkerData {
  port: MessagePort;
  signal: Int32Array;
  moduleUrls: { core: string; variant: string };
  wasmModule: WebAssembly.Module;
  /**
   * Maximum size of the engine's WebAssembly memory, in 64 KiB pages. This is what really bounds a sandbox's
   * memory: QuickJS's own limit (`setMemoryLimit`) misses some allocations in this build (arrays among them).
   */
  memoryPages: number;
}
