import type { BlockLocation, ReadKind } from "../../runtime/block.js";
import type { NamedTypes, Shape } from "../types/shape.js";

/**
 * Everything the emitters need about one block, as plain data: offsets, names and shapes (no nodes, no checker,
 * no code text), so that no node outlives the analysis and `emit/` is the one place that writes code.
 */
export interface BlockPlan {
  /** Statement `await natural\`...\`;` to replace: offsets in the original text and its line's indentation. */
  statement: { start: number; end: number; indent: string };
  id: string;
  location: BlockLocation;
  instruction: string;
  reads: PlannedRead[];
  writes: PlannedWrite[];
  /** Every named type the block's shapes refer to by name. */
  named: NamedTypes;
  /** Named types the prompt declares: those its reads, writes and return refer to. */
  shownTypes: string[];
  exits: PlannedExits;
  /** Source text of each `${expr}`, in order. */
  interpolations: string[];
}

/** A read. Reads of kind `type` are not passed in `scope`. */
export interface PlannedRead {
  name: string;
  kind: ReadKind;
  /** The value's (or the declared type's) shape; absent when the type cannot be described. */
  shape?: Shape;
  /** The checker's text for a type shown without a shape: functions, values of unsupported types. */
  text?: string;
  /** For a function: the shape of what a call gives (its promise awaited), when it can be validated. */
  returns?: Shape;
  /** Changes a code action makes to the value in place are validated against `shape`. */
  validated: boolean;
}

/** A write to a `let` (`answer`) or a property path (`order.status`). */
export interface PlannedWrite {
  target: string;
  shape: Shape;
  /** The target already holds a value or its type admits `undefined`: the model may leave it out. */
  optional: boolean;
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
    /** Labels of the labelled loops around the block, innermost first: `break`/`continue` may name one. */
    labels?: string[];
  };
  /** Offered when present; without `shape` the function returns nothing (`void`). */
  return?: { shape?: Shape };
  throws: string[];
  /** Constructor argument lists of thrown classes whose parameters can be validated. */
  constructors: { name: string; shape: Shape }[];
}
