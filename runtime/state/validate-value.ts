import type { ValueSchema } from "../block.js";

/** One way a value failed its type; `path` starts with the output or input name. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Expected failures are values: the parsed value, or the issues. */
export type Validation<T = unknown> = { success: true; value: T } | { success: false; issues: ValidationIssue[] };

/** Parses `value` with `schema` (which also revives Dates, enum members and class instances). */
export function validateValue(options: { schema: ValueSchema; value: unknown; name: string }): Validation {
  const result = options.schema.safeParse(options.value);
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
