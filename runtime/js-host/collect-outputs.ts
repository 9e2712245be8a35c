import type { BlockWrite } from "../block.js";
import type { HostResult } from "../episode/host.js";
import { validateValue, type Validation, type ValidationIssue } from "../state/validate-value.js";
import type { ScopeReader } from "./scope-reader.js";

/** Options of {@link collectOutputs}. */
export interface CollectOutputsOptions {
  writes: readonly BlockWrite[];
  /** The exit's `outputs` argument, if any. */
  outputs: Record<string, unknown> | undefined;
  read: ScopeReader;
  /** New values of inputs changed in place (staged, not yet applied), for outputs like `order.status`. */
  changedInputs: Record<string, unknown>;
  /**
   * `done` must produce every output that is not optional; `break`/`continue`/`return` write only those given
   * or in scope: leaving early need not produce what the rest of the iteration would have.
   */
  requireAll: boolean;
}

/**
 * Each output from the exit's `outputs`, else from the scope variable (or property path) of that name,
 * validated against its schema. Issues of all outputs are reported together.
 */
export function collectOutputs(options: CollectOutputsOptions): HostResult<Validation<Record<string, unknown>>> {
  const { writes, outputs = {}, requireAll } = options;
  const unknown = Object.keys(outputs).filter((key) => !writes.some((write) => write.target === key));
  const issues: ValidationIssue[] = unknown.map((key) => ({
    path: key,
    message: writes.length === 0
      ? "this block has no outputs; change input objects with exec instead"
      : `not an output of this block (outputs: ${writes.map((write) => write.target).join(", ")}); change input objects with exec instead`,
  }));
  const fromScope = readTargets({ read: options.read, changedInputs: options.changedInputs, targets: writes.map((write) => write.target).filter((target) => !(target in outputs)) });
  if (!fromScope.success) return fromScope;
  const values: Record<string, unknown> = {};
  for (const write of writes) {
    const given = write.target in outputs;
    const found = given || write.target in fromScope.value;
    const raw = given ? outputs[write.target] : fromScope.value[write.target];
    if (!found && (!requireAll || write.optional)) continue;
    const checked = validateValue({ schema: write.schema, value: raw, name: write.target });
    if (checked.success) values[write.target] = checked.value;
    else if (!found) issues.push({ path: write.target, message: `missing (type ${write.typeText}): pass it in outputs, or assign it with exec` });
    else issues.push(...checked.issues);
  }
  return { success: true, value: issues.length > 0 ? { success: false, issues } : { success: true, value: values } };
}

/**
 * Reads targets from scope: `answer` as a variable, `order.status` by walking from `order` — from its staged
 * new value if a code action changed it in place (the program's object still holds the old one).
 */
function readTargets(options: { read: ScopeReader; changedInputs: Record<string, unknown>; targets: string[] }): HostResult<Record<string, unknown>> {
  if (options.targets.length === 0) return { success: true, value: {} };
  const roots = [...new Set(options.targets.map((target) => target.split(".")[0] ?? target))];
  const read = options.read(roots);
  if (!read.success) return read;
  const values: Record<string, unknown> = {};
  for (const target of options.targets) {
    const [root = target, ...path] = target.split(".");
    if (!(root in read.value)) continue;
    let value: unknown = path.length > 0 && root in options.changedInputs ? options.changedInputs[root] : read.value[root];
    for (const key of path) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
    values[target] = value;
  }
  return { success: true, value: values };
}
