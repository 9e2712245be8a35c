/**
 * Argument schemas of the protocol's tools. Strict objects, so an unknown argument comes back to the model as
 * an error instead of being ignored.
 */
import { z } from "zod";
import { safeParseJson } from "./safe-parse-json.js";
import type { ToolName } from "./tool-names.js";

/** Some models send `outputs` JSON-encoded as a string; it is accepted when the string is a JSON object. */
const outputs = z
  .preprocess((value) => {
    if (typeof value !== "string") return value;
    const parsed = safeParseJson(value);
    return parsed.success ? parsed.value : value;
  }, z.record(z.string(), z.unknown()))
  .optional();
/**
 * Statements an exit runs in the code-action scope before it finishes, as `exec` would: a block that changes its
 * inputs in place finishes in one call under `parallel_tool_calls: false`. If they fail, nothing finishes.
 */
const code = z.string().describe("statements to run first").optional();
const exitWithOutputs = z.strictObject({ outputs, code });
/** `label` names a labelled loop around the block (`break outer`); absent, the innermost loop. */
const exitToLoop = z.strictObject({ outputs, code, label: z.string().optional() });

export const toolArguments = {
  eval: z.strictObject({ expression: z.string() }),
  exec: z.strictObject({ code: z.string() }),
  done: exitWithOutputs,
  break: exitToLoop,
  continue: exitToLoop,
  return: z.strictObject({ value: z.unknown().optional(), variable: z.string().optional(), code }),
  raise: z.strictObject({
    variable: z.string().optional(),
    error: z.strictObject({ type: z.string(), message: z.string(), args: z.array(z.unknown()).optional() }).optional(),
  }),
} satisfies Record<ToolName, z.ZodType>;

export type ToolArguments = { [Name in ToolName]: z.infer<(typeof toolArguments)[Name]> };
