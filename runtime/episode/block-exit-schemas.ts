/**
 * The JSON schemas of a TypeScript block's exits (`ExitSchemas`), from the zod schemas its descriptor carries.
 * Built once per block and kept with the descriptor: converting schemas on every execution would be waste.
 */
import { z } from "zod";
import type { BlockDescriptor, ValueSchema } from "../block.js";
import type { ExitSchemas } from "../model/chat-model.js";

const built = new WeakMap<BlockDescriptor, ExitSchemas>();

export function blockExitSchemas(block: BlockDescriptor): ExitSchemas {
  let schemas = built.get(block);
  if (schemas === undefined) {
    const properties = Object.fromEntries(block.writes.map((write) => [write.target, jsonSchemaOf(write.schema)]));
    schemas = {
      outputs: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
      ...(block.exits.return && { returnValue: jsonSchemaOf(block.exits.return.schema) }),
      errorTypes: ["Error", ...block.exits.throws],
    };
    built.set(block, schemas);
  }
  return schemas;
}

/**
 * The JSON form a schema accepts (zod's input side: a `Date` as its ISO text). Parts JSON cannot describe
 * (a live `Date`, a class instance) come out as `{}`, which a consumer treats as "any value".
 */
function jsonSchemaOf(schema: ValueSchema): Record<string, unknown> {
  try {
    return z.toJSONSchema(schema as unknown as z.ZodType, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  } catch {
    // A schema zod cannot walk (e.g. one built by another copy of zod): leave the value unconstrained.
    return {};
  }
}
