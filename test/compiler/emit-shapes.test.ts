import { describe, expect, test } from "vitest";
import { z } from "zod";
import { emitZod, emitZodDefinitions } from "../../compiler/emit/emit-zod.js";
import { emitTypeText } from "../../compiler/emit/emit-type-text.js";
import { emitDeclarationText } from "../../compiler/emit/emit-declaration-text.js";
import { collectIssues } from "../../compiler/types/collect-issues.js";
import type { NamedTypes, Shape } from "../../compiler/types/shape.js";

// The two emitters are pure functions of a shape; schemas are also evaluated to check what they accept.
const named: NamedTypes = new Map();
const context = { named, z: "z" };
/** Evaluates schema text with `z` and the given bindings in scope (what the descriptor factory does). */
const evaluate = (text: string, bindings: Record<string, unknown> = {}): z.ZodType =>
  new Function("z", ...Object.keys(bindings), `return ${text};`)(z, ...Object.values(bindings));

const order: Shape = {
  kind: "object",
  properties: [
    { name: "id", shape: { kind: "string" }, optional: false },
    { name: "due", shape: { kind: "union", members: [{ kind: "date" }, { kind: "null" }] }, optional: false },
    { name: "lines", shape: { kind: "array", element: { kind: "tuple", elements: [{ shape: { kind: "string" }, optional: false }, { shape: { kind: "number" }, optional: true }] } }, optional: false },
    { name: "x-tag", shape: { kind: "union", members: [{ kind: "literal", value: "a" }, { kind: "literal", value: 2 }, { kind: "undefined" }] }, optional: true },
  ],
};

describe("shape -> type text", () => {
  test("object, union, tuple, literal and date", () => {
    expect(emitTypeText(order)).toBe('{ id: string; due: Date | null; lines: [string, number?][]; "x-tag"?: "a" | 2 | undefined }');
  });
  test("a bare string index reads as Record; unions inside arrays are parenthesised", () => {
    expect(emitTypeText({ kind: "object", properties: [], index: { kind: "array", element: { kind: "union", members: [{ kind: "string" }, { kind: "number" }] } } })).toBe(
      "Record<string, (string | number)[]>",
    );
  });
  test("opaque parts keep the checker's text", () => {
    expect(emitTypeText({ kind: "array", element: { kind: "opaque", text: "Map<string, number>", reason: "Map is not supported" } })).toBe("Map<string, number>[]");
  });
});

describe("shape -> zod", () => {
  test("object schema text, and what it accepts", () => {
    const text = emitZod(order, context);
    expect(text).toMatchInlineSnapshot(`"z.object({ id: z.string(), due: z.union([z.date(), z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()]).transform((text) => new Date(text))]).nullable(), lines: z.array(z.tuple([z.string(), z.number().optional()])), "x-tag": z.literal(["a", 2]).optional() })"`);
    const schema = evaluate(text);
    expect(schema.parse({ id: "1", due: "2025-01-02", lines: [["a"], ["b", 2]] })).toEqual({ id: "1", due: new Date("2025-01-02"), lines: [["a"], ["b", 2]] });
    const due = new Date(5);
    expect((schema.parse({ id: "1", due, lines: [] }) as { due: Date }).due).toBe(due);
    expect(schema.safeParse({ id: "1", due: "not a date", lines: [] }).success).toBe(false);
    expect(schema.safeParse({ id: "1", due: null, lines: [], "x-tag": "b" }).success).toBe(false);
  });

  test("enum schema accepts values and member names and yields values", () => {
    const enums: NamedTypes = new Map([["Level", { kind: "enum", name: "Level", members: [{ name: "Low", value: 0 }, { name: "High", value: "hi" }] }]]);
    const [definition] = emitZodDefinitions(new Set(["Level"]), { named: enums, z: "z" });
    const schema = evaluate(definition!.expression);
    expect([schema.parse(0), schema.parse("High"), schema.parse("Low"), schema.safeParse("Medium").success]).toEqual([0, "hi", 0, false]);
    expect(emitDeclarationText(enums.get("Level")!)).toBe('enum Level { Low = 0, High = "hi" }');
  });

  test("class schema revives plain objects through the prototype and keeps instances", () => {
    class Point {
      x = 0;
      norm(): number {
        return Math.abs(this.x);
      }
    }
    const classes: NamedTypes = new Map([
      ["Point", { kind: "class", name: "Point", properties: [{ name: "x", shape: { kind: "number" }, optional: false }], binding: { name: "Point", local: false }, recursive: false }],
    ]);
    const [definition] = emitZodDefinitions(new Set(["Point"]), { named: classes, z: "z" });
    const schema = evaluate(definition!.expression, { Point });
    const revived = schema.parse({ x: -3 }) as Point;
    expect(revived).toBeInstanceOf(Point);
    expect(revived.norm()).toBe(3);
    const live = new Point();
    expect(schema.parse(live)).toBe(live);
    expect(emitDeclarationText(classes.get("Point")!)).toBe("class Point { x: number; }");
  });

  test("recursive named types are defined first, lazily, and referenced by variable", () => {
    const tree: NamedTypes = new Map([
      ["Tree", { kind: "alias", name: "Tree", recursive: true, shape: { kind: "object", properties: [{ name: "kids", shape: { kind: "array", element: { kind: "ref", name: "Tree" } }, optional: false }] } }],
    ]);
    const definitions = emitZodDefinitions(new Set(["Tree"]), { named: tree, z: "z" });
    expect(definitions).toEqual([{ variable: "__nj_t_Tree", expression: "z.lazy(() => z.object({ kids: z.array(__nj_t_Tree) }))" }]);
    const schema = new Function("z", `const __nj_t_Tree = ${definitions[0]!.expression}; return __nj_t_Tree;`)(z) as z.ZodType;
    expect(schema.safeParse({ kids: [{ kids: [] }] }).success).toBe(true);
    expect(schema.safeParse({ kids: [{ kids: [1] }] }).success).toBe(false);
    expect(emitDeclarationText(tree.get("Tree")!)).toBe("type Tree = { kids: Tree[] }");
  });
});

describe("issues", () => {
  test("are collected with paths, restarting at named types, each once", () => {
    const map: Shape = { kind: "opaque", text: "Map<string, number>", reason: "Map is not supported" };
    const types: NamedTypes = new Map([
      ["Order", { kind: "interface", name: "Order", recursive: false, shape: { kind: "object", properties: [{ name: "items", shape: { kind: "array", element: map }, optional: false }] } }],
    ]);
    const shape: Shape = { kind: "tuple", elements: [{ shape: { kind: "ref", name: "Order" }, optional: false }, { shape: { kind: "ref", name: "Order" }, optional: false }], rest: map };
    expect(collectIssues(shape, { label: "result", named: types })).toEqual(["Order.items[]: Map is not supported", "result[]: Map is not supported"]);
  });
});
