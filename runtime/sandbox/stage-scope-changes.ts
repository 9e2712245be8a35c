import type { HostResult } from "../episode/host.js";
import { decodeChanges, type ObjectChange } from "./decode-changes.js";
import { DecodeError, parseReply } from "./decode-sandbox-value.js";
import type { ScopeConnection } from "./scope-connection.js";

export type { ObjectChange } from "./decode-changes.js";

/** In-place changes code actions made to the program's objects, decoded but not applied (see `JsSandbox.stageChanges`). */
export interface StagedJsChanges {
  /** Each changed program object and what changed in it, relative to its content when it was copied in. */
  changes: ObjectChange[];
  /** Inputs whose variable was reassigned in the sandbox; that is not written back (use an output). */
  reboundInputs: string[];
}

const nothingChanged = (): HostResult<StagedJsChanges> => ({ success: true, value: { changes: [], reboundInputs: [] } });

/** Asks the sandbox what changed and decodes it once. Nothing is checked against types or written here. */
export async function stageScopeChanges(scope: ScopeConnection): Promise<HostResult<StagedJsChanges>> {
  if (!scope.started) return nothingChanged();
  const reply = await scope.call("stage", []);
  if (!reply.success) return reply;
  const registry = scope.encoded?.registry ?? [];
  try {
    const report = parseReply(reply.value) as { changed?: unknown; rebound?: unknown };
    const changes = decodeChanges({ changed: report.changed, registry });
    const rebound = Array.isArray(report.rebound) ? report.rebound : [];
    return { success: true, value: { changes, reboundInputs: rebound.filter((name): name is string => typeof name === "string") } };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { success: false, message: `Error: ${error.message}` };
  }
}
