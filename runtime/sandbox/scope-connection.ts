import type { HostResult } from "../episode/host.js";
import type { EngineHandle } from "./engine/engine-handle.js";
import { acquireEngine, releaseEngine } from "./engine/engine-pool.js";
import type { EngineRequest, ScopeOperation } from "./engine/engine-protocol.js";
import { encodeInputs, type EncodedInputs } from "./encode-inputs.js";
import type { ResolvedLimits } from "./resolve-limits.js";

/**
 * One sandbox's session in an engine worker, opened lazily by the first code action: a block the model
 * answers directly never starts QuickJS. If the worker is stopped (a hard timeout, an engine failure), the
 * session is gone: the scope starts again from the inputs at the next code action, and the model is told.
 */
export interface ScopeConnection {
  /** True once a code action has run in the current session; until then the inputs are the whole scope. */
  readonly started: boolean;
  /** The encoded inputs with the registry of the program's objects (set once started). */
  readonly encoded: EncodedInputs | undefined;
  action(op: "evaluate" | "execute", code: string): HostResult<string>;
  /** Calls a scope operation of a started session. */
  call(operation: ScopeOperation, args: string[]): HostResult<string>;
  close(): void;
}

let sessionIds = 0;
const resetMessage =
  "Error: the code-action scope was reset (its engine stopped): names defined by earlier code actions and their " +
  "changes are gone, the inputs are as they were at the start. Run your code again.";

/** Creates the (not yet opened) connection of one sandbox. */
export function createScopeConnection(options: { inputs: Record<string, unknown>; limits: ResolvedLimits }): ScopeConnection {
  const { limits } = options;
  let encoded: EncodedInputs | undefined;
  let session: { sid: number; engine: EngineHandle } | undefined;
  let lost = false;

  const send = (engine: EngineHandle, request: EngineRequest): HostResult<string> => {
    // Past its time QuickJS is stopped by the interrupt handler; the hard timeout is for builtins that never
    // check it. The slack covers rendering results and describing errors (each with a short budget of its own).
    const reply = engine.call(request, Math.ceil(request.timeMs * 1.5) + 500);
    if (reply.ok) return { success: true, value: reply.value };
    if ((reply.lost || reply.fatal) && session?.engine === engine) {
      // The reply already says that the scope was reset; the next code action opens a new session.
      session = undefined;
      releaseEngine({ engine, memoryBytes: limits.memoryBytes, reusable: !reply.fatal });
    }
    return { success: false, message: reply.message };
  };
  const alive = (): boolean => {
    if (session !== undefined && !session.engine.alive) {
      session = undefined;
      lost = true;
    }
    return session !== undefined;
  };
  const open = (): HostResult<{ sid: number; engine: EngineHandle }> => {
    try {
      encoded ??= encodeInputs(options.inputs);
    } catch (error) {
      return { success: false, message: `Error: the inputs could not be copied into the code-action scope (${String(error)})` };
    }
    const sid = ++sessionIds;
    const request: EngineRequest = { op: "open", sid, limits, inputsJson: encoded.json, timeMs: limits.copyTimeMs };
    let engine = acquireEngine(limits.memoryBytes);
    let reply = send(engine, request);
    if (!engine.alive) {
      // An idle worker that broke since it was released: one fresh worker gets a second chance.
      engine = acquireEngine(limits.memoryBytes);
      reply = send(engine, request);
    }
    if (!reply.success) {
      releaseEngine({ engine, memoryBytes: limits.memoryBytes, reusable: true });
      return reply;
    }
    session = { sid, engine };
    return { success: true, value: session };
  };

  return {
    get started() {
      return alive();
    },
    get encoded() {
      return encoded;
    },
    action(op, code) {
      if (!alive() && lost) {
        lost = false;
        return { success: false, message: resetMessage };
      }
      const opened = session === undefined ? open() : { success: true as const, value: session };
      if (!opened.success) return opened;
      const { sid, engine } = opened.value;
      return send(engine, { op, sid, code, timeMs: limits.timeMs });
    },
    call(operation, args) {
      if (!alive()) return { success: false, message: resetMessage };
      const { sid, engine } = session!;
      return send(engine, { op: "call", sid, operation, args, timeMs: limits.copyTimeMs });
    },
    close() {
      if (session === undefined) return;
      const { sid, engine } = session;
      session = undefined;
      const reply = send(engine, { op: "close", sid, timeMs: limits.copyTimeMs });
      releaseEngine({ engine, memoryBytes: limits.memoryBytes, reusable: reply.success && reply.value === "reuse" });
    },
  };
}
