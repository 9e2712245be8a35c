import type { ReadKind } from "../block.js";
import type { HostLanguage } from "../protocol/tool-definitions.js";

/** One input as the prompt shows it; `value` is already rendered in the host language's notation. */
export interface PromptInput {
  name: string;
  kind: ReadKind;
  typeText: string;
  /** Rendered value of a `value` read (one line); absent for functions, classes, enums and types. */
  value?: string;
  /** Part of the value was left out; the model is told to inspect it with `eval`. */
  shortened?: boolean;
}

/** Everything the user message states about a block, language-neutral (both hosts render through it). */
export interface PromptBlock {
  language: HostLanguage;
  /** The instruction with its marks, interpolations already substituted. */
  instruction: string;
  inputs: PromptInput[];
  /** `optional`: the model may leave the output out and the program keeps its value. */
  outputs: { name: string; typeText: string; optional?: boolean }[];
  types: { name: string; text: string }[];
  exits: {
    loop: boolean;
    /** Labelled loops around the block that `break`/`continue` may name (innermost first). */
    loopLabels?: string[];
    /** Return type text, when the block sits in a function. */
    returnType?: string;
    /** Error types the block may raise besides the host's base error type. */
    throws: string[];
    /** Error types whose constructor needs more than the message: the model passes `error.args`. */
    needArgs?: string[];
  };
  /** The host's base error type: `Error` (JavaScript) or `Exception` (Python). */
  baseError: string;
}
