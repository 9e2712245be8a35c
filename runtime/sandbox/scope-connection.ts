import type { HostResult } from "../episode/host.js";
import type { CallBridge } from "./call-bridge.js";
import { DecodeError } from "./decode-sandbox-value.js";
import type { EngineHandle } from "./engine/engine-handle.js";
import { acquireEngine, releaseEngine } from "./engine/engine-pool.js";
import type { EngineRequestBody, ScopeOperation } from "./engine/engine-protocol.js";
import { encodeInputs, type EncodedInputs } from "./encode-inputs.js";
import type { ResolvedLimits } from "./resolve-limits.js";

/**
 * One sandbox's session in an engine worker, opened lazily by the first code action: a block the model
 * answers directly never starts QuickJS. Every call is a message to the worker and back; the program's thread
 * goes on meanwhile. If the worker is stopped (a hard timeout, an engine failure), the session is gone: the
 * scope starts again from the inputs at the next code action, and the model is told.
 */
export interface ScopeConnection {
  /** True once a code action has run in the current session; until then the inputs are the whole scope. */
  readonly started: boolean;
  /** The encoded inputs with the registry of the program's objects (set once started). */
  readonly encoded: EncodedInputs | undefined;
  action(op: "evaluate" | "execute", code: string): Promise<HostResult<string>>;
  /** Calls a scope operation of a started session. */
  call(operation: ScopeOperation, args: string[]): Promise<HostResult<string>>;
  /** Ends the session: a request still running for it is stopped, the engine frees it in the background. */
  close(): void;
}

/** A reply; `calls` when the code action waits on program functions (see engine-protocol.ts). */
type Sent = { success: true; value: string; calls?: string } | { success: false; message: string };

interface Session {
  sid: number;
  engine: EngineHandle;
}

let sessionIds = 0;
const resetMessage =
  "Error: the code-action scope was reset (its engine stopped): names defined by earlier code actions and their " +
  "changes are gone, the inputs are as they were at the start. Run your code again.";
const closedMessage = "Error: the code-action scope is closed";

/** Creates the (not yet opened) connection of one sandbox. */
export function createScopeConnection(options: { inputs: Record<string, unknown>; limits: ResolvedLimits; calls?: CallBridge }): ScopeConnection {
  const { limits } = options;
  let encoded: EncodedInputs | undefined;
  let session: Session | undefined;
  let opening: Promise<HostResult<Session>> | undefined;
  let lost = false;
  let closed = false;

  const send = async (engine: EngineHandle, request: EngineRequestBody): Promise<Sent> => {
    // Past its time QuickJS is stopped by the interrupt handler; the hard timeout is for builtins that never
    // check it. The slack covers rendering results and describing errors (each with a short budget of its own).
    const reply = await engine.request(request, Math.ceil(request.timeMs * 1.5) + 500);
    if (reply.ok) return { success: true, value: reply.value, ...(reply.calls === undefined ? {} : { calls: reply.calls }) };
    if ((reply.lost || reply.fatal) && session?.engine === engine && session.sid === request.sid) {
      // The reply already says that the scope was reset; the next code action opens a new session.
      session = undefined;
      releaseEngine(engine);
    }
    return { success: false, message: reply.message };
  };
  const alive = (): boolean => {
    if (session !== undefined && !session.engine.alive) {
      releaseEngine(session.engine);
      session = undefined;
      lost = true;
    }
    return session !== undefined;
  };
  const open = async (): Promise<HostResult<Session>> => {
    try {
      encoded ??= encodeInputs(options.inputs);
    } catch (error) {
      return { success: false, message: `Error: the inputs could not be copied into the code-action scope (${String(error)})` };
    }
    const sid = ++sessionIds;
    const engine = await acquireEngine(limits.memoryBytes);
    const granted = options.calls?.granted;
    const grants = granted === undefined ? [] : encoded.registry.flatMap((entry, id) => (entry.kind === "f" && granted.has(entry.value) ? [id] : []));
    const reply = await send(engine, { op: "open", sid, limits, inputsJson: encoded.json, timeMs: limits.copyTimeMs, grants });
    if (!reply.success || closed) {
      if (reply.success) void engine.request({ op: "close", sid, timeMs: limits.copyTimeMs }, limits.copyTimeMs * 2);
      releaseEngine(engine);
      return reply.success ? { success: false, message: closedMessage } : reply;
    }
    session = { sid, engine };
    return { success: true, value: session };
  };
  const perform = async (calls: string): Promise<HostResult<string>> => {
    if (options.calls === undefined || encoded === undefined) return { success: false, message: "Error: code actions cannot call program functions here" };
    try {
      return { success: true, value: await options.calls.perform(calls, encoded.registry) };
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      return { success: false, message: `Error: ${error.message}` };
    }
  };
  const opened = async (): Promise<HostResult<Session>> => {
    if (alive()) return { success: true, value: session! };
    opening ??= open().finally(() => (opening = undefined));
    return opening;
  };

  return {
    get started() {
      return alive();
    },
    get encoded() {
      return encoded;
    },
    async action(op, code) {
      if (closed) return { success: false, message: closedMessage };
      if (!alive() && lost) {
        lost = false;
        return { success: false, message: resetMessage };
      }
      const current = await opened();
      if (!current.success) return current;
      const { sid, engine } = current.value;
      let reply = await send(engine, { op, sid, code, timeMs: limits.timeMs });
      // The code action waits on program functions: call them, send the outcomes, until it finishes.
      while (reply.success && reply.calls !== undefined && !closed) {
        const results = await perform(reply.calls);
        if (!results.success) return results;
        reply = await send(engine, { op: "resume", sid, results: results.value, timeMs: limits.timeMs });
      }
      return reply.success ? { success: true, value: reply.value } : reply;
    },
    async call(operation, args) {
      if (closed) return { success: false, message: closedMessage };
      if (!alive()) return { success: false, message: resetMessage };
      const { sid, engine } = session!;
      return send(engine, { op: "call", sid, operation, args, timeMs: limits.copyTimeMs });
    },
    close() {
      closed = true;
      if (session === undefined) return;
      const { sid, engine } = session;
      session = undefined;
      engine.cancel(sid);
      void engine.request({ op: "close", sid, timeMs: limits.copyTimeMs }, limits.copyTimeMs * 2).then(() => releaseEngine(engine));
    },
  };
}
