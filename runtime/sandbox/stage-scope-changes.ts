import type { HostResult } from "../episode/host.js";
import { DecodeError, decodeSandboxValue, parseReply, defineOwn } from "./decode-sandbox-value.js";
import { planChanges } from "./plan-changes.js";
import type { ScopeConnection } from "./scope-connection.js";

/** In-place changes code actions made to the program's objects, staged (see `JsSandbox.stageChanges`). */
export interface StagedJsChanges {
  /** Fresh copy of the new value of each input whose object graph changed, by input name. */
  changedInputs: Record<string, unknown>;
  /** Inputs whose variable was reassigned in the sandbox; that is not written back (use an output). */
  reboundInputs: string[];
  /** Writes every change into the program's own objects; only the first call does anything. */
  apply(): void;
}

const nothingChanged = (): HostResult<StagedJsChanges> => ({
  success: true,
  value: { changedInputs: {}, reboundInputs: [], apply() {} },
});

/** Asks the sandbox what changed, decodes and checks it all, and returns the (not yet applied) changes. */
export async function stageScopeChanges(scope: ScopeConnection): Promise<HostResult<StagedJsChanges>> {
  if (!scope.started) return nothingChanged();
  const reply = await scope.call("stage", []);
  if (!reply.success) return reply;
  const registry = scope.encoded?.registry ?? [];
  try {
    const report = parseReply(reply.value) as { changed?: unknown; inputs?: unknown; rebound?: unknown };
    const write = planChanges({ changed: report.changed, registry });
    const memo = new Map<number, unknown>();
    const changedInputs: Record<string, unknown> = {};
    for (const pair of asList(report.inputs)) {
      const [name, node] = asList(pair);
      if (typeof name !== "string") throw new DecodeError("the sandbox sent a malformed change");
      defineOwn(changedInputs, name, decodeSandboxValue(node, { registry, mode: "copy", memo }));
    }
    const reboundInputs = asList(report.rebound).filter((name): name is string => typeof name === "string");
    let applied = false;
    const apply = (): void => {
      if (applied) return;
      applied = true;
      write();
    };
    return { success: true, value: { changedInputs, reboundInputs, apply } };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { success: false, message: `Error: ${error.message}` };
  }
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  throw new DecodeError("the sandbox sent a malformed change");
}
