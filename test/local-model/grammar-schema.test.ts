/** The grammar subset a local turn is decoded against, from the request's tools and the block's schemas. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { anyJson, toGrammarSchema } from "../../runtime/model/local/to-grammar-schema.js";
import { turnSchema } from "../../runtime/model/local/turn-schema.js";
import { toolDefinitions } from "../../runtime/protocol/tool-definitions.js";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

describe("toGrammarSchema", () => {
  it("keeps objects, arrays, enums, literals and nullable types, and requires every listed property", () => {
    const schema = json(z.object({ tags: z.array(z.string()), kind: z.enum(["a", "b"]), n: z.int().nullable(), flag: z.literal(true) }));
    expect(toGrammarSchema(schema)).toEqual({
      type: "object",
      properties: {
        tags: { type: "array", items: { type: "string" } },
        kind: { enum: ["a", "b"] },
        n: { oneOf: [{ type: "integer" }, { type: "null" }] },
        flag: { const: true },
      },
    });
  });

  it("drops unrepresentable members of a union (a live Date) and keeps their JSON form", () => {
    const date = z.union([z.date(), z.iso.datetime().transform((text) => new Date(text))]);
    expect(toGrammarSchema(json(date))).toEqual({ type: "string", format: "date-time" });
  });

  it("reads an unconstrained schema as any JSON value, not as null", () => {
    expect(toGrammarSchema({})).toBe(anyJson);
    expect(toGrammarSchema(json(z.record(z.string(), z.number())))).toEqual({ type: "object", properties: {}, additionalProperties: { type: "number" } });
  });

  it("hoists definitions of recursive types to the root", () => {
    interface Tree { children: Tree[] }
    const tree: z.ZodType<Tree> = z.object({ children: z.array(z.lazy(() => tree)) });
    const converted = toGrammarSchema(json(z.object({ root: tree })));
    expect(converted.$defs).toBeDefined();
    expect(JSON.stringify(converted)).toMatch(/"\$ref":"#\/\$defs\//);
  });
});

describe("turnSchema", () => {
  const tools = toolDefinitions("JavaScript");

  it("offers exactly the request's tools, each as one call with its own arguments", () => {
    const schema = turnSchema({ tools: [tools.eval, tools.done] }) as { oneOf: { properties: { name: unknown; arguments: unknown } }[] };
    expect(schema.oneOf.map((call) => call.properties.name)).toEqual([{ const: "eval" }, { const: "done" }]);
    expect(schema.oneOf[0]!.properties.arguments).toEqual({ type: "object", properties: { expression: { type: "string" } } });
  });

  it("constrains done's outputs to the block's output schema and raise to its error types", () => {
    const outputs = { type: "object", properties: { category: { enum: ["refund", "other"] } }, required: ["category"], additionalProperties: false };
    const schema = turnSchema({ tools: [tools.done, tools.raise], exitSchemas: { outputs, errorTypes: ["Error", "SpamError"] } });
    const [done, raise] = (schema as { oneOf: { properties: { arguments: unknown } }[] }).oneOf;
    expect(done!.properties.arguments).toEqual({
      type: "object",
      properties: { outputs: { type: "object", properties: { category: { enum: ["refund", "other"] } } } },
    });
    expect(JSON.stringify(raise!.properties.arguments)).toContain('"enum":["Error","SpamError"]');
  });
});
