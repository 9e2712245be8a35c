import { describe, expect, test } from "vitest";
import { compileIn, createTestProject } from "./helpers/test-project.js";

// Golden tests: source in, compiled TypeScript out.
const project = createTestProject();
const compile = (text: string) => compileIn(project, text);

/** Only the descriptor factories (everything after the last original line), for type-focused goldens. */
const factories = (code: string) => code.slice(code.indexOf("function __nj_block_0"));

describe("recognising blocks", () => {
  test("classify: reads, an enum write, the return exit and an error class", () => {
    const result = compile(`import { natural } from "nightjar-ts";
enum Category { Presale = "Pre-sale question", Defective = "Defective item" }
class OtherCategoryError extends Error { constructor(public category: string) { super(category); } }
export async function classify(email: string): Promise<Category> {
  let answer!: Category;
  await natural\`Classify <email> as one of <Category> and save it as <:answer>.
    If it fits none of them, throw <OtherCategoryError> with a better category name.\`;
  return answer;
}
`);
    expect(result.diagnostics).toEqual([]);
    expect(result.code).toMatchInlineSnapshot(`
      "import { runBlock as __nj_run, z as __nj_z } from "nightjar-ts/internal";
      import { natural } from "nightjar-ts";
      enum Category { Presale = "Pre-sale question", Defective = "Defective item" }
      class OtherCategoryError extends Error { constructor(public category: string) { super(category); } }
      export async function classify(email: string): Promise<Category> {
        let answer!: Category;
        {
          const __nj_r = await __nj_run(__nj_block_0(), { scope: { email, Category, OtherCategoryError }, interpolations: [] });
          if ("answer" in __nj_r.writes) answer = __nj_r.writes["answer"] as any;
          if (__nj_r.exit === "return") return __nj_r.value as any;
        }
        return answer;
      }

      function __nj_block_0(): any {
        if (__nj_d0) return __nj_d0;
        const __nj_t_Category: any = __nj_z.literal(["Pre-sale question", "Defective item"]).or(__nj_z.literal(["Presale", "Defective"]).transform((name) => ({ Presale: "Pre-sale question", Defective: "Defective item" })[name]));
        return (__nj_d0 = {
          id: "main.ts:6:3",
          location: { file: "main.ts", line: 6, column: 3 },
          instruction: "Classify <email> as one of <Category> and save it as <:answer>.\\nIf it fits none of them, throw <OtherCategoryError> with a better category name.",
          reads: [
            { name: "email", kind: "value", typeText: "string" },
            { name: "Category", kind: "enum", typeText: "typeof Category" },
            { name: "OtherCategoryError", kind: "class", typeText: "typeof OtherCategoryError" },
          ],
          writes: [
            { target: "answer", typeText: "Category", schema: __nj_t_Category },
          ],
          types: [
            { name: "Category", text: "enum Category { Presale = \\"Pre-sale question\\", Defective = \\"Defective item\\" }" },
            { name: "OtherCategoryError", text: "class OtherCategoryError extends Error { category: string; constructor(category: string); }" },
          ],
          exits: { return: { typeText: "Category", schema: __nj_t_Category }, throws: ["OtherCategoryError"], constructors: { OtherCategoryError: __nj_z.tuple([__nj_z.string()]) } },
        });
      }
      var __nj_d0: any;
      "
    `);
  });

  test("an aliased import and a namespace import are recognised by symbol", () => {
    const result = compile(`import { natural as nl } from "nightjar-ts";
import * as nj from "nightjar-ts";
export async function both(topic: string) {
  await nl\`Think about <topic>\`;
  await nj.natural\`Think harder about <topic>\`;
}
`);
    expect(result.changed).toBe(true);
    expect(result.code.split("\n").slice(0, 13).join("\n")).toMatchInlineSnapshot(`
      "import { runBlock as __nj_run, z as __nj_z } from "nightjar-ts/internal";
      import { natural as nl } from "nightjar-ts";
      import * as nj from "nightjar-ts";
      export async function both(topic: string) {
        {
          const __nj_r = await __nj_run(__nj_block_0(), { scope: { topic }, interpolations: [] });
          if (__nj_r.exit === "return") return;
        }
        {
          const __nj_r = await __nj_run(__nj_block_1(), { scope: { topic }, interpolations: [] });
          if (__nj_r.exit === "return") return;
        }
      }"
    `);
  });

  test("a user's own function called natural is left alone", () => {
    const text = `import { natural } from "./my-natural";
export async function f(topic: string) { await natural\`Think about <topic>\`; }
`;
    project.createSourceFile("/src/my-natural.ts", "export async function natural(strings: TemplateStringsArray, ...values: unknown[]) {}\n", { overwrite: true });
    expect(compile(text)).toEqual({ code: text, map: null, diagnostics: [], changed: false });
  });

  test("a shebang stays first; a top-level block offers no return", () => {
    const result = compile(`#!/usr/bin/env node
import { natural } from "nightjar-ts";
let summary = "";
await natural\`Summarise the day into <:summary>\`;
console.log(summary);
`);
    expect(result.code).toMatchInlineSnapshot(`
      "#!/usr/bin/env node
      import { runBlock as __nj_run, z as __nj_z } from "nightjar-ts/internal";
      import { natural } from "nightjar-ts";
      let summary = "";
      {
        const __nj_r = await __nj_run(__nj_block_0(), { scope: {}, interpolations: [] });
        if ("summary" in __nj_r.writes) summary = __nj_r.writes["summary"] as any;
      }
      console.log(summary);

      function __nj_block_0(): any {
        if (__nj_d0) return __nj_d0;
        return (__nj_d0 = {
          id: "main.ts:4:1",
          location: { file: "main.ts", line: 4, column: 1 },
          instruction: "Summarise the day into <:summary>",
          reads: [],
          writes: [
            { target: "summary", typeText: "string", schema: __nj_z.string(), optional: true },
          ],
          types: [],
          exits: { throws: [] },
        });
      }
      var __nj_d0: any;
      "
    `);
  });
});

describe("marks, interpolations and exits", () => {
  test("property writes, interpolations and a read of a type", () => {
    const result = compile(`import { natural } from "nightjar-ts";
interface Order { id: string; status: "open" | "shipped" | "lost"; notes?: string[] }
export async function track(order: Order, carrier: { name: string }) {
  await natural\`Update <:order.status> of this <Order> (\${order.id}) from \${carrier.name}'s feed\`;
}
`);
    expect(result.code).toMatchInlineSnapshot(`
      "import { runBlock as __nj_run, z as __nj_z } from "nightjar-ts/internal";
      import { natural } from "nightjar-ts";
      interface Order { id: string; status: "open" | "shipped" | "lost"; notes?: string[] }
      export async function track(order: Order, carrier: { name: string }) {
        {
          const __nj_r = await __nj_run(__nj_block_0(), { scope: { order }, interpolations: [order.id, carrier.name] });
          if ("order.status" in __nj_r.writes) order.status = __nj_r.writes["order.status"] as any;
          if (__nj_r.exit === "return") return;
        }
      }

      function __nj_block_0(): any {
        if (__nj_d0) return __nj_d0;
        return (__nj_d0 = {
          id: "main.ts:4:3",
          location: { file: "main.ts", line: 4, column: 3 },
          instruction: "Update <:order.status> of this <Order> (\${0}) from \${1}'s feed",
          reads: [
            { name: "Order", kind: "type", typeText: "Order" },
          ],
          writes: [
            { target: "order.status", typeText: "\\"open\\" | \\"shipped\\" | \\"lost\\"", schema: __nj_z.literal(["open", "shipped", "lost"]), optional: true },
          ],
          types: [
            { name: "Order", text: "interface Order { id: string; status: \\"open\\" | \\"shipped\\" | \\"lost\\"; notes?: string[] }" },
          ],
          exits: { return: { typeText: "void", schema: __nj_z.undefined() }, throws: [] },
        });
      }
      var __nj_d0: any;
      "
    `);
  });

  test("a user label is used for break and continue; a switch gets a generated label", () => {
    const result = compile(`import { natural } from "nightjar-ts";
export async function scan(rows: string[][]) {
  rows: for (const row of rows) {
    await natural\`Skip <row> if empty: continue.\`;
  }
  for (const row of rows) {
    switch (row.length) {
      case 0:
        await natural\`Decide about <row>: break.\`;
    }
  }
}
`);
    expect(result.code.split("\n").slice(0, 22).join("\n")).toMatchInlineSnapshot(`
      "import { runBlock as __nj_run, z as __nj_z } from "nightjar-ts/internal";
      import { natural } from "nightjar-ts";
      export async function scan(rows: string[][]) {
        rows: for (const row of rows) {
          {
            const __nj_r = await __nj_run(__nj_block_0(), { scope: { row }, interpolations: [] });
            if (__nj_r.exit === "break") break rows;
            if (__nj_r.exit === "continue") continue rows;
            if (__nj_r.exit === "return") return;
          }
        }
        __nj_loop_177: for (const row of rows) {
          switch (row.length) {
            case 0:
              {
                const __nj_r = await __nj_run(__nj_block_1(), { scope: { row }, interpolations: [] });
                if (__nj_r.exit === "break") break __nj_loop_177;
                if (__nj_r.exit === "continue") continue __nj_loop_177;
                if (__nj_r.exit === "return") return;
              }
          }
        }"
    `);
  });
});

describe("reads", () => {
  test("type-only imports and const enums are described as types and not passed in scope", () => {
    project.createSourceFile("/src/kinds.ts", 'export enum Kind { A = "a", B = "b" }\nexport class Box { size = 1 }\n', { overwrite: true });
    const result = compile(`import { natural } from "nightjar-ts";
import type { Kind, Box } from "./kinds";
const enum Mode { On = 1, Off = 0 }
export async function f(box: Box, describe: (kind: Kind) => string) {
  await natural\`Use <Kind>, <Mode>, <Box>, <describe> and <box>\`;
}
`);
    expect(result.code.split("\n").find((line) => line.includes("__nj_run("))).toMatchInlineSnapshot(`"    const __nj_r = await __nj_run(__nj_block_0(), { scope: { describe, box }, interpolations: [] });"`);
    expect(factories(result.code)).toMatchInlineSnapshot(`
      "function __nj_block_0(): any {
        if (__nj_d0) return __nj_d0;
        return (__nj_d0 = {
          id: "main.ts:5:3",
          location: { file: "main.ts", line: 5, column: 3 },
          instruction: "Use <Kind>, <Mode>, <Box>, <describe> and <box>",
          reads: [
            { name: "Kind", kind: "type", typeText: "Kind" },
            { name: "Mode", kind: "type", typeText: "Mode" },
            { name: "Box", kind: "type", typeText: "Box" },
            { name: "describe", kind: "function", typeText: "(kind: Kind) => string", returns: __nj_z.string() },
            { name: "box", kind: "value", typeText: "Box" },
          ],
          writes: [],
          types: [
            { name: "Kind", text: "enum Kind { A = \\"a\\", B = \\"b\\" }" },
            { name: "Mode", text: "enum Mode { On = 1, Off = 0 }" },
            { name: "Box", text: "class Box { size: number; }" },
          ],
          exits: { return: { typeText: "void", schema: __nj_z.undefined() }, throws: [] },
        });
      }
      var __nj_d0: any;
      "
    `);
  });
});

describe("types", () => {
  test("objects, arrays, tuples, optional, nullable, literals, Record, Date, numeric enums", () => {
    const result = compile(`import { natural } from "nightjar-ts";
enum Priority { Low, High = 5 }
interface Item { sku: string; quantity: number; tags?: readonly string[] }
export async function plan() {
  let items!: Item[];
  let pair!: [string, number?];
  let due!: Date | null;
  let counts!: Record<string, number>;
  let mode!: "fast" | "slow" | undefined;
  let priority!: Priority;
  let flags!: { done: boolean; "needs-review": boolean };
  let total!: bigint;
  await natural\`Fill <:items>, <:pair>, <:due>, <:counts>, <:mode>, <:priority>, <:flags>, <:total>\`;
}
`);
    expect(result.diagnostics).toEqual([]);
    expect(factories(result.code)).toMatchInlineSnapshot(`
      "function __nj_block_0(): any {
        if (__nj_d0) return __nj_d0;
        const __nj_t_Item: any = __nj_z.object({ sku: __nj_z.string(), quantity: __nj_z.number(), tags: __nj_z.array(__nj_z.string()).meta({ readonly: true }).optional() });
        const __nj_t_Priority: any = __nj_z.literal([0, 5]).or(__nj_z.literal(["Low", "High"]).transform((name) => ({ Low: 0, High: 5 })[name]));
        return (__nj_d0 = {
          id: "main.ts:13:3",
          location: { file: "main.ts", line: 13, column: 3 },
          instruction: "Fill <:items>, <:pair>, <:due>, <:counts>, <:mode>, <:priority>, <:flags>, <:total>",
          reads: [],
          writes: [
            { target: "items", typeText: "Item[]", schema: __nj_z.array(__nj_t_Item) },
            { target: "pair", typeText: "[string, number?]", schema: __nj_z.tuple([__nj_z.string(), __nj_z.number().optional()]) },
            { target: "due", typeText: "Date | null", schema: __nj_z.union([__nj_z.date(), __nj_z.union([__nj_z.iso.datetime({ offset: true, local: true }), __nj_z.iso.date()]).transform((text) => new Date(text))]).nullable() },
            { target: "counts", typeText: "Record<string, number>", schema: __nj_z.record(__nj_z.string(), __nj_z.number()) },
            { target: "mode", typeText: "\\"fast\\" | \\"slow\\" | undefined", schema: __nj_z.literal(["fast", "slow"]).optional(), optional: true },
            { target: "priority", typeText: "Priority", schema: __nj_t_Priority },
            { target: "flags", typeText: "{ done: boolean; \\"needs-review\\": boolean }", schema: __nj_z.object({ done: __nj_z.boolean(), "needs-review": __nj_z.boolean() }) },
            { target: "total", typeText: "bigint", schema: __nj_z.coerce.bigint() },
          ],
          types: [
            { name: "Item", text: "interface Item { sku: string; quantity: number; tags?: string[] }" },
            { name: "Priority", text: "enum Priority { Low = 0, High = 5 }" },
          ],
          exits: { return: { typeText: "void", schema: __nj_z.undefined() }, throws: [] },
        });
      }
      var __nj_d0: any;
      "
    `);
  });

  test("classes and recursive types become named schema variables", () => {
    const result = compile(`import { natural } from "nightjar-ts";
class Money {
  amount = 0; currency = "EUR"; private secret = 1; #ledger = 0; format() { return ""; }
  get code(): string { return this.currency; } set code(value: string) { this.currency = value; } get label(): string { return ""; }
}
interface Category { name: string; parent?: Category; price: Money }
export async function f() {
  let category!: Category;
  await natural\`Invent <:category>\`;
}
`);
    expect(factories(result.code)).toMatchInlineSnapshot(`
      "function __nj_block_0(): any {
        if (__nj_d0) return __nj_d0;
        const __nj_t_Category: any = __nj_z.lazy(() => __nj_z.object({ name: __nj_z.string(), parent: __nj_t_Category.optional(), price: __nj_t_Money }));
        const __nj_t_Money: any = __nj_z.union([__nj_z.instanceof(Money), __nj_z.object({ amount: __nj_z.number(), currency: __nj_z.string(), code: __nj_z.string() }).transform((value) => Object.defineProperties(Object.create(Money.prototype), Object.getOwnPropertyDescriptors(value)))]);
        return (__nj_d0 = {
          id: "main.ts:9:3",
          location: { file: "main.ts", line: 9, column: 3 },
          instruction: "Invent <:category>",
          reads: [],
          writes: [
            { target: "category", typeText: "Category", schema: __nj_t_Category },
          ],
          types: [
            { name: "Category", text: "interface Category { name: string; parent?: Category; price: Money }" },
            { name: "Money", text: "class Money { amount: number; currency: string; code: string; }" },
          ],
          exits: { return: { typeText: "void", schema: __nj_z.undefined() }, throws: [] },
        });
      }
      var __nj_d0: any;
      "
    `);
  });

  test("unions of objects, intersections, generics, mapped types, brands, enum subsets and rest tuples", () => {
    const result = compile(`import { natural } from "nightjar-ts";
enum Color { Red = "red", Green = "green", Blue = "blue" }
type Shape = { kind: "circle"; radius: number } | { kind: "square"; side: number };
interface Box<T> { value: T }
type Named = { name: string } & { id: number };
type UserId = string & { readonly brand: unique symbol };
export async function f() {
  let shape!: Shape;
  let box!: Box<string>;
  let named!: Partial<Named>;
  let id!: UserId;
  let warm!: Color.Red | Color.Green;
  let row!: [string, ...number[]];
  let settings!: Readonly<Record<"theme" | "lang", string>>;
  let extra!: unknown;
  await natural\`Fill <:shape>, <:box>, <:named>, <:id>, <:warm>, <:row>, <:settings>, <:extra>\`;
}
`);
    expect(result.diagnostics).toEqual([]);
    expect(factories(result.code)).toMatchInlineSnapshot(`
      "function __nj_block_0(): any {
        if (__nj_d0) return __nj_d0;
        const __nj_t_Shape: any = __nj_z.union([__nj_z.object({ kind: __nj_z.literal("circle"), radius: __nj_z.number() }), __nj_z.object({ kind: __nj_z.literal("square"), side: __nj_z.number() })]);
        const __nj_t_Box_string_: any = __nj_z.object({ value: __nj_z.string() });
        const __nj_t_UserId: any = __nj_z.string();
        return (__nj_d0 = {
          id: "main.ts:16:3",
          location: { file: "main.ts", line: 16, column: 3 },
          instruction: "Fill <:shape>, <:box>, <:named>, <:id>, <:warm>, <:row>, <:settings>, <:extra>",
          reads: [],
          writes: [
            { target: "shape", typeText: "Shape", schema: __nj_t_Shape },
            { target: "box", typeText: "Box<string>", schema: __nj_t_Box_string_ },
            { target: "named", typeText: "{ name?: string; id?: number }", schema: __nj_z.object({ name: __nj_z.string().optional(), id: __nj_z.number().optional() }) },
            { target: "id", typeText: "UserId", schema: __nj_t_UserId },
            { target: "warm", typeText: "\\"red\\" | \\"green\\"", schema: __nj_z.literal(["red", "green"]) },
            { target: "row", typeText: "[string, ...number[]]", schema: __nj_z.tuple([__nj_z.string()], __nj_z.number()) },
            { target: "settings", typeText: "{ theme: string; lang: string }", schema: __nj_z.object({ theme: __nj_z.string(), lang: __nj_z.string() }) },
            { target: "extra", typeText: "unknown", schema: __nj_z.unknown(), optional: true },
          ],
          types: [
            { name: "Shape", text: "type Shape = { kind: \\"circle\\"; radius: number } | { kind: \\"square\\"; side: number }" },
            { name: "Box<string>", text: "interface Box<string> { value: string }" },
            { name: "UserId", text: "type UserId = string" },
          ],
          exits: { return: { typeText: "void", schema: __nj_z.undefined() }, throws: [] },
        });
      }
      var __nj_d0: any;
      "
    `);
  });
});
