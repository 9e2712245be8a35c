import type { HostResult } from "../episode/host.js";
import { callEngine, currentEngineGeneration, postEngine } from "./engine/engine-client.js";
import type { EngineReply, EngineRequest, ScopeOperation } from "./engine/engine-protocol.js";
import { encodeInputs, type EncodedInputs } from "./encode-inputs.js";
import type { ResolvedLimits } from "./resolve-limits.js";

/**
 * One sandbox's session in the engine worker, opened lazily by the first code action: a block the model
 * answers directly never starts QuickJS. If the engine is replaced (a hard timeout, an engine failure), the
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
  "Error: the code-action scope was reset (the sandbox engine was restarted): names defined by earlier code actions " +
  "and their changes are gone, the inputs are as they were at the start. Run your code again.";

/** Creates the (not yet opened) connection of one sandbox. */
export function createScopeConnection(options: { inputs: Record<string, unknown>; limits: ResolvedLimits }): ScopeConnection {
  const { limits } = options;
  let encoded: EncodedInputs | undefined;
  let session: { sid: number; generation: number | undefined } | undefined;
  let lost = false;
  const hardTimeoutMs = limits.timeMs * 2 + 2000;

  const send = (request: EngineRequest): HostResult<string> => {
    const reply: EngineReply = callEngine(request, hardTimeoutMs);
    if (!reply.ok && reply.fatal) session = undefined;
    return reply.ok ? { success: true, value: reply.value } : { success: false, message: reply.message };
  };
  const alive = (): boolean => {
    if (session !== undefined && session.generation !== currentEngineGeneration()) {
      session = undefined;
      lost = true;
    }
    return session !== undefined;
  };
  const open = (): HostResult<number> => {
    try {
      encoded ??= encodeInputs(options.inputs);
    } catch (error) {
      return { success: false, message: `Error: the inputs could not be copied into the code-action scope (${String(error)})` };
    }
    const sid = ++sessionIds;
    const reply = send({ op: "open", sid, limits, inputsJson: encoded.json, timeMs: limits.timeMs });
    if (!reply.success) return reply;
    session = { sid, generation: currentEngineGeneration() };
    return { success: true, value: sid };
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
      const opened = session === undefined ? open() : { success: true as const, value: session.sid };
      if (!opened.success) return opened;
      return send({ op, sid: opened.value, code, timeMs: limits.timeMs, outputChars: limits.outputChars });
    },
    call(operation, args) {
      if (!alive()) return { success: false, message: "Error: the code-action scope was reset" };
      return send({ op: "call", sid: session!.sid, operation, args, timeMs: limits.timeMs });
    },
    close() {
      if (alive()) postEngine({ op: "close", sid: session!.sid });
      session = undefined;
    },
  };
}
