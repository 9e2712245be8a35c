import type { BlockDescriptor, BlockInvocation } from "../block.js";
import type { PromptBlock, PromptInput } from "../prompt/prompt-block.js";
import { renderValue } from "../prompt/render-value.js";
import { substituteInterpolations } from "../prompt/substitute-interpolations.js";

/** The language-neutral prompt description of a TypeScript block and its live values. */
export function jsPromptBlock(block: BlockDescriptor, invocation: BlockInvocation): PromptBlock {
  const declared = new Set(block.types.map((type) => type.name));
  const inputs = block.reads
    // Classes, enums and types the Types section declares need no line of their own.
    .filter((read) => read.kind === "value" || read.kind === "function" || !declared.has(read.name))
    .map((read): PromptInput => {
      if (read.kind !== "value") return { name: read.name, kind: read.kind, typeText: read.typeText };
      const preview = renderValue(invocation.scope[read.name]);
      return { name: read.name, kind: read.kind, typeText: read.typeText, value: preview.text, shortened: preview.shortened };
    });
  return {
    language: "JavaScript",
    instruction: substituteInterpolations(block.instruction, invocation.interpolations),
    inputs,
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
}
