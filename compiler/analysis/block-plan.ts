import type { BlockLocation, ReadKind } from "../../runtime/block.js";
import type { ZodDefinition } from "../emit/emit-zod.js";

/**
 * Everything the rewrite needs about one block, as plain data (texts and offsets, no nodes), so that no node
 * or checker is held once edits begin.
 */
export interface BlockPlan {
  /** Statement `await natural\`...\`;` to replace: offsets in the original text and its line's indentation. */
  statement: { start: number; end: number; indent: string };
  id: string;
  location: BlockLocation;
  instruction: string;
  reads: PlannedRead[];
  writes: PlannedWrite[];
  types: { name: string; text: string }[];
  exits: PlannedExits;
  /** Source text of each `${expr}`, in order. */
  interpolations: string[];
  /** Variables for recursive schemas, defined inside the descriptor factory. */
  definitions: ZodDefinition[];
  /** Classes declared inside functions that schemas need: the factory takes them as parameters. */
  localClasses: string[];
}

/** A read; `schema` and `returns` (what a function read's call gives) are zod text. Reads of kind `type` are not passed in `scope`. */
export interface PlannedRead {
  name: string;
  kind: ReadKind;
  typeText: string;
  schema?: string;
  returns?: string;
}

/** A write; `schema` is zod text. */
export interface PlannedWrite {
  target: string;
  typeText: string;
  schema: string;
}

/** The exits, plus how generated code jumps. */
export interface PlannedExits {
  loop?: {
    /** The user's label, shown in the descriptor. */
    label?: string;
    /** Label the generated `break` uses: the user's, or one the rewrite adds because a `switch` is in between. */
    breakLabel?: string;
    /** Where to insert a generated label (before the loop statement). */
    insertLabelAt?: number;
  };
  return?: { typeText: string; schema: string; hasValue: boolean };
  throws: string[];
}
