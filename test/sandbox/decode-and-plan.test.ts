import { describe, expect, test } from "vitest";
import { DecodeError, decodeSandboxValue } from "../../runtime/sandbox/decode-sandbox-value.js";
import { encodeInputs } from "../../runtime/sandbox/encode-inputs.js";
import { decodeChanges } from "../../runtime/sandbox/decode-changes.js";
import { checkWritable, commitChanges } from "../../runtime/state/commit-changes.js";
import { rewriteTopLevel } from "../../runtime/sandbox/engine/rewrite-top-level.js";

class Point {
  constructor(public x: number, public y: number) {}
}

describe("encodeInputs", () => {
  test("numbers every object once, keeps sharing and cycles, names classes, and marks opaque values", () => {
    const shared = { tag: "s" };
    const loop: { self?: unknown } = {};
    loop.self = loop;
    const encoded = encodeInputs({ a: [shared, shared], loop, point: new Point(1, 2), when: new Date(5), re: /x/, fn: Math.max });
    expect(encoded.registry.map((entry) => [entry.kind, entry.path])).toEqual([
      ["a", "a"], ["o", "a[0]"], ["o", "loop"], ["o", "point"], ["d", "when"], ["x", "re"], ["f", "fn"],
    ]);
    expect(JSON.parse(encoded.json)).toEqual([
      ["a", ["a", 0, [["o", 1, [["tag", "s"]], null], ["r", 1]], null]],
      ["loop", ["o", 2, [["self", ["r", 2]]], null]],
      ["point", ["o", 3, [["x", 1], ["y", 2]], { c: "Point" }]],
      ["when", ["d", 4, 5]],
      ["re", ["x", 5, "a RegExp"]],
      ["fn", ["f", 6, "max"]],
    ]);
  });
});

describe("decodeSandboxValue", () => {
  const registry = encodeInputs({ program: { a: 1 } }).registry;
  const decode = (node: unknown, mode: "identity" | "copy" = "identity") => decodeSandboxValue(node, { registry, mode, memo: new Map() });

  test("maps program ids back to the program's objects, or copies them", () => {
    expect(decode(["r", 0])).toBe(registry[0]!.value);
    expect(decode(["o", 0, [["a", 2]]], "copy")).toEqual({ a: 2 });
  });

  test("builds __proto__ keys as own data, never as prototypes", () => {
    const value = decode(["o", -1, [["__proto__", ["o", -2, [["polluted", true]]]]]]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test.each([
    ["an unknown tag", ["zz", -1]],
    ["an unknown program id", ["r", 99]],
    ["a reference to an object not sent", ["r", -7]],
    ["a non-integer id", ["o", 1.5, []]],
    ["a malformed bigint", ["b", "12x"]],
    ["a malformed number", ["n", "Pi"]],
    ["a non-string key", ["o", -1, [[1, 2]]]],
    ["an object where a value belongs", { a: 1 }],
    ["a new function", ["f", -1, "f"]],
    ["a new symbol", ["x", -1, "a symbol"]],
  ])("refuses %s", (_, node) => {
    expect(() => decode(node)).toThrow(DecodeError);
  });

  test("refuses nesting deeper than its limit instead of overflowing the host stack", () => {
    let node: unknown = 1;
    for (let depth = 0; depth < 10_000; depth++) node = ["a", -depth - 1, [node]];
    expect(() => decode(node)).toThrow(/nested too deeply/);
  });
});

describe("decodeChanges and commitChanges", () => {
  test("decodes each change once relative to the base, and finds what cannot be written before writing anything", () => {
    const open = { n: 1 };
    const sealed = Object.seal({ fixed: 1 });
    const { registry } = encodeInputs({ open, sealed });
    const changes = decodeChanges({ changed: [[0, ["o", 0, [["n", 2]]]], [1, ["o", 1, [["fixed", 1], ["added", 2]]]]], registry });
    expect(changes.map((change) => change.kind === "fields" && [...change.set])).toEqual([[["n", 2]], [["added", 2]]]);
    expect(checkWritable(changes)).toEqual([{ path: "sealed.added", message: expect.stringMatching(/read-only/) }]);
    expect(open.n).toBe(1);
  });

  test("writes through program setters but defines __proto__ as a key", () => {
    const seen: unknown[] = [];
    class Account {
      #balance = 0;
      get balance(): number {
        return this.#balance;
      }
      set balance(value: number) {
        seen.push(value);
        this.#balance = value;
      }
    }
    const account = new Account();
    Object.defineProperty(account, "owner", { value: "ann", enumerable: true, writable: true, configurable: true });
    const { registry } = encodeInputs({ account });
    commitChanges({ changes: decodeChanges({ changed: [[0, ["o", 0, [["owner", "bob"], ["balance", 5], ["__proto__", 1]]]]], registry }), pathWrites: [] });
    expect(seen).toEqual([5]);
    expect(account.balance).toBe(5);
    expect(account).toBeInstanceOf(Account);
    expect(Object.hasOwn(account, "__proto__")).toBe(true);
  });
});

describe("rewriteTopLevel", () => {
  test("turns top-level let, const and class into redeclarable var, leaving nested code alone", () => {
    expect(rewriteTopLevel("let a = 1; const { b } = o; class C {}\nfor (let i = 0; i < 2; i++) { const x = i; }")).toBe(
      "var a = 1; var { b } = o; var C = class C {};\nfor (let i = 0; i < 2; i++) { const x = i; }",
    );
  });

  test("declares names assigned with = but never declared, on a line of its own (code actions run strict)", () => {
    const code = "total = 0; [a, { b: c = 1, ...d }] = xs; for (k in o) {} n += 1; m++; obj.p = 1; eval = 1;\n" +
      "function f(q) { q = 2; let r; r = 3; } try {} catch ({ e }) { e = 1; } // done";
    expect(rewriteTopLevel(code)).toBe(`${code}\n;var total, a, c, d, k;`);
    expect(rewriteTopLevel("const x = 1; x")).toBe("var x = 1; x");
  });

  test("returns code that does not parse unchanged, for QuickJS to report", () => {
    expect(rewriteTopLevel("let = = 1")).toBe("let = = 1");
  });
});
