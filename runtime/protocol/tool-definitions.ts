/**
 * JSON-schema definitions of the protocol's tools, as sent to the model. Descriptions are terse on purpose:
 * every word here is paid for in prompt tokens on every block.
 */
import type { ToolDefinition } from "../model/chat-model.js";
import type { ToolName } from "./tool-names.js";

const outputsParameter = {
  type: "object",
  properties: { outputs: { type: "object", description: "Output values keyed by output name" } },
};

/** `label`: a labelled loop around the block, for `break outer` / `continue outer`. */
const loopParameters = { type: "object", properties: { ...outputsParameter.properties, label: { type: "string" } } };

/** Describes the host language to the model; only `eval`/`exec` mention it. */
export type HostLanguage = "JavaScript" | "Python";

/** All tool definitions for a host language. */
export function toolDefinitions(language: HostLanguage): Record<ToolName, ToolDefinition> {
  return {
    eval: {
      name: "eval",
      description: `Evaluate a ${language} expression in the block's scope; returns its value`,
      parameters: { type: "object", properties: { expression: { type: "string" } }, required: ["expression"] },
    },
    exec: {
      name: "exec",
      description: `Run ${language} statements; assigned top-level names stay in scope`,
      parameters: { type: "object", properties: { code: { type: "string" } }, required: ["code"] },
    },
    done: { name: "done", description: "Finish the block", parameters: outputsParameter },
    break: { name: "break", description: "Finish and leave the enclosing loop", parameters: loopParameters },
    continue: { name: "continue", description: "Finish and go to the next loop iteration", parameters: loopParameters },
    return: {
      name: "return",
      description: "Return from the enclosing function: `value`, or the scope variable named `variable`",
      parameters: { type: "object", properties: { value: {}, variable: { type: "string" } } },
    },
    raise: {
      name: "raise",
      description: "Throw the error in scope variable `variable`, or a new `error` of an allowed type",
      parameters: {
        type: "object",
        properties: {
          variable: { type: "string" },
          error: {
            type: "object",
            // `args`: the constructor's arguments, for error classes whose constructor takes more than a message.
            properties: { type: { type: "string" }, message: { type: "string" }, args: { type: "array" } },
            required: ["type", "message"],
          },
        },
      },
    },
  };
}
