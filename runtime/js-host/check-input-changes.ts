import type { BlockRead } from "../block.js";
import { validateValue, type ValidationIssue } from "../state/validate-value.js";
import type { StagedJsChanges } from "../sandbox/index.js";

/** Validates each changed input against its read's schema (inputs without a schema are not checked). */
export function checkInputChanges(options: { staged: StagedJsChanges; reads: readonly BlockRead[] }): ValidationIssue[] {
  return Object.entries(options.staged.changedInputs).flatMap(([name, value]) => {
    const schema = options.reads.find((read) => read.name === name)?.schema;
    if (schema === undefined) return [];
    const checked = validateValue({ schema, value, name });
    return checked.success ? [] : checked.issues;
  });
}
