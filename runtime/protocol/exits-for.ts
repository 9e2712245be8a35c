/**
 * Which tools a block advertises to the model. A block that only computes outputs needs `done` alone; sending
 * `eval`/`exec` or `return`/`raise`/`break`/`continue` definitions it will never use costs prompt tokens on every
 * round trip. The instruction's wording decides, the way a reader would: "break", "stop", "skip", "return",
 * "throw", "fail"... A block that names an error class always advertises `raise`. Code actions are advertised
 * when the model cannot answer from the message alone: an input was shortened or is a function, or the wording
 * asks to change inputs in place, to hand back the program's own objects, or to calculate. Whatever is not
 * advertised but allowed at the site is still accepted when called.
 */
import type { PromptBlock } from "../prompt/prompt-block.js";
import type { OfferedExits, OptionalExitName } from "./tool-names.js";

const wording: Record<OptionalExitName, RegExp> = {
  break: /\b(break|stop|leave|exit|quit|abort|halt|end the loop|no more|done with)\b/i,
  continue: /\b(continue|skip|next|move on|ignore|go on)\b/i,
  return: /\b(return|returns|returning|give back|hand back|result of the function|exit the function)\b/i,
  raise: /\b(throw|throws|raise|raises|error|fail|fails|reject|rejects|exception|invalid|refuse)\b/i,
};

/** Wording that asks for code: changes in place, the program's own objects, or arithmetic over data. */
const asksForCode =
  /\b(in place|same objects?|very objects?|itself|themselves|apply|set|add|append|insert|remove|delete|update|change|modify|mutate|increment|decrement|rename|replace|sort|compute|calculate|sum|average|count how many)\b/i;

/** The block as far as the choice depends on it. */
export type ExitsBlock = Pick<PromptBlock, "instruction" | "exits"> & Partial<Pick<PromptBlock, "inputs" | "outputs">>;

/** The exits the site allows (`loop`, `function`), the tools worth advertising for this instruction, and whether the exits carry outputs. */
export function exitsFor(block: ExitsBlock): OfferedExits {
  const loop = block.exits.loop;
  const inFunction = block.exits.returnType !== undefined;
  const asks = (exit: OptionalExitName) => wording[exit].test(block.instruction);
  const advertised = new Set<OptionalExitName>();
  if (loop && asks("break")) advertised.add("break");
  if (loop && asks("continue")) advertised.add("continue");
  if (inFunction && asks("return")) advertised.add("return");
  if (block.exits.throws.length > 0 || asks("raise")) advertised.add("raise");
  return { loop, function: inFunction, advertised, codeActions: needsCode(block), outputs: (block.outputs ?? []).length > 0 };
}

function needsCode(block: ExitsBlock): boolean {
  const inputs = block.inputs ?? [];
  return inputs.some((input) => input.shortened === true || input.kind === "function") || asksForCode.test(block.instruction);
}
