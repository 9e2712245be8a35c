import { afterAll, describe, expect, test } from "vitest";
import { createTestProject } from "./helpers/test-project.js";
import { importCompiled, removeCompiledPrograms } from "./helpers/run-compiled.js";
import { scriptFakeRuntime } from "./helpers/fake-runtime.js";
import { classifyProgram } from "./helpers/programs.js";

// Compiled programs run against a fake runtime that replays scripted outcomes (no model involved).
const project = createTestProject();
afterAll(removeCompiledPrograms);

describe("reads, writes, return and throw", () => {
  test("passes reads in scope and assigns a write parsed by its schema (enum member from its name)", async () => {
    const program = await importCompiled(project, classifyProgram);
    const calls = scriptFakeRuntime(() => ({ exit: "done", writes: { answer: "Defective" } }));
    await expect(program.classify("my mug arrived cracked")).resolves.toBe("Defective item");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.invocation.scope).toEqual({ email: "my mug arrived cracked", Category: program.Category, OtherCategoryError: program.OtherCategoryError });
    expect(calls[0]!.block.exits.throws).toEqual(["OtherCategoryError"]);
  });

  test("return exit returns the validated value from the enclosing function", async () => {
    const program = await importCompiled(project, classifyProgram);
    scriptFakeRuntime(() => ({ exit: "return", value: "Billing question" }));
    await expect(program.classify("refund?")).resolves.toBe("Billing question");
  });

  test("throw exit raises an instance of the named class", async () => {
    const program = await importCompiled(project, classifyProgram);
    scriptFakeRuntime(() => ({ exit: "raise", type: "OtherCategoryError", message: "Shipping question" }));
    const error = await program.classify("where is my parcel?").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(program.OtherCategoryError);
    expect(error.category).toBe("Shipping question");
  });

  test("a write the schema rejects leaves the variable untouched", async () => {
    const program = await importCompiled(project, classifyProgram);
    scriptFakeRuntime(() => ({ exit: "done", writes: { answer: "Gardening" } }));
    await expect(program.classify("x")).rejects.toThrow(/Invalid/);
  });

  test("property writes go into the program's object; interpolations arrive as values", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
interface Order { id: string; status: "open" | "shipped"; shipping: { carrier: string; eta: Date } }
export async function ship(order: Order) {
  await natural\`Mark <:order.status> and set <:order.shipping.eta> for order \${order.id.toUpperCase()}\`;
  return order;
}`);
    const calls = scriptFakeRuntime(() => ({ exit: "done", writes: { "order.status": "shipped", "order.shipping.eta": "2025-03-01T12:00:00Z" } }));
    const order = { id: "a1", status: "open", shipping: { carrier: "DHL", eta: new Date(0) } };
    const result = await program.ship(order);
    expect(result).toBe(order);
    expect(order.status).toBe("shipped");
    expect(order.shipping.eta).toEqual(new Date("2025-03-01T12:00:00Z"));
    expect(calls[0]!.invocation.interpolations).toEqual(["A1"]);
    expect(calls[0]!.block.instruction).toBe("Mark <:order.status> and set <:order.shipping.eta> for order ${0}");
  });

  test("class and recursive writes are revived into instances and nested values", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
export class Money { amount = 0; currency = "EUR"; format() { return this.amount + " " + this.currency; } }
type Tree = { label: string; children: Tree[] };
export async function build() {
  let price!: Money;
  let tree!: Tree;
  await natural\`Set <:price> and <:tree>\`;
  return { price: price.format(), isMoney: price instanceof Money, depth: tree.children[0]!.children.length };
}`);
    scriptFakeRuntime(() => ({ exit: "done", writes: { price: { amount: 12, currency: "USD" }, tree: { label: "a", children: [{ label: "b", children: [] }] } } }));
    await expect(program.build()).resolves.toEqual({ price: "12 USD", isMoney: true, depth: 0 });
  });
});

describe("loops", () => {
  test("break leaves a for...of loop", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
export async function restock(inventory: Record<string, number>, orders: string[]) {
  const seen: string[] = [];
  for (const order of orders) {
    await natural\`Decrease the counts in <inventory> for what <order> asks for. If <order> says to stop, break.\`;
    seen.push(order);
  }
  return seen;
}`);
    const calls = scriptFakeRuntime((call) => ({ exit: call.invocation.scope.order === "stop" ? "break" : "done" }));
    await expect(program.restock({ apple: 3 }, ["2 apples", "stop", "1 apple"])).resolves.toEqual(["2 apples"]);
    expect(calls).toHaveLength(2);
  });

  test("continue skips the rest of a for loop body and of a while loop body", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
export async function evens(limit: number) {
  const kept: number[] = [];
  for (let index = 0; index < limit; index++) {
    await natural\`If <index> is odd, continue.\`;
    kept.push(index);
  }
  let count = 0;
  while (count < limit) {
    count++;
    await natural\`If <count> is odd, continue.\`;
    kept.push(count * 100);
  }
  return kept;
}`);
    scriptFakeRuntime((call) => {
      const value = (call.invocation.scope.index ?? call.invocation.scope.count) as number;
      return { exit: value % 2 === 1 ? "continue" : "done" };
    });
    await expect(program.evens(4)).resolves.toEqual([0, 2, 200, 400]);
  });

  test("break inside a labelled loop uses the label; inside a switch it still leaves the loop", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
export async function scan(rows: string[][]) {
  const visited: string[] = [];
  outer: for (const row of rows) {
    inner: for (const cell of row) {
      switch (cell) {
        case "x":
          await natural\`<cell> is an x: break.\`;
          visited.push("after-switch-block");
          break;
        default:
          visited.push(cell);
      }
    }
    do {
      await natural\`Stop everything after <row>: break.\`;
    } while (false);
    visited.push("row-done");
  }
  return visited;
}`);
    scriptFakeRuntime(() => ({ exit: "break" }));
    await expect(program.scan([["a", "x", "b"], ["c"]])).resolves.toEqual(["a", "row-done", "c", "row-done"]);
  });
});

describe("functions", () => {
  test("blocks in class methods, async arrows and closures write the right bindings", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
export class Greeter {
  constructor(private readonly prefix: string) {}
  async greet(name: string): Promise<string> {
    let greeting = "";
    const polish = async (draft: string) => {
      await natural\`Polish <draft> into <:greeting>\`;
    };
    await polish(this.prefix + name);
    return greeting;
  }
}
export const shout = async (text: string): Promise<string> => {
  await natural\`Return <text> in capitals\`;
  return "unreachable";
};`);
    const calls = scriptFakeRuntime((call) =>
      call.invocation.scope.draft ? { exit: "done", writes: { greeting: `${String(call.invocation.scope.draft)}!` } } : { exit: "return", value: "HEY" },
    );
    await expect(new program.Greeter("Hello, ").greet("Ada")).resolves.toBe("Hello, Ada!");
    await expect(program.shout("hey")).resolves.toBe("HEY");
    expect(calls[1]!.block.exits.return.typeText).toBe("string");
  });

  test("a return exit from a void function returns nothing and skips the rest", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
export async function maybeLog(log: string[], message: string) {
  await natural\`If <message> is empty, return.\`;
  log.push(message);
}`);
    scriptFakeRuntime((call) => ({ exit: call.invocation.scope.message === "" ? "return" : "done" }));
    const log: string[] = [];
    await expect(program.maybeLog(log, "")).resolves.toBeUndefined();
    await program.maybeLog(log, "hi");
    expect(log).toEqual(["hi"]);
  });

  test("a class declared inside a function is handed to its (unmemoised) descriptor factory", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
export async function make() {
  class Point { x = 0; y = 0; norm() { return Math.hypot(this.x, this.y); } }
  let point!: Point;
  await natural\`Make <:point> at distance 5\`;
  return point.norm();
}`);
    scriptFakeRuntime(() => ({ exit: "done", writes: { point: { x: 3, y: 4 } } }));
    await expect(program.make()).resolves.toBe(5);
  });
});

describe("less common forms", () => {
  test("index-signature paths, destructured lets, untyped lets, async generators", async () => {
    const program = await importCompiled(project, `import { natural } from "nightjar-ts";
export async function misc(counts: Record<string, number>, source: { label: string }) {
  let { label } = source;
  let anything;
  await natural\`Set <:counts.apples>, <:label> and <:anything>\`;
  return { counts, label, anything };
}
export async function* stream(words: string[]) {
  for (const word of words) {
    await natural\`Skip <word> if it is a stop word: continue.\`;
    yield word;
  }
}`);
    const calls = scriptFakeRuntime((call) =>
      call.block.writes.length > 0
        ? { exit: "done", writes: { "counts.apples": 3, label: "fruit", anything: { free: ["form"] } } }
        : { exit: call.invocation.scope.word === "the" ? "continue" : "done" },
    );
    await expect(program.misc({ pears: 1 }, { label: "old" })).resolves.toEqual({ counts: { pears: 1, apples: 3 }, label: "fruit", anything: { free: ["form"] } });
    const words: string[] = [];
    for await (const word of program.stream(["the", "cat"])) words.push(word);
    expect(words).toEqual(["cat"]);
    // In an async generator `return` hands back its TReturn (void here), so it is offered without a value.
    expect(calls[1]!.block.exits.return?.typeText).toBe("void");
  });
});
