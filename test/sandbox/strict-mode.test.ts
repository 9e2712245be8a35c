import { afterEach, expect, test } from "vitest";
import { createJsSandbox, type JsSandbox } from "../../runtime/sandbox/index.js";

// Code actions run in strict mode, so a write that does not happen throws instead of passing silently; names
// a code action assigns without declaring still become globals that persist, as in sloppy mode.
const open: JsSandbox[] = [];
const sandbox = (inputs: Record<string, unknown> = {}): JsSandbox => {
  const created = createJsSandbox({ inputs });
  open.push(created);
  return created;
};
afterEach(() => open.splice(0).forEach((item) => item.dispose()));

test("writing to a frozen input throws a TypeError the model sees, and nothing changes", async () => {
  const settings = Object.freeze({ mode: "a", nested: { depth: 1 } });
  const scope = sandbox({ settings });
  expect(await scope.execute("settings.mode = 'b'")).toEqual({ success: false, message: expect.stringMatching(/^TypeError: /) });
  expect(await scope.evaluate("settings.added = 1")).toEqual({ success: false, message: expect.stringMatching(/^TypeError: /) });
  expect(await scope.execute("delete settings.mode")).toEqual({ success: false, message: expect.stringMatching(/^TypeError: /) });
  expect(await scope.execute("settings.nested.depth = 2")).toEqual({ success: true, value: "Success" });
  expect(await scope.evaluate("settings.mode")).toEqual({ success: true, value: '"a"' });
});

test("writes that cannot happen inside functions and to read-only built-ins throw too", async () => {
  const scope = sandbox();
  expect(await scope.execute("const point = Object.freeze({ x: 1 }); function move(p) { p.x = 2; } move(point)")).toEqual({
    success: false,
    message: expect.stringMatching(/^TypeError: /),
  });
  expect(await scope.execute("const text = 'abc'; text.length = 1")).toEqual({ success: false, message: expect.stringMatching(/^TypeError: /) });
  expect(await scope.execute("undefined = 1")).toEqual({ success: false, message: expect.stringMatching(/^TypeError: /) });
  expect(await scope.execute("const getter = { get v() { return 1; } }; getter.v = 2")).toEqual({ success: false, message: expect.stringMatching(/^TypeError: /) });
});

test("names assigned without a declaration still become globals that persist", async () => {
  const scope = sandbox({ items: [3, 4] });
  expect(await scope.execute("total = 0; for (item of items) total += item; [first, { b: second = 9 }] = [1, {}]; count++")).toEqual({
    success: false,
    message: "ReferenceError: 'count' is not defined",
  });
  expect(await scope.evaluate("[total, item, first, second]")).toEqual({ success: true, value: "[7, 4, 1, 9]" });
  expect(await scope.execute("function bump() { bumps = (typeof bumps === 'number' ? bumps : 0) + 1; } bump(); bump()")).toEqual({ success: true, value: "Success" });
  expect(await scope.evaluate("bumps")).toEqual({ success: true, value: "2" });
  expect(await scope.evaluate("answer = total * 2")).toEqual({ success: true, value: "14" });
  expect(await scope.evaluate("other = 1; other + answer")).toEqual({ success: true, value: "15" });
  expect(await scope.evaluate("answer")).toEqual({ success: true, value: "14" });
});

test("error locations stay those of the model's code", async () => {
  const scope = sandbox();
  expect(await scope.execute("done = 1;\nmissing.x // no newline at the end")).toEqual({
    success: false,
    message: "ReferenceError: 'missing' is not defined (line 2, column 1)",
  });
});
