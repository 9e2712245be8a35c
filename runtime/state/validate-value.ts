import type { ValueSchema } from "../block.js";

/** One way a value failed its type; `path` starts with the output or input name. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Expected failures are values: the parsed value, or the issues. */
export type Validation<T = unknown> = { success: true; value: T } | { success: false; issues: ValidationIssue[] };

/**
 * Parses `value` with `schema` (which also revives Dates, enum members and class instances). A value the
 * parse cannot finish (a cycle in the program's data makes a recursive schema recurse for ever) is an issue.
 */
export function validateValue(options: { schema: ValueSchema; value: unknown; name: string }): Validation {
  let result: ReturnType<ValueSchema["safeParse"]>;
  try {
    result = options.schema.safeParse(options.value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { success: false, issues: [{ path: options.name, message: "the value is nested too deeply (or cyclic) to be checked against its type" }] };
  }
  if (result.success) return { success: true, value: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({ path: joinPath(options.name, issue.path), message: issue.message })),
  };
}

function joinPath(name: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}.${String(key)}`),
    name,
  );
}

/** Renders issues once, for the `Error:` tool result that asks the model to repair. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `- ${issue.path}: ${issue.message}`).join("\n");
}
