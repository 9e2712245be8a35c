import { afterEach, describe, expect, test } from "vitest";
import { createJsSandbox, type JsSandbox, type StagedJsChanges } from "../../runtime/sandbox/index.js";
import { CommitConflict, checkWritable } from "../../runtime/state/commit-changes.js";
import { after, apply, changedPaths } from "./helpers/staged.js";

const open: JsSandbox[] = [];
const sandbox = (inputs: Record<string, unknown>): JsSandbox => {
  const created = createJsSandbox({ inputs });
  open.push(created);
  return created;
};
afterEach(() => open.splice(0).forEach((item) => item.dispose()));

function ok<T>(result: { success: true; value: T } | { success: false; message: string }): T {
  if (!result.success) throw new Error(`expected success, got ${result.message}`);
  return result.value;
}
const run = async (scope: JsSandbox, code: string): Promise<void> => void ok(await scope.execute(code));

class Item {
  constructor(public name: string, public qty: number) {}
  label(): string {
    return `${this.name} x${this.qty}`;
  }
}

const catalog = () => [
  { title: "Dune", tags: ["sf"] },
  { title: "Emma", tags: ["classic"] },
  { title: "Ubik", tags: ["sf"] },
];

describe("read", () => {
  test("program objects come out as themselves, new objects as fresh values", async () => {
    const books = catalog();
    const scope = sandbox({ catalog: books });
    await run(scope, "pick = catalog[2]; wrapped = { item: catalog[0], at: new Date(0), seen: new Set([1]), by: new Map([['k', catalog[1]]]) }; shared = [wrapped, wrapped]");
    const values = ok(await scope.read(["pick", "wrapped", "shared", "catalog", "missing", "not an identifier"]));
    expect(values.pick).toBe(books[2]);
    expect(values.catalog).toBe(books);
    const wrapped = values.wrapped as { item: unknown; at: Date; seen: Set<number>; by: Map<string, unknown> };
    expect(wrapped.item).toBe(books[0]);
    expect(wrapped.at).toBeInstanceOf(Date);
    expect(wrapped.at.getTime()).toBe(0);
    expect([...wrapped.seen]).toEqual([1]);
    expect(wrapped.by.get("k")).toBe(books[1]);
    expect((values.shared as unknown[])[0]).toBe(wrapped);
    expect(Object.keys(values).sort()).toEqual(["catalog", "pick", "shared", "wrapped"]);
  });

  test("before any code action the inputs are the scope", async () => {
    const books = catalog();
    const scope = sandbox({ catalog: books, n: 1 });
    expect(await scope.has("catalog")).toBe(true);
    expect(await scope.has("answer")).toBe(false);
    expect(ok(await scope.read(["catalog", "answer"]))).toEqual({ catalog: books });
    expect(ok(await scope.read(["catalog"])).catalog).toBe(books);
    expect(ok(await scope.stageChanges()).changes).toEqual([]);
  });

  test("has sees names the code actions defined", async () => {
    const scope = sandbox({ n: 1 });
    await run(scope, "let answer = n + 1");
    expect(await scope.has("answer")).toBe(true);
    expect(await scope.has("n")).toBe(true);
    expect(await scope.has("other")).toBe(false);
  });

  test("values that cannot leave the sandbox fail with a message naming the variable", async () => {
    const scope = sandbox({});
    await run(scope, "answer = { compute: () => 1 }; sym = Symbol('s')");
    expect(await scope.read(["answer"])).toEqual({ success: false, message: expect.stringMatching(/^Error: answer: a function defined in the code actions cannot leave/) });
    expect(await scope.read(["sym"])).toEqual({ success: false, message: expect.stringMatching(/^Error: sym: a symbol cannot leave/) });
  });

  test("special values and cycles survive the trip", async () => {
    const scope = sandbox({});
    await run(scope, "v = { nan: NaN, inf: -Infinity, zero: -0, big: 2n ** 70n, none: undefined }; v.self = v");
    const v = ok(await scope.read(["v"])).v as Record<string, unknown>;
    expect(v.nan).toBeNaN();
    expect(v.inf).toBe(-Infinity);
    expect(Object.is(v.zero, -0)).toBe(true);
    expect(v.big).toBe(2n ** 70n);
    expect("none" in v && v.none === undefined).toBe(true);
    expect(v.self).toBe(v);
  });
});

describe("stageChanges", () => {
  const stage = async (scope: JsSandbox): Promise<StagedJsChanges> => ok(await scope.stageChanges());

  test("nothing changes in the program before apply, everything after", async () => {
    const books = catalog();
    const [dune, emma, ubik] = books;
    const scope = sandbox({ catalog: books });
    await run(scope, "catalog[0].title = 'Dune Messiah'; catalog[1].tags.push('romance'); delete catalog[2].tags; catalog[2].rating = 5; catalog.reverse(); catalog.push({ title: 'New' })");
    const before = JSON.stringify(books);
    const staged = await stage(scope);
    expect(JSON.stringify(books)).toBe(before);
    const expected = [
      { title: "Ubik", rating: 5 },
      { title: "Emma", tags: ["classic", "romance"] },
      { title: "Dune Messiah", tags: ["sf"] },
      { title: "New" },
    ];
    expect(after(staged, books)).toEqual(expected);
    apply(staged);
    expect(books).toEqual(expected);
    expect(books[0]).toBe(ubik);
    expect(books[1]).toBe(emma);
    expect(books[2]).toBe(dune);
    expect(emma!.tags).toEqual(["classic", "romance"]);
  });

  test("replaced nested objects, Maps, Sets and Dates are written in place", async () => {
    const due = new Date(0);
    const stock = new Map([["apple", 1]]);
    const labels = new Set(["a"]);
    const order = { customer: { name: "Ann" }, due, stock, labels, lines: [1, 2, 3] };
    const customer = order.customer;
    const scope = sandbox({ order });
    await run(scope, "order.customer = { name: 'Bob' }; order.due.setUTCFullYear(2030); order.stock.set('pear', 2); order.stock.delete('apple'); order.labels.add('b'); order.lines.length = 1");
    apply(await stage(scope));
    expect(order.customer).not.toBe(customer);
    expect(order.customer).toEqual({ name: "Bob" });
    expect(customer).toEqual({ name: "Ann" });
    expect(order.due).toBe(due);
    expect(due.getUTCFullYear()).toBe(2030);
    expect(order.stock).toBe(stock);
    expect([...stock]).toEqual([["pear", 2]]);
    expect([...labels]).toEqual(["a", "b"]);
    expect(order.lines).toEqual([1]);
  });

  test("class instances keep their prototype; only changed inputs are reported", async () => {
    const item = new Item("pen", 1);
    const other = { untouched: true };
    const scope = sandbox({ item, other });
    await run(scope, "item.qty += 2");
    const staged = await stage(scope);
    expect(changedPaths(staged)).toEqual(["item"]);
    expect(after(staged, item)).toEqual({ name: "pen", qty: 3 });
    apply(staged);
    expect(item).toBeInstanceOf(Item);
    expect(item.label()).toBe("pen x3");
  });

  test("changes to a program object no longer reachable from its input are still applied", async () => {
    const books = catalog();
    const first = books[0]!;
    const scope = sandbox({ catalog: books });
    await run(scope, "const gone = catalog.shift(); gone.title = 'Gone'");
    apply(await stage(scope));
    expect(first.title).toBe("Gone");
    expect(books).toHaveLength(2);
  });

  test("reassigning an input is reported, not written", async () => {
    const inventory = { apples: 1 };
    const scope = sandbox({ inventory, count: 1 });
    await run(scope, "inventory = { apples: 99 }; count = 2");
    const staged = await stage(scope);
    expect(staged.reboundInputs.sort()).toEqual(["count", "inventory"]);
    expect(staged.changes).toEqual([]);
    apply(staged);
    expect(inventory).toEqual({ apples: 1 });
  });

  test("a second commit over a value changed meanwhile is a conflict, and a frozen program object refuses changes", async () => {
    const settings = Object.freeze({ mode: "a" });
    const counter = { n: 0 };
    const scope = sandbox({ settings, counter });
    await run(scope, "counter.n = 1");
    expect(await scope.execute("settings.mode = 'b'")).toEqual({ success: false, message: expect.stringMatching(/^TypeError: /) });
    expect(ok(await scope.evaluate("settings.mode"))).toBe('"a"');
    const staged = await stage(scope);
    apply(staged);
    expect(counter.n).toBe(1);
    counter.n = 5;
    expect(() => apply(staged)).toThrow(CommitConflict);
    expect(counter.n).toBe(5);

    const locked = { fixed: 1 };
    Object.defineProperty(locked, "fixed", { writable: false, enumerable: true });
    const other = { n: 0 };
    const scope2 = sandbox({ locked, other });
    await run(scope2, "other.n = 1; locked.fixed = 2");
    expect(checkWritable((await stage(scope2)).changes)).toEqual([{ path: "locked.fixed", message: expect.stringMatching(/read-only/) }]);
    expect(other.n).toBe(0);
  });

  test("a __proto__ key written by code actions stays a plain key in the program", async () => {
    const target = { a: 1 };
    const scope = sandbox({ target });
    await run(scope, "Object.defineProperty(target, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true }); fresh = JSON.parse('{\"__proto__\": {\"polluted\": true}}')");
    const staged = await stage(scope);
    expect([...(staged.changes[0] as { set: Map<string, unknown> }).set.keys()]).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    const fresh = ok(await scope.read(["fresh"])).fresh as object;
    expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
    expect(Object.hasOwn(fresh, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("shared and cyclic program objects keep their identity", async () => {
    const node: { name: string; next?: unknown } = { name: "a" };
    node.next = node;
    const scope = sandbox({ node, alias: node });
    await run(scope, "alias.name = 'b'; node.extra = { back: node }");
    const staged = await stage(scope);
    expect(ok(await scope.evaluate("node === alias"))).toBe("true");
    apply(staged);
    expect(node.name).toBe("b");
    expect((node as unknown as { extra: { back: unknown } }).extra.back).toBe(node);
    expect(node.next).toBe(node);
  });
});
