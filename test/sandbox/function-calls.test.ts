/** The function-call bridge: code actions calling the program functions and classes a block names. */
import { afterEach, describe, expect, test } from "vitest";
import { z } from "zod";
import { rewriteTopLevel } from "../../runtime/sandbox/engine/rewrite-top-level.js";
import { createJsSandbox, type JsSandbox, type JsSandboxOptions } from "../../runtime/sandbox/index.js";

const open: JsSandbox[] = [];
const sandbox = (options: JsSandboxOptions): JsSandbox => {
  const created = createJsSandbox(options);
  open.push(created);
  return created;
};
afterEach(() => open.splice(0).forEach((item) => item.dispose()));

class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

describe("calling program functions from code actions", () => {
  test("an async function is awaited, its arguments are copies and its result comes in checked", async () => {
    const seen: unknown[] = [];
    const catalog = [{ title: "Dune", tags: ["sf"] }];
    const searchDocs = async (query: string, filter: { tags: string[] }): Promise<{ title: string }[]> => {
      seen.push(filter);
      filter.tags.push("changed by the function");
      return catalog.filter((doc) => doc.title.toLowerCase().includes(query));
    };
    const scope = sandbox({
      inputs: { searchDocs, catalog },
      functions: [{ name: "searchDocs", value: searchDocs, kind: "function", returns: z.array(z.object({ title: z.string() })) }],
    });
    expect(await scope.evaluate("(await searchDocs('dune', catalog[0])).map((doc) => doc.title)")).toEqual({ success: true, value: '["Dune"]' });
    // The function got a copy of the program's object: its own change to it did not reach the program.
    expect(seen[0]).not.toBe(catalog[0]);
    expect(catalog[0]!.tags).toEqual(["sf"]);
    // Top-level await in exec: names declared with it stay in scope.
    expect(await scope.execute("const found = await searchDocs('dune', { tags: [] }); count = found.length")).toEqual({ success: true, value: "Success" });
    expect(await scope.evaluate("[found[0].title, count]")).toEqual({ success: true, value: '["Dune", 1]' });
    expect(await scope.stageChanges()).toMatchObject({ success: true, value: { changes: [] } });
  });

  test("a sync function, calls made together, and a class constructed with new", async () => {
    const formatPrice = (cents: number): string => `$${(cents / 100).toFixed(2)}`;
    const scope = sandbox({
      inputs: { formatPrice, HttpError },
      functions: [
        { name: "formatPrice", value: formatPrice, kind: "function", returns: z.string() },
        { name: "HttpError", value: HttpError, kind: "class" },
      ],
    });
    expect(await scope.evaluate("Promise.all([formatPrice(150), formatPrice(99)])")).toEqual({ success: true, value: '["$1.50", "$0.99"]' });
    expect(await scope.evaluate("(async () => { const e = await new HttpError(404, 'gone'); return [e.status, e.message]; })()")).toEqual({
      success: true,
      value: '[404, "gone"]',
    });
  });

  test("exceptions surface as the code action's error without host internals; wrong results are refused", async () => {
    const failing = async (): Promise<number> => {
      throw new RangeError("quota exceeded");
    };
    const lying = (() => "not a number") as unknown as () => number;
    const scope = sandbox({
      inputs: { failing, lying },
      functions: [
        { name: "failing", value: failing, kind: "function", returns: z.number() },
        { name: "lying", value: lying, kind: "function", returns: z.number() },
      ],
    });
    const thrown = await scope.execute("await failing()");
    expect(thrown).toEqual({ success: false, message: "Error: failing threw RangeError: quota exceeded" });
    expect(JSON.stringify(thrown)).not.toContain(process.cwd());
    expect(await scope.evaluate("await lying()")).toMatchObject({ success: false, message: expect.stringMatching(/lying returned a value that does not match its declared return type/) });
    expect(await scope.execute("try { await failing() } catch (error) { caught = error.message }")).toEqual({ success: true, value: "Success" });
    expect(await scope.evaluate("caught")).toEqual({ success: true, value: '"failing threw RangeError: quota exceeded"' });
  });

  test("functions the block does not name stay placeholders, and the call budget holds", async () => {
    let calls = 0;
    const count = (): number => ++calls;
    const deleteAccount = (): void => {
      throw new Error("must never run");
    };
    const scope = sandbox({
      inputs: { count, deleteAccount, nested: { deleteAccount } },
      functions: [{ name: "count", value: count, kind: "function", returns: z.number() }],
      maxFunctionCalls: 3,
    });
    expect(await scope.execute("deleteAccount()")).toMatchObject({ success: false, message: expect.stringMatching(/deleteAccount is a program function the block does not name/) });
    expect(await scope.execute("nested.deleteAccount()")).toMatchObject({ success: false, message: expect.stringMatching(/does not name/) });
    expect(await scope.evaluate("[await count(), await count(), await count()]")).toEqual({ success: true, value: "[1, 2, 3]" });
    expect(await scope.evaluate("await count()")).toMatchObject({ success: false, message: expect.stringMatching(/budget of 3 program-function calls is used up/) });
    expect(calls).toBe(3);
    // Defining a then/toJSON/valueOf that calls a program function does nothing by itself: the host never calls it.
    expect(await scope.execute("answer = { then: count, toJSON: count, valueOf: count }")).toEqual({ success: true, value: "Success" });
    expect(await scope.read(["answer"])).toMatchObject({ success: true });
    expect(calls).toBe(3);
  });

  test("a function defined by the model cannot be passed out to a program function", async () => {
    const apply = (fn: unknown): string => typeof fn;
    const scope = sandbox({ inputs: { apply }, functions: [{ name: "apply", value: apply, kind: "function", returns: z.string() }] });
    expect(await scope.evaluate("await apply(() => 1)")).toMatchObject({ success: false, message: expect.stringMatching(/cannot leave the code-action scope/) });
  });
});

describe("rewriteTopLevel with top-level await", () => {
  test("declarations become globals assigned in an async function, lines kept, the last expression returned", () => {
    expect(rewriteTopLevel("const a = await f();\nlet { b } = await g(a), c;\nfunction h() {}\nb + c")).toBe(
      "var a, b, c, h; (async () => {  a = await f();\n ({ b } = await g(a)), c = undefined;\nh = function h() {};\nreturn (b + c)\n})()",
    );
    expect(rewriteTopLevel("total = await f()")).toBe("var total; (async () => { return (total = await f())\n})()");
    expect(rewriteTopLevel("const x = 1; x")).toBe("var x = 1; x");
  });
});
