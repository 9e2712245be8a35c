import type { BlockWrite } from "../block.js";
import type { HostResult } from "../episode/host.js";
import type { ObjectChange } from "../sandbox/index.js";
import { inspectModelValue } from "../state/inspect-model-value.js";
import { validateValue, type Validation, type ValidationIssue } from "../state/validate-value.js";
import type { ScopeReader } from "./scope-reader.js";

/** Options of {@link collectOutputs}. */
export interface CollectOutputsOptions {
  writes: readonly BlockWrite[];
  /** The exit's `outputs` argument, if any. */
  outputs: Record<string, unknown> | undefined;
  read: ScopeReader;
  /** In-place changes (staged, not yet applied), for outputs like `order.status` read from scope. */
  changes: readonly ObjectChange[];
  isProgramObject: (value: object) => boolean;
  /**
   * `done` must produce every output that is not optional; `break`/`continue`/`return` write only those given
   * or in scope: leaving early need not produce what the rest of the iteration would have.
   */
  requireAll: boolean;
}

/**
 * Each output from the exit's `outputs`, else from the scope variable (or property path) of that name: checked
 * as model data (see inspect-model-value.ts), then validated against its schema; the parsed value is the one
 * written. Issues of all outputs are reported together.
 */
export function collectOutputs(options: CollectOutputsOptions): HostResult<Validation<Record<string, unknown>>> {
  const { writes, outputs = {}, requireAll } = options;
  const given = (target: string): boolean => Object.hasOwn(outputs, target);
  const unknown = Object.keys(outputs).filter((key) => !writes.some((write) => write.target === key));
  const issues: ValidationIssue[] = unknown.map((key) => ({
    path: key,
    message: writes.length === 0
      ? "this block has no outputs; change input objects with exec instead"
      : `not an output of this block (outputs: ${writes.map((write) => write.target).join(", ")}); change input objects with exec instead`,
  }));
  const fromScope = readTargets({ read: options.read, changes: options.changes, targets: writes.map((write) => write.target).filter((target) => !given(target)) });
  if (!fromScope.success) return fromScope;
  const values: Record<string, unknown> = {};
  for (const write of writes) {
    const found = given(write.target) || fromScope.value.has(write.target);
    const raw = given(write.target) ? outputs[write.target] : fromScope.value.get(write.target);
    if (!found && (!requireAll || write.optional)) continue;
    if (!found) {
      issues.push({ path: write.target, message: `missing (type ${write.typeText}): pass it in outputs, or assign it with exec` });
      continue;
    }
    const unsafe = inspectModelValue(raw, { name: write.target, isProgramObject: options.isProgramObject });
    const checked: Validation = unsafe.length > 0 ? { success: false, issues: unsafe } : validateValue({ schema: write.schema, value: raw, name: write.target });
    if (checked.success) values[write.target] = checked.value;
    else issues.push(...checked.issues);
  }
  return { success: true, value: issues.length > 0 ? { success: false, issues } : { success: true, value: values } };
}

/**
 * Reads targets from scope: `answer` as a variable, `order.status` by walking from `order` through the staged
 * changes (the program's objects still hold their old values). A path whose field is absent (`enemy.name` on an
 * enemy made without a name) is not found: it is reported once, by the output or type that requires it.
 */
function readTargets(options: { read: ScopeReader; changes: readonly ObjectChange[]; targets: string[] }): HostResult<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  if (options.targets.length === 0) return { success: true, value: values };
  const roots = [...new Set(options.targets.map((target) => target.split(".")[0] ?? target))];
  const read = options.read(roots);
  if (!read.success) return read;
  const changed = new Map(options.changes.map((change) => [change.target, change]));
  for (const target of options.targets) {
    const [root = target, ...path] = target.split(".");
    if (!Object.hasOwn(read.value, root)) continue;
    let field: Field = { present: true, value: read.value[root] };
    for (const key of path) if (field.present) field = fieldAfterChanges(field.value, key, changed);
    if (field.present) values.set(target, field.value);
  }
  return { success: true, value: values };
}

type Field = { present: true; value: unknown } | { present: false };

function fieldAfterChanges(holder: unknown, key: string, changed: Map<object, ObjectChange>): Field {
  if (typeof holder !== "object" || holder === null) return { present: false };
  const change = changed.get(holder);
  if (change?.kind === "fields") {
    if (change.set.has(key)) return { present: true, value: change.set.get(key) };
    if (change.removed.includes(key)) return { present: false };
  }
  // Output paths come from the program's source (never from the model), so plain property access is right here.
  return key in holder ? { present: true, value: (holder as Record<string, unknown>)[key] } : { present: false };
}
