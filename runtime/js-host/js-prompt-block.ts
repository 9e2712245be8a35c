import type { BlockDescriptor, BlockInvocation, BlockRead } from "../block.js";
import type { PromptBlock, PromptInput } from "../prompt/prompt-block.js";
import { renderValue } from "../prompt/render-value.js";
import { substituteInterpolations } from "../prompt/substitute-interpolations.js";
import { exitsFor } from "../protocol/exits-for.js";

/** The language-neutral prompt description of a TypeScript block and its live values. */
export function jsPromptBlock(block: BlockDescriptor, invocation: BlockInvocation): PromptBlock {
  const declared = new Set(block.types.map((type) => type.name));
  const prompt: PromptBlock = {
    language: "JavaScript",
    instruction: substituteInterpolations(block.instruction, invocation.interpolations),
    // Enums and types the Types section declares need no line of their own; classes, see withConstructibleClasses.
    inputs: block.reads.filter((read) => read.kind === "value" || read.kind === "function" || (read.kind !== "class" && !declared.has(read.name))).map((read) => promptInput(read, invocation)),
    outputs: block.writes.map((write) => ({ name: write.target, typeText: write.typeText, optional: write.optional === true })),
    types: block.types,
    exits: {
      loop: block.exits.loop !== undefined,
      ...(block.exits.loop?.labels ? { loopLabels: block.exits.loop.labels } : {}),
      ...(block.exits.return === undefined ? {} : { returnType: block.exits.return.typeText }),
      throws: block.exits.throws,
      needArgs: block.exits.throws.filter((name) => block.exits.constructors?.[name]?.safeParse(["message"]).success === false),
    },
    baseError: "Error",
  };
  return withConstructibleClasses(prompt, block);
}

function promptInput(read: BlockRead, invocation: BlockInvocation): PromptInput {
  if (read.kind !== "value") return { name: read.name, kind: read.kind, typeText: read.typeText };
  const preview = renderValue(invocation.scope[read.name]);
  return { name: read.name, kind: read.kind, typeText: read.typeText, value: preview.text, shortened: preview.shortened };
}

/**
 * A class the block names can be constructed by code actions, but only as `await new Name(…)` (the call crosses
 * to the program); a model writing plain `new Name(…)` gets a promise. Where code actions are advertised, each
 * such class gets an input line saying so (its declaration is under Types). No other class gets a line: error
 * classes are named under Exits (`raise` builds them), and without code actions the runtime constructs class
 * outputs itself, so the line would only cost tokens.
 */
function withConstructibleClasses(prompt: PromptBlock, block: BlockDescriptor): PromptBlock {
  const classes = block.reads.filter((read) => read.kind === "class" && !block.exits.throws.includes(read.name));
  if (classes.length === 0 || !exitsFor(prompt).codeActions) return prompt;
  const added = classes.map((read): PromptInput => ({ name: read.name, kind: "class", typeText: read.typeText }));
  return { ...prompt, inputs: [...prompt.inputs, ...added] };
}
