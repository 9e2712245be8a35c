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

/** `done`, `break` and `continue` need no words: their names say it, and the exits' arguments speak for themselves. */
function descriptions(language: HostLanguage): Record<ToolName, string> {
  return {
    eval: `Evaluate a ${language} expression`,
    exec: `Run ${language} statements`,
    done: "",
    break: "",
    continue: "",
    return: "Return `value` or the variable named `variable`",
    raise: "Throw a new `error` or the one in variable `variable`",
  };
}

/** What a block's definitions include besides each tool's fixed arguments (both by default). */
export interface ToolDefinitionOptions {
  /** The exits' `code` argument (with `eval`/`exec` advertised). */
  codeActions?: boolean;
  /** The exits' `outputs` argument (the block has outputs). */
  outputs?: boolean;
}

/**
 * All tool definitions for a host language. A block that needs no code, or has no outputs, should not pay for
 * describing the exits' `code` or `outputs` argument: those are left out of the definitions (and still
 * accepted, as `eval`/`exec` are).
 */
export function toolDefinitions(language: HostLanguage, { codeActions = true, outputs = true }: ToolDefinitionOptions = {}): Record<ToolName, ToolDefinition> {
  const described = descriptions(language);
  const entries = (Object.keys(toolArguments) as ToolName[]).map((name) => {
    const parameters = parametersOf(toolArguments[name]);
    const properties = parameters.properties as Record<string, unknown>;
    if (!codeActions && name !== "exec") delete properties.code;
    if (!outputs) delete properties.outputs;
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
