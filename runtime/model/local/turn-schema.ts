/**
 * The schema every local turn is decoded against: exactly one call, `{"name": ..., "arguments": {...}}`, of a
 * tool the request offers, with each tool's arguments in the shape the protocol and the block's own schemas
 * allow (done/break/continue carry the block's outputs, return its return type, raise an allowed error type).
 */
import type { ChatRequest, ExitSchemas } from "../chat-model.js";
import { anyJson, toGrammarSchema, type GrammarSchema } from "./to-grammar-schema.js";

const text = { type: "string" } as const;

/** Arguments of each protocol tool, given the block's schemas (converted, definitions not yet hoisted). */
const argumentsOf: Record<string, (schemas: ExitSchemas | undefined) => GrammarSchema> = {
  eval: () => object({ expression: text }),
  exec: () => object({ code: text }),
  done: outputs,
  break: outputs,
  continue: outputs,
  return: (schemas) => ({
    oneOf: [object({ value: schemas?.returnValue ? toGrammarSchema(schemas.returnValue) : anyJson }), object({ variable: text })],
  }),
  raise: (schemas) => ({
    oneOf: [
      object({ error: object({ type: schemas ? { enum: schemas.errorTypes } : text, message: text }) }),
      object({ variable: text }),
    ],
  }),
};

export function turnSchema(request: Pick<ChatRequest, "tools" | "exitSchemas">): GrammarSchema {
  const defs: Record<string, GrammarSchema> = {};
  // Copies the schema without its `$defs`, gathering them into `defs` (a reviver visits every nested key).
  const hoist = (schema: GrammarSchema): GrammarSchema => JSON.parse(JSON.stringify(schema), (key, value) => {
    if (key !== "$defs") return value;
    Object.assign(defs, value);
    return undefined;
  });
  const calls = request.tools.map((tool) =>
    object({ name: { const: tool.name }, arguments: hoist(argumentsOf[tool.name]?.(request.exitSchemas) ?? toGrammarSchema(tool.parameters)) }),
  );
  // Definitions (recursive output types) must sit at the root for `$ref` to find them.
  return { oneOf: calls, ...(Object.keys(defs).length === 0 ? {} : { $defs: defs }) };
}

function outputs(schemas: ExitSchemas | undefined): GrammarSchema {
  return object({ outputs: schemas ? toGrammarSchema(schemas.outputs) : { type: "object", additionalProperties: true } });
}

function object(properties: Record<string, GrammarSchema>): GrammarSchema {
  return { type: "object", properties };
}
