/**
 * Every diagnostic the compiler reports, in one registry. Codes are stable: tests, docs and users' CI logs
 * refer to them, so a code is never reused for another meaning.
 */
export const codes = {
  NJ001: { category: "error", summary: "unknown name in a <name> or <:name> mark" },
  NJ002: { category: "error", summary: "<:name> writes a binding that is not a `let` variable" },
  NJ003: { category: "error", summary: "<:obj.prop> writes a property that does not exist, is read-only or may be absent" },
  NJ004: { category: "error", summary: "natural block is not awaited as a statement" },
  NJ005: { category: "error", summary: "`natural` used as a value instead of as a template tag" },
  NJ006: { category: "error", summary: "natural block outside an async function" },
  NJ007: { category: "error", summary: "an output's type cannot be validated at run time" },
  NJ008: { category: "warning", summary: "the instruction mentions break/continue but the block is not in a loop" },
  NJ009: { category: "warning", summary: "the instruction mentions return but the function's return type cannot be validated" },
  NJ010: { category: "error", summary: "natural block with an empty instruction" },
  NJ011: { category: "error", summary: "text that starts like a mark (`<:...`, `< name>`) is not a well-formed mark" },
  NJ012: { category: "warning", summary: "the instruction asks a block inside a generator to yield, which a block cannot do" },
  NJ013: { category: "warning", summary: "TypeScript narrows an output's `let` to its initial value, so code after the block sees the wrong type" },
} as const satisfies Record<string, { category: "error" | "warning"; summary: string }>;

/** A code from the registry. */
export type DiagnosticCode = keyof typeof codes;
