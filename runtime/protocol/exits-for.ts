/**
 * Which exits a block advertises to the model. A block that only computes outputs needs `done` alone; sending
 * `return`/`raise`/`break`/`continue` definitions it will never use would cost about a hundred prompt tokens per
 * round trip. The instruction's wording decides, the way a reader would: "break", "stop", "skip", "return",
 * "throw", "fail"... A block that names an error class always advertises `raise`.
 */
import type { PromptBlock } from "../prompt/prompt-block.js";
import type { OfferedExits, OptionalExitName } from "./tool-names.js";

const wording: Record<OptionalExitName, RegExp> = {
  break: /\b(break|stop|leave|exit|quit|abort|halt|end the loop|no more|done with)\b/i,
  continue: /\b(continue|skip|next|move on|ignore|go on)\b/i,
  return: /\b(return|returns|returning|give back|hand back|result of the function|exit the function)\b/i,
  raise: /\b(throw|throws|raise|raises|error|fail|fails|reject|rejects|exception|invalid|refuse)\b/i,
};

/** The exits the site allows (`loop`, `function`) and those worth advertising for this instruction. */
export function exitsFor(block: Pick<PromptBlock, "instruction" | "exits">): OfferedExits {
  const loop = block.exits.loop;
  const inFunction = block.exits.returnType !== undefined;
  const asks = (exit: OptionalExitName) => wording[exit].test(block.instruction);
  const advertised = new Set<OptionalExitName>();
  if (loop && asks("break")) advertised.add("break");
  if (loop && asks("continue")) advertised.add("continue");
  if (inFunction && asks("return")) advertised.add("return");
  if (block.exits.throws.length > 0 || asks("raise")) advertised.add("raise");
  return { loop, function: inFunction, advertised };
}
