/**
 * Narrows a JSON schema (as zod writes it) to the subset node-llama-cpp compiles into a grammar: `type`,
 * `const`, `enum`, `oneOf`, objects, arrays, string lengths and date formats, `$defs`/`$ref`. What the subset
 * cannot say is dropped, which only widens the grammar (a `pattern`, `minimum`); validation after decoding
 * still checks the full schema.
 */

/** A schema in node-llama-cpp's grammar subset (kept structural: this file never loads node-llama-cpp). */
export type GrammarSchema = { readonly [key: string]: unknown };

type JsonSchema = Record<string, unknown>;

/** Any JSON value (node-llama-cpp reads a schema without `type` as `null` only). */
export const anyJson: GrammarSchema = {
  oneOf: [{ type: ["string", "number", "boolean", "null"] }, { type: "array" }, { type: "object", additionalProperties: true }],
};

const scalarTypes = new Set(["string", "number", "integer", "boolean", "null"]);
const formats = new Set(["date-time", "date", "time"]);

/** The schema in the grammar subset; definitions found at any depth are gathered into its root `$defs`. */
export function toGrammarSchema(schema: unknown): GrammarSchema {
  if (typeof schema !== "object" || schema === null) return schema === false ? { type: "null" } : anyJson;
  const defs: Record<string, GrammarSchema> = {};
  const converted = convert(schema as JsonSchema, defs);
  return Object.keys(defs).length === 0 ? converted : { ...converted, $defs: defs };
}

function convert(schema: JsonSchema, defs: Record<string, GrammarSchema>): GrammarSchema {
  const local = schema.$defs ?? schema.definitions;
  if (typeof local === "object" && local !== null) {
    for (const [name, def] of Object.entries(local as Record<string, JsonSchema>)) defs[name] = convert(def, defs);
  }
  return convertBody(schema, defs);
}

function convertBody(schema: JsonSchema, defs: Record<string, GrammarSchema>): GrammarSchema {
  const recurse = (part: JsonSchema) => convert(part, defs);
  if (typeof schema.$ref === "string") return { $ref: schema.$ref.replace("#/definitions/", "#/$defs/") };
  if ("const" in schema) return { const: schema.const };
  if (Array.isArray(schema.enum)) return { enum: schema.enum };
  const alternatives = (schema.anyOf ?? schema.oneOf) as unknown;
  if (Array.isArray(alternatives)) return union((alternatives as JsonSchema[]).map(recurse));
  const type = schema.type;
  if (Array.isArray(type)) return union(type.map((item) => recurse({ ...schema, type: item })));
  switch (type) {
    case "object":
      return object(schema, recurse);
    case "array":
      return array(schema, recurse);
    case "string":
      return string(schema);
    default:
      return typeof type === "string" && scalarTypes.has(type) ? { type } : anyJson;
  }
}

/** A string whose `pattern` the grammar cannot say: any string (kept apart to be recognised in unions). */
const patternString: GrammarSchema = { type: "string" };

/**
 * A union without its unconstrained members: in a JSON reply those stand for live values (a `Date`, a class
 * instance) whose JSON form is another member. A union of nothing but such members accepts anything. Beside a
 * dated string, a patterned string (zod's local date-time) is left out too, so a date is decoded as a date.
 */
function union(members: GrammarSchema[]): GrammarSchema {
  const dated = members.some((member) => typeof member.format === "string");
  const constrained = members.filter((member) => member !== anyJson && !(dated && member === patternString));
  if (constrained.length === 0) return anyJson;
  return constrained.length === 1 ? constrained[0]! : { oneOf: constrained };
}

type Recurse = (part: JsonSchema) => GrammarSchema;

function object(schema: JsonSchema, convert: Recurse): GrammarSchema {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const extra = schema.additionalProperties;
  // A record (`Record<string, T>`) has no properties, only a schema for the rest.
  const additional = typeof extra === "object" && extra !== null ? convert(extra as JsonSchema) : properties.length === 0 && extra !== false;
  return {
    type: "object",
    properties: Object.fromEntries(properties.map(([name, property]) => [name, convert(property)])),
    ...(additional === false ? {} : { additionalProperties: additional }),
  };
}

function array(schema: JsonSchema, convert: Recurse): GrammarSchema {
  const items = schema.items;
  const prefix = schema.prefixItems;
  return {
    type: "array",
    ...(typeof items === "object" && items !== null ? { items: convert(items as JsonSchema) } : {}),
    ...(Array.isArray(prefix) ? { prefixItems: (prefix as JsonSchema[]).map(convert) } : {}),
    ...(typeof schema.minItems === "number" ? { minItems: schema.minItems } : {}),
    ...(typeof schema.maxItems === "number" ? { maxItems: schema.maxItems } : {}),
  };
}

function string(schema: JsonSchema): GrammarSchema {
  if (typeof schema.format === "string" && formats.has(schema.format)) return { type: "string", format: schema.format };
  if (typeof schema.pattern === "string" && schema.minLength === undefined && schema.maxLength === undefined) return patternString;
  return {
    type: "string",
    ...(typeof schema.minLength === "number" ? { minLength: schema.minLength } : {}),
    ...(typeof schema.maxLength === "number" ? { maxLength: schema.maxLength } : {}),
  };
}
