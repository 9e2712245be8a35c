import { afterEach, expect, test } from "vitest";
import { createJsSandbox, type JsSandbox, type JsSandboxLimits } from "../../runtime/sandbox/index.js";

const open: JsSandbox[] = [];
const sandbox = (inputs: Record<string, unknown>, limits: JsSandboxLimits = {}): JsSandbox => {
  const created = createJsSandbox({ inputs, limits: { timeMs: 150, ...limits } });
  open.push(created);
  return created;
};
afterEach(() => open.splice(0).forEach((item) => item.dispose()));

test("an endless loop is stopped at the time limit and the scope keeps its state", () => {
  const scope = sandbox({});
  expect(scope.execute("kept = 1")).toEqual({ success: true, value: "Success" });
  expect(scope.execute("kept = 2; while (true) {}")).toEqual({
    success: false,
    message: "TimeoutError: the code action ran longer than 150 ms and was stopped (an endless loop?)",
  });
  expect(scope.evaluate("kept")).toEqual({ success: true, value: "2" });
});

test("running out of memory is an error naming the limit, and the scope starts again from the inputs", () => {
  // QuickJS's own limit misses array storage in this build; the engine's capped WebAssembly memory catches it.
  const inventory = { apples: 3 };
  const scope = sandbox({ inventory }, { memoryBytes: 8 * 2 ** 20, timeMs: 2000 });
  expect(scope.execute("inventory.apples = 0; kept = 1")).toEqual({ success: true, value: "Success" });
  const result = scope.execute("const parts = []; for (let i = 0; i < 1e6; i++) parts.push(new Array(1000).fill(i))");
  expect(result).toEqual({
    success: false,
    message: expect.stringMatching(/^InternalError: out of memory \(the code-action scope is limited to 8 MiB; work on smaller pieces\)\. The code-action scope was reset/),
  });
  expect(scope.evaluate("[typeof parts, typeof kept, inventory.apples]")).toEqual({ success: true, value: '["undefined", "undefined", 3]' });
  expect(scope.stageChanges()).toMatchObject({ success: true, value: { changes: [] } });
});

test.each([
  ["small objects", "const a = []; for (let i = 0; ; i++) a.push({ i })"],
  ["closures", "const a = []; for (let i = 0; ; i++) a.push(() => i)"],
  ["set entries", "const s = new Set(); for (let i = 0; ; i++) s.add('k' + i)"],
  ["arrays, then another error", "hold = []; try { for (let i = 0; ; i++) hold.push([i]); } catch { throw new TypeError('gave up'); }"],
])("a heap filled gradually with %s is reported as out of memory, fast, and the scope is reset", (_, bomb) => {
  const scope = sandbox({ inventory: { apples: 3 } }, { memoryBytes: 8 * 2 ** 20, timeMs: 2000 });
  expect(scope.execute("kept = 1")).toEqual({ success: true, value: "Success" });
  const started = performance.now();
  expect(scope.execute(bomb)).toEqual({
    success: false,
    message: expect.stringMatching(/^InternalError: out of memory \(the code-action scope is limited to 8 MiB; work on smaller pieces\)\. The code-action scope was reset/),
  });
  expect(performance.now() - started).toBeLessThan(1500);
  expect(scope.evaluate("[typeof kept, inventory.apples]")).toEqual({ success: true, value: '["undefined", 3]' });
});

test("deep recursion is a stack overflow error, not a crash", () => {
  const scope = sandbox({});
  expect(scope.execute("function down(n) { return down(n + 1) + 1; } down(0)")).toEqual({
    success: false,
    message: "InternalError: stack overflow (recursion too deep)",
  });
  expect(scope.evaluate("(function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); })(1000)")).toEqual({ success: true, value: "1000" });
});

test("code that defeats the interrupt handler is stopped hard; only its own scope is reset", () => {
  const bystander = sandbox({ counter: { n: 0 } });
  expect(bystander.execute("counter.n = 1; mine = 'still here'")).toEqual({ success: true, value: "Success" });
  const inventory = { apples: 3 };
  const scope = sandbox({ inventory });
  expect(scope.execute("inventory.apples = 0; defined = true")).toEqual({ success: true, value: "Success" });
  // A deep object chain makes QuickJS's JSON.stringify quadratic, and it never polls the interrupt handler.
  const hung = scope.execute("let o = {}; for (let i = 0; i < 100000; i++) o = { o }; JSON.stringify(o)");
  expect(hung).toEqual({ success: false, message: expect.stringMatching(/^TimeoutError: the code action did not stop within \d+ ms; the code-action scope was reset/) });
  expect(scope.evaluate("typeof defined")).toEqual({ success: true, value: '"undefined"' });
  expect(scope.evaluate("inventory.apples")).toEqual({ success: true, value: "3" });
  expect(bystander.evaluate("mine")).toEqual({ success: true, value: '"still here"' });
  expect(bystander.stageChanges()).toMatchObject({ success: true, value: { changes: [{ kind: "fields", entry: { path: "counter" }, set: new Map([["n", 1]]) }] } });
});

test("huge console output is cut with a note", () => {
  const scope = sandbox({}, { outputChars: 200 });
  const result = scope.execute("for (let i = 0; i < 5000; i++) console.log('line', i)");
  expect(result.success).toBe(true);
  if (result.success) {
    expect(result.value.startsWith("Success\nconsole output:\nline 0\nline 1\n")).toBe(true);
    expect(result.value).toMatch(/… \[truncated at 200 characters/);
    expect(result.value.length).toBeLessThan(400);
  }
});

test("copying large inputs in and out is not held to the code actions' time limit", () => {
  const rows = Array.from({ length: 10_000 }, (_, id) => ({ id, name: `row ${id}`, tags: ["a", "b"] }));
  const scope = sandbox({ rows }, { timeMs: 20 });
  expect(scope.evaluate("rows.length")).toEqual({ success: true, value: "10000" });
  expect(scope.execute("rows[9999].name = 'last'")).toEqual({ success: true, value: "Success" });
  expect(scope.read(["rows"])).toEqual({ success: true, value: { rows } });
  expect(scope.stageChanges()).toMatchObject({ success: true, value: { changes: [{ kind: "fields", entry: { path: "rows[9999]" } }] } });
});

test("a getter that never returns while values are copied out is stopped at the copy time limit", () => {
  const scope = sandbox({ data: { a: 1 } }, { copyTimeMs: 100 });
  expect(scope.execute("Object.defineProperty(data, 'trap', { get() { while (true) {} }, enumerable: true })")).toEqual({ success: true, value: "Success" });
  expect(scope.stageChanges()).toEqual({
    success: false,
    message: "TimeoutError: copying values of the code-action scope took longer than 100 ms (a getter that never returns?)",
  });
});

test("inputs too large for the memory limit fail with a message saying so", () => {
  const rows = Array.from({ length: 20_000 }, (_, id) => ({ id, tags: ["a"] }));
  const scope = sandbox({ rows }, { memoryBytes: 4 * 2 ** 20 });
  expect(scope.evaluate("rows.length")).toEqual({ success: false, message: expect.stringMatching(/^Error: the inputs could not be copied into the code-action scope: .*(out of memory|do not fit).*4 MiB/) });
});
