import { afterEach, describe, expect, test } from "vitest";
import { createJsSandbox, preloadJsSandbox, type JsSandbox } from "../../runtime/sandbox/index.js";

const open: JsSandbox[] = [];
const sandbox = (inputs: Record<string, unknown> = {}, limits?: { outputChars?: number }): JsSandbox => {
  const created = createJsSandbox({ inputs, limits });
  open.push(created);
  return created;
};
afterEach(() => open.splice(0).forEach((item) => item.dispose()));

const value = (result: { success: boolean; value?: unknown; message?: string }): unknown => {
  if (!result.success) throw new Error(`expected success, got ${result.message}`);
  return result.value;
};
const message = (result: { success: boolean; message?: string }): string => {
  if (result.success) throw new Error("expected a failure");
  return result.message ?? "";
};

class Order {
  constructor(public id: number, public status: string) {}
}

describe("evaluate", () => {
  test("renders values as JSON-like text", async () => {
    const scope = sandbox({
      catalog: [{ title: "Dune", year: 1965 }],
      when: new Date(Date.UTC(2024, 4, 1)),
      order: new Order(3, "open"),
      tags: new Set(["a"]),
      counts: new Map([["a", 1]]),
    });
    expect(value(await scope.evaluate("catalog"))).toBe('[{"title": "Dune", "year": 1965}]');
    expect(value(await scope.evaluate("when"))).toBe("Date(2024-05-01T00:00:00.000Z)");
    expect(value(await scope.evaluate("order"))).toBe('Order {"id": 3, "status": "open"}');
    expect(value(await scope.evaluate("tags"))).toBe('Set {"a"}');
    expect(value(await scope.evaluate("counts"))).toBe('Map {"a" => 1}');
    expect(value(await scope.evaluate('"text"'))).toBe('"text"');
    expect(value(await scope.evaluate("[undefined, null, NaN, -0, 10n]"))).toBe("[undefined, null, NaN, -0, 10n]");
    expect(value(await scope.evaluate("function total() {}; total"))).toBe("[Function total]");
    expect(value(await scope.evaluate("const loop = {}; loop.self = loop; loop"))).toBe('{"self": [Circular]}');
  });

  test("accepts trailing semicolons and falls back to statements with a completion value", async () => {
    const scope = sandbox({ n: 4 });
    expect(value(await scope.evaluate("n * 2;"))).toBe("8");
    expect(value(await scope.evaluate("let m = n + 1; m * 10"))).toBe("50");
    expect(value(await scope.evaluate("m"))).toBe("5");
  });

  test("settles promises", async () => {
    const scope = sandbox();
    expect(value(await scope.evaluate("Promise.resolve(4).then((x) => x + 1)"))).toBe("5");
    expect(value(await scope.evaluate("(async () => 7)()"))).toBe("7");
    expect(message(await scope.evaluate("Promise.reject(new RangeError('no'))"))).toBe("RangeError: no");
    expect(value(await scope.evaluate("new Promise(() => {})"))).toBe("Promise {<pending>}");
  });

  test("cuts huge output with a note", async () => {
    const scope = sandbox({}, { outputChars: 100 });
    const text = value(await scope.evaluate("'x'.repeat(1e6)")) as string;
    expect(text.length).toBeLessThan(300);
    expect(text).toContain("truncated");
    expect(text.startsWith('"xxxx')).toBe(true);
  });
});

describe("execute", () => {
  test("keeps top-level names across calls and allows declaring them again", async () => {
    const scope = sandbox();
    expect(value(await scope.execute("let a = 1; const b = 2; var c = 3; function f() { return a + b + c; } class K {}"))).toBe("Success");
    expect(value(await scope.evaluate("f()"))).toBe("6");
    expect(value(await scope.execute("let a = 10; const b = 20; class K { v = 1 }"))).toBe("Success");
    expect(value(await scope.evaluate("f() + new K().v"))).toBe("34");
    expect(value(await scope.execute("d = 4"))).toBe("Success");
    expect(value(await scope.evaluate("d"))).toBe("4");
  });

  test("a declaration whose initializer threw can be retried", async () => {
    const scope = sandbox();
    expect(message(await scope.execute("const total = missing.length"))).toMatch(/ReferenceError/);
    expect(value(await scope.execute("const total = 3"))).toBe("Success");
    expect(value(await scope.evaluate("total"))).toBe("3");
  });

  test("errors come back as short values", async () => {
    const scope = sandbox();
    expect(message(await scope.execute("foo.bar"))).toBe("ReferenceError: 'foo' is not defined");
    expect(message(await scope.execute("let = = 1"))).toMatch(/^SyntaxError: /);
    expect(message(await scope.execute("throw 5"))).toBe("Uncaught 5");
    expect(message(await scope.execute("throw new TypeError('bad input')"))).toBe("TypeError: bad input");
    expect(message(await scope.execute("class MyError extends Error { name = 'MyError' }; throw new MyError('x')"))).toBe("MyError: x");
  });

  test("errors in multi-line code say where they happened", async () => {
    const scope = sandbox();
    expect(message(await scope.execute("const a = 1;\nconst b = ;"))).toBe("SyntaxError: unexpected token in expression: ';' (line 2, column 11)");
    expect(message(await scope.execute("function f() {\n  return missing;\n}\nf()"))).toBe("ReferenceError: 'missing' is not defined (line 2, column 10)");
    expect(message(await scope.evaluate("[1,\n nope]"))).toBe("ReferenceError: 'nope' is not defined (line 2, column 2)");
    expect(value(await scope.evaluate("{ a: 1 } // an object, not a block"))).toBe('{"a": 1}');
  });

  test("returns console output after Success", async () => {
    const scope = sandbox({ items: [1, 2] });
    expect(value(await scope.execute("console.log('count', items.length, { a: 1 })"))).toBe('Success\nconsole output:\ncount 2 {"a": 1}');
    expect(value(await scope.execute("1"))).toBe("Success");
  });

  test("program functions are placeholders that explain themselves and come back as themselves", async () => {
    const score = (x: number): number => x * 2;
    const scope = sandbox({ score });
    expect(message(await scope.execute("score(2)"))).toBe("TypeError: score is a program function the block does not name; code actions cannot call it");
    expect(value(await scope.read(["score"]))).toEqual({ score });
    expect((value(await scope.read(["score"])) as { score: unknown }).score).toBe(score);
  });

  test("a disposed sandbox answers with an error", async () => {
    const scope = sandbox({ n: 1 });
    scope.dispose();
    scope.dispose();
    expect(message(await scope.execute("n"))).toMatch(/closed/);
    expect(message(await scope.read(["n"]))).toMatch(/closed/);
    expect(await scope.has("n")).toBe(false);
  });

  test("preloading an engine (repeatedly) leaves sandboxes working", async () => {
    preloadJsSandbox();
    preloadJsSandbox({ memoryBytes: 32 * 2 ** 20 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    preloadJsSandbox();
    expect(value(await sandbox({ n: 2 }).evaluate("n ** 10"))).toBe("1024");
    expect(value(await createJsSandbox({ inputs: {}, limits: { memoryBytes: 32 * 2 ** 20 } }).evaluate("'ok'"))).toBe('"ok"');
  });

  test("invalid limits are a programming error", async () => {
    expect(() => createJsSandbox({ inputs: {}, limits: { timeMs: -1 } })).toThrow(/limits.timeMs must be a positive number/);
  });
});
