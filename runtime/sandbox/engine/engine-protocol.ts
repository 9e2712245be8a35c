import type { MessagePort } from "node:worker_threads";
import type { SessionLimits } from "./engine-session.js";

/**
 * A request from the program's thread to an engine worker. `sid` names one sandbox's session (many sessions
 * share a worker); `seq` numbers the request, so the program's side can stop the one that is running (see
 * `EngineWorkerData.cancel`). Every request gets one reply, in order; `close` answers `reuse` or `retire`.
 */
export type EngineRequest = { seq: number } & EngineRequestBody;

/** A request without its sequence number (the worker handle numbers requests as it sends them). */
export type EngineRequestBody =
  | { op: "open"; sid: number; limits: SessionLimits; inputsJson: string; timeMs: number; grants: number[] }
  | { op: "evaluate" | "execute"; sid: number; code: string; timeMs: number }
  | { op: "resume"; sid: number; results: string; timeMs: number }
  | { op: "call"; sid: number; operation: ScopeOperation; args: string[]; timeMs: number }
  | { op: "close"; sid: number; timeMs: number };

/** Prelude operations the program's side may call (see prelude-scope.ts). */
export type ScopeOperation = "has" | "read" | "stage";

/**
 * The engine's answer. `lost` means the session was closed (it ran out of memory, or its engine broke; the
 * message says so); `fatal` means the worker itself is stopped: every session on it is lost. `calls` (JSON,
 * see prelude-calls.ts) means the code action waits on program functions: the host calls them and sends their
 * outcomes with a `resume` request, whose reply is the code action's (or more calls).
 */
export type EngineReply = { ok: true; value: string; calls?: string } | { ok: false; message: string; lost?: boolean; fatal?: boolean };

/** What a worker posts: `ready` once QuickJS is loaded, then one reply per request. */
export type EngineMessage = { ready: true } | { seq: number; reply: EngineReply };

/**
 * What a worker starts with. QuickJS is found through file URLs resolved by the program's side (the worker may
 * be eval'd code); the WebAssembly module is compiled once per process and shared, so each new worker runs
 * already-compiled engine code instead of compiling and warming up its own.
 */
export interface EngineWorkerData {
  port: MessagePort;
  /**
   * `cancel[0]` holds the `seq` of a request the program's side gave up on (its block ended): QuickJS's
   * interrupt handler stops that request's code at its next poll.
   */
  cancel: Int32Array;
  moduleUrls: { core: string; variant: string };
  wasmModule: WebAssembly.Module;
  /** Memory cap (in 64 KiB pages) of the session the worker is started for: it prepares one ahead for it. */
  warmPages: number;
}
