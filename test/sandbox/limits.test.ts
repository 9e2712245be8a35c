import { afterEach, expect, test } from "vitest";
import { createJsSandbox, type JsSandbox, type JsSandboxLimits } from "../../runtime/sandbox/index.js";

const open: JsSandbox[] = [];
const sandbox = (inputs: Record<string, unknown>, limits: JsSandboxLimits = {}): JsSandbox => {
  const created = createJsSandbox({ inputs, limits: { timeMs: 150, ...limits } });
  open.push(created);
  return created;
};
afterEach(() => open.splice(0).forEach((item) => item.dispose()));

test("an endless loop is stopped at the time limit and the scope keeps its state", async () => {
  const scope = sandbox({});
  expect(await scope.execute("kept = 1")).toEqual({ success: true, value: "Success" });
  expect(await scope.execute("kept = 2; while (true) {}")).toEqual({
    success: false,
    message: "TimeoutError: the code action ran longer than 150 ms and was stopped (an endless loop?)",
  });
  expect(await scope.evaluate("kept")).toEqual({ success: true, value: "2" });
});

test("running out of memory is an error naming the limit, and the scope starts again from the inputs", async () => {
  // QuickJS's own limit misses array storage in this build; the engine's capped WebAssembly memory catches it.
  const inventory = { apples: 3 };
  const scope = sandbox({ inventory }, { memoryBytes: 8 * 2 ** 20, timeMs: 2000 });
  expect(await scope.execute("inventory.apples = 0; kept = 1")).toEqual({ success: true, value: "Success" });
  const result = await scope.execute("const parts = []; for (let i = 0; i < 1e6; i++) parts.push(new Array(1000).fill(i))");
  expect(result).toEqual({
    success: false,
    message: expect.stringMatching(/^InternalError: out of memory \(the code-action scope is limited to 8 MiB; work on smaller pieces\)\. The code-action scope was reset/),
  });
  expect(await scope.evaluate("[typeof parts, typeof kept, inventory.apples]")).toEqual({ success: true, value: '["undefined", "undefined", 3]' });
  expect(await scope.stageChanges()).toMatchObject({ success: true, value: { changes: [] } });
});

test.each([
  ["small objects", "const a = []; for (let i = 0; ; i++) a.push({ i })"],
  ["closures", "const a = []; for (let i = 0; ; i++) a.push(() => i)"],
  ["set entries", "const s = new Set(); for (let i = 0; ; i++) s.add('k' + i)"],
  ["arrays, then another error", "hold = []; try { for (let i = 0; ; i++) hold.push([i]); } catch { throw new TypeError('gave up'); }"],
])("a heap filled gradually with %s is reported as out of memory, fast, and the scope is reset", async (_, bomb) => {
  const scope = sandbox({ inventory: { apples: 3 } }, { memoryBytes: 8 * 2 ** 20, timeMs: 2000 });
  expect(await scope.execute("kept = 1")).toEqual({ success: true, value: "Success" });
  const started = performance.now();
  expect(await scope.execute(bomb)).toEqual({
    success: false,
    message: expect.stringMatching(/^InternalError: out of memory \(the code-action scope is limited to 8 MiB; work on smaller pieces\)\. The code-action scope was reset/),
  });
  expect(performance.now() - started).toBeLessThan(1500);
  expect(await scope.evaluate("[typeof kept, inventory.apples]")).toEqual({ success: true, value: '["undefined", 3]' });
});

test("deep recursion is a stack overflow error, not a crash", async () => {
  const scope = sandbox({});
  expect(await scope.execute("function down(n) { return down(n + 1) + 1; } down(0)")).toEqual({
    success: false,
    message: "InternalError: stack overflow (recursion too deep)",
  });
  expect(await scope.evaluate("(function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); })(1000)")).toEqual({ success: true, value: "1000" });
});

test("code that defeats the interrupt handler is stopped hard; its scope is reset and the program goes on", async () => {
  const inventory = { apples: 3 };
  // The chain is built in a code action of its own, with a limit far above what that takes, even under load.
  const scope = sandbox({ inventory }, { timeMs: 2000 });
  expect(await scope.execute("inventory.apples = 0; defined = true; o = {}; for (let i = 0; i < 100000; i++) o = { o }")).toEqual({ success: true, value: "Success" });
  // A deep object chain makes QuickJS's JSON.stringify quadratic, and it never polls the interrupt handler.
  const hung = await scope.execute("JSON.stringify(o)");
  expect(hung).toEqual({ success: false, message: expect.stringMatching(/^TimeoutError: the code action did not stop within \d+ ms; the code-action scope was reset/) });
  expect(await scope.evaluate("typeof defined")).toEqual({ success: true, value: '"undefined"' });
  expect(await scope.evaluate("inventory.apples")).toEqual({ success: true, value: "3" });
  expect(inventory.apples).toBe(3);
  // The stopped engine thread is replaced: a new sandbox works.
  expect(await sandbox({ n: 1 }).evaluate("n + 1")).toEqual({ success: true, value: "2" });
});

test("huge console output is cut with a note", async () => {
  // The time limit is not what this test is about: it is far above the few ms the loop takes when idle, so
  // a loaded machine cannot turn it into a timeout.
  const scope = sandbox({}, { outputChars: 200, timeMs: 30_000 });
  const result = await scope.execute("for (let i = 0; i < 5000; i++) console.log('line', i)");
  expect(result).toMatchObject({ success: true });
  if (result.success) {
    expect(result.value.startsWith("Success\nconsole output:\nline 0\nline 1\n")).toBe(true);
    expect(result.value).toMatch(/… \[truncated at 200 characters/);
    expect(result.value.length).toBeLessThan(400);
  }
});

test("copying large inputs in and out is not held to the code actions' time limit", async () => {
  const rows = Array.from({ length: 10_000 }, (_, id) => ({ id, name: `row ${id}`, tags: ["a", "b"] }));
  const scope = sandbox({ rows }, { timeMs: 20 });
  expect(await scope.evaluate("rows.length")).toEqual({ success: true, value: "10000" });
  expect(await scope.execute("rows[9999].name = 'last'")).toEqual({ success: true, value: "Success" });
  expect(await scope.read(["rows"])).toEqual({ success: true, value: { rows } });
  expect(await scope.stageChanges()).toMatchObject({ success: true, value: { changes: [{ kind: "fields", entry: { path: "rows[9999]" } }] } });
});

test("a getter that never returns while values are copied out is stopped at the copy time limit", async () => {
  const scope = sandbox({ data: { a: 1 } }, { copyTimeMs: 100 });
  expect(await scope.execute("Object.defineProperty(data, 'trap', { get() { while (true) {} }, enumerable: true })")).toEqual({ success: true, value: "Success" });
  expect(await scope.stageChanges()).toEqual({
    success: false,
    message: "TimeoutError: copying values of the code-action scope took longer than 100 ms (a getter that never returns?)",
  });
});

test("inputs too large for the memory limit fail with a message saying so", async () => {
  const rows = Array.from({ length: 20_000 }, (_, id) => ({ id, tags: ["a"] }));
  const scope = sandbox({ rows }, { memoryBytes: 4 * 2 ** 20 });
  expect(await scope.evaluate("rows.length")).toEqual({ success: false, message: expect.stringMatching(/^Error: the inputs could not be copied into the code-action scope: .*(out of memory|do not fit).*4 MiB/) });
});
