/**
 * Overhead of the JavaScript code-action sandbox: median time to create a sandbox with three small inputs and
 * run one `eval` (QuickJS starts lazily, so this is the cost a block pays for its first code action), plus the
 * time of a further eval, a read and a stage in a sandbox that already runs, and the process's cold start.
 * Runs are a few milliseconds apart, as blocks are (a model round trip lies between them): the engine worker
 * prepares the next runtime while it waits. Target: median create + first eval < 5 ms once the worker is warm.
 *
 *   npx tsx bench/sandbox-overhead.ts [runs]
 */
import { createJsSandbox } from "../runtime/sandbox/index.js";
import { median } from "./harness/median.js";

const runs = Number(process.argv[2] ?? 200);
const inputs = () => ({
  email: "Hello, my order #123 arrived broken. Can I get a refund?",
  customer: { name: "Ann", tier: "gold", since: new Date(Date.UTC(2020, 1, 1)) },
  orders: [{ id: 123, total: 42.5, items: ["mug", "plate"] }],
});

const time = async (action: () => unknown): Promise<number> => {
  const start = performance.now();
  await action();
  return performance.now() - start;
};

const cold = await time(async () => {
  const sandbox = createJsSandbox({ inputs: inputs() });
  await sandbox.evaluate("customer.name");
  sandbox.dispose();
});

const firstAction: number[] = [];
const furtherEval: number[] = [];
const read: number[] = [];
const stage: number[] = [];
const dispose: number[] = [];
for (let run = 0; run < runs; run++) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const sandbox = createJsSandbox({ inputs: inputs() });
  firstAction.push(await time(() => sandbox.evaluate("orders[0].total * 2")));
  furtherEval.push(await time(() => sandbox.evaluate("email.length")));
  await sandbox.execute("orders[0].total = 40; answer = { refund: true, order: orders[0] }");
  read.push(await time(() => sandbox.read(["answer"])));
  stage.push(await time(() => sandbox.stageChanges()));
  dispose.push(await time(() => sandbox.dispose()));
}

const ms = (value: number): string => `${value.toFixed(3)} ms`;
console.log(`sandbox overhead (${runs} runs; no model involved)`);
console.log(`  cold start of the process's first sandbox + eval: ${ms(cold)}`);
console.log(`  create + first eval (median):  ${ms(median(firstAction))}`);
console.log(`  further eval (median):         ${ms(median(furtherEval))}`);
console.log(`  read of one output (median):   ${ms(median(read))}`);
console.log(`  stage changes (median):        ${ms(median(stage))}`);
console.log(`  dispose (median):              ${ms(median(dispose))}`);
