/**
 * The tool definitions sent to the model, their parameters generated from the zod schemas that check the calls
 * (`tool-arguments.ts`): what is advertised and what is accepted cannot drift apart. Descriptions are terse on
 * purpose: every word here is paid for in prompt tokens on every request.
 */
import { z } from "zod";
import type { ToolDefinition } from "../model/chat-model.js";
import { toolArguments } from "./tool-arguments.js";
import type { ToolName } from "./tool-names.js";

/** Describes the host language to the model; only `eval`/`exec` mention it. */
export type HostLanguage = "JavaScript" | "Python";

/** `done` needs no words: the system message says to finish with it. */
function descriptions(language: HostLanguage): Record<ToolName, string> {
  return {
    eval: `Evaluate a ${language} expression`,
    exec: `Run ${language} statements`,
    done: "",
    break: "Leave the loop",
    continue: "Go to the loop's next iteration",
    return: "Return `value` (or the variable named `variable`) from the function",
    raise: "Throw the error in variable `variable`, or a new `error`",
  };
}

/**
 * All tool definitions for a host language. Without `codeActions` the exits leave out their `code` argument
 * (still accepted, as `eval`/`exec` are), since a block that needs no code should not pay for describing it.
 */
export function toolDefinitions(language: HostLanguage, codeActions = true): Record<ToolName, ToolDefinition> {
  const described = descriptions(language);
  const entries = (Object.keys(toolArguments) as ToolName[]).map((name) => {
    const parameters = parametersOf(toolArguments[name]);
    if (!codeActions && name !== "exec") delete (parameters.properties as Record<string, unknown>).code;
    return [name, { name, description: described[name], parameters }];
  });
  return Object.fromEntries(entries) as Record<ToolName, ToolDefinition>;
}

/**
 * The JSON schema of a tool's arguments as the model reads it. Left out, because each costs prompt tokens on
 * every request and tells a model nothing it can act on: the `$schema` URL, `propertyNames: {type: "string"}`
 * (JSON keys are strings), and `additionalProperties` (strictness is enforced when the call is checked; an
 * unknown argument comes back as an `Error:` result naming it).
 */
function parametersOf(schema: z.ZodType): Record<string, unknown> {
  return compact(z.toJSONSchema(schema, { io: "input" })) as Record<string, unknown>;
}

function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(compact);
  if (typeof node !== "object" || node === null) return node;
  const kept = Object.entries(node).filter(([key]) => key !== "$schema" && key !== "additionalProperties" && key !== "propertyNames");
  return Object.fromEntries(kept.map(([key, value]) => [key, compact(value)]));
}
