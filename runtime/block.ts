/**
 * The block descriptor: everything the compiler knows statically about one natural block.
 * It is the only thing the compiler and the runtime share. Generated code hoists one descriptor per block
 * to module level and passes it, with the block's live values, to `runBlock` (see `internal.ts`).
 */

/**
 * What the runtime needs of a schema: zod's `safeParse`. Declared here instead of importing zod's types so
 * that type-checking a program that imports `nightjar-ts` never loads zod's declarations (about 1 s of the
 * compiler's first run).
 */
export interface ValueSchema {
  safeParse(value: unknown):
    | { success: true; data: unknown }
    | { success: false; error: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }> } };
}

/** Where a block stands in the original source (1-based line and column). */
export interface BlockLocation {
  file: string;
  line: number;
  column: number;
}

/** What kind of binding a `<name>` read refers to; decides how it is shown to the model. */
export type ReadKind = "value" | "function" | "class" | "enum" | "type";

/** One `<name>` the block reads. Values (and classes/enums/functions) arrive at run time in `scope[name]`. */
export interface BlockRead {
  name: string;
  kind: ReadKind;
  /** TypeScript type text shown to the model, e.g. `{ title: string; year: number }[]`. */
  typeText: string;
  /**
   * For object and array values the block may change in place: their type as a schema. Changes a code action
   * makes to them are validated against it before they are committed to the program's objects.
   */
  schema?: ValueSchema;
  /**
   * For a function read: the schema of what a call gives (its promise awaited). Code actions may call the
   * functions and classes the block names; a result that does not match is refused. Absent when the return
   * type has no schema (the result goes into the sandbox unchecked).
   */
  returns?: ValueSchema;
}

/**
 * Schemas in a descriptor parse the model's JSON form into the program's values: a `Date` from an ISO string,
 * a class instance from a plain object (given the class's prototype), an enum member from its value (or its
 * member name). They also accept the program's own live values unchanged.
 */

/** One `<:target>` the block writes: a `let` variable (`answer`) or a property path (`order.status`). */
export interface BlockWrite {
  /** The mark's text without `<:` `>`: `answer` or `order.status`. The model uses it as the output key. */
  target: string;
  typeText: string;
  schema: ValueSchema;
  /**
   * The target already holds a value (a `let` with an initializer, a property) or its type admits `undefined`:
   * the model may leave it out, and the program's value stays as it is. Otherwise `done` requires it.
   */
  optional?: boolean;
}

/** A type the instruction names (interface, alias, enum, class, error class), described to the model. */
export interface BlockTypeDeclaration {
  name: string;
  /** Declaration text for the prompt, e.g. `enum Category { Presale = "Pre-sale question", ... }`. */
  text: string;
}

/** Which ways out of the block the program allows. */
export interface BlockExits {
  /**
   * Present when the block sits in a loop: `break` and `continue` are offered. `labels`: the labelled loops
   * around the block (innermost first) that `break`/`continue` may name to leave or go on with an outer loop.
   */
  loop?: { label?: string; labels?: string[] };
  /** Present when the block sits in a function: `return` is offered, validated by `schema`. */
  return?: { typeText: string; schema: ValueSchema };
  /** Names of error classes the block may throw (each must be in the block's reads); `Error` is always allowed. */
  throws: string[];
  /**
   * The declared constructor parameters of thrown classes, as a schema of the argument list, by class name.
   * A `raise` builds the error through them (`error.args`, or the message alone when they accept it).
   */
  constructors?: Record<string, ValueSchema>;
}

/** Everything static about one block. */
export interface BlockDescriptor {
  /** Stable id, `relative/file.ts:line:column`. */
  id: string;
  location: BlockLocation;
  /**
   * The instruction as written, with its `<name>` / `<:name>` marks; each `${expr}` interpolation is replaced
   * by `${0}`, `${1}`, ... and its value arrives at run time in `BlockInvocation.interpolations`.
   */
  instruction: string;
  reads: BlockRead[];
  writes: BlockWrite[];
  types: BlockTypeDeclaration[];
  exits: BlockExits;
}

/** The live part of one execution, built by generated code at the block site. */
export interface BlockInvocation {
  /** Current value of every read, keyed by name (classes, enums and functions included). */
  scope: Record<string, unknown>;
  /** Values of the `${expr}` interpolations, in order. */
  interpolations: unknown[];
}

/** How a block ended; generated code assigns `writes` and then dispatches on `exit`. */
export type BlockOutcome =
  /** `label`: the labelled loop a `break`/`continue` names (absent: the innermost loop). */
  | { exit: "done" | "break" | "continue"; writes: Record<string, unknown>; label?: string }
  | { exit: "return"; writes: Record<string, unknown>; value: unknown };
