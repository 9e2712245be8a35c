/**
 * The user message: everything the model needs to finish in one call. The instruction comes first, without a
 * header (it is the message's first paragraph); each input sits on its own line with its value rendered as a
 * one-line literal, so data cannot imitate the message's structure.
 */
import { exitsFor } from "../protocol/exits-for.js";
import type { OfferedExits } from "../protocol/tool-names.js";
import type { PromptBlock, PromptInput } from "./prompt-block.js";

/** `exits` is the block's `exitsFor` result, which the caller also hands to the episode; computed here if absent. */
export function renderUserMessage(block: PromptBlock, exits: OfferedExits = exitsFor(block)): string {
  const sections = [
    block.instruction,
    block.inputs.length > 0 ? `Inputs:\n${block.inputs.map((input) => renderInput(input, block.language)).join("\n")}` : "",
    block.outputs.length > 0 ? renderOutputs(block.outputs) : "",
    block.types.length > 0 ? `Types:\n${block.types.map((type) => type.text).join("\n")}` : "",
    renderExits(block, exits),
  ];
  return sections.filter((section) => section !== "").join("\n\n");
}

/** `name?:` marks an output the model may leave out (the program keeps its value); said once, only when present. */
function renderOutputs(outputs: PromptBlock["outputs"]): string {
  const optional = outputs.some((output) => output.optional) ? " (? = may stay unchanged)" : "";
  const lines = outputs.map((output) => `${output.name}${output.optional ? "?" : ""}: ${output.typeText}`);
  return `Outputs${optional}:\n${lines.join("\n")}`;
}

function renderNeedArgs(names: string[] = []): string {
  return names.length === 0 ? "" : `; ${names.join(", ")}: pass the constructor's arguments in error.args`;
}

function renderInput(input: PromptInput, language: PromptBlock["language"]): string {
  // A JavaScript code action calls a program function through the host: the call gives a promise.
  if (input.kind === "function" && language === "JavaScript") return `${input.name}: ${input.typeText} (program function; in eval/exec: await ${input.name}(…))`;
  if (input.kind === "function") return `${input.name}: ${input.typeText} (function, call it in eval/exec)`;
  // Listed only when code actions may construct it (js-host/js-prompt-block.ts); it is declared under Types.
  if (input.kind === "class" && language === "JavaScript") return `${input.name}: program class; in eval/exec: await new ${input.name}(…)`;
  if (input.value === undefined) return `${input.name}: ${input.typeText}`;
  const hint = input.shortened ? " (shortened; inspect it with eval)" : "";
  return `${input.name}: ${input.typeText} = ${input.value}${hint}`;
}

/**
 * What the tool definitions cannot say about the advertised exits (see protocol/exits-for.ts): the return type,
 * the error types, the labelled loops. `done`, `break` and `continue` need no line: their tools show them.
 */
function renderExits(block: PromptBlock, { advertised }: OfferedExits): string {
  const { exits, baseError } = block;
  const items = [
    ...((advertised.has("break") || advertised.has("continue")) && exits.loopLabels ? [`label (break/continue an outer loop): ${exits.loopLabels.join(", ")}`] : []),
    ...(advertised.has("return") ? [`return (${exits.returnType})`] : []),
    ...(advertised.has("raise") ? [`raise (${[...exits.throws, baseError].join(", ")}${renderNeedArgs(exits.needArgs)})`] : []),
  ];
  return items.length === 0 ? "" : `Exits: ${items.join("; ")}`;
}
