/**
 * Compile time of the natural-block compiler, per file, in a cold process (node start, import, first compile
 * with the checker built from scratch) and warm (the same process compiling the file again after an edit):
 * a generated 200-line file with 5 blocks, and a 200-line file without blocks, which never builds a project
 * or checker (through `transformSource`, and through the ts-morph-free `containsNaturalBlocks` a loader asks
 * first). Targets: warm compile < 300 ms; file without blocks < 5 ms. Nothing here calls a model.
 *
 * Run (esbuild bundles this file, splitting the compiler into a lazily imported chunk so import time is real;
 * packages stay external and resolve from the repo's node_modules):
 *   npx esbuild bench/compile-time.ts --bundle --splitting --platform=node --format=esm --packages=external \
 *     --outdir=.nightjar-cache/compile-time && node .nightjar-cache/compile-time/compile-time.js [warm-runs]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { median } from "./harness/median.js";
import { textTable } from "./harness/text-table.js";

const root = process.cwd();
const directory = path.join(root, ".nightjar-cache", "bench-compile-time");
const warmRuns = Number(process.argv[2] ?? 20);

/** A 200-line module with 5 blocks: types, loops, writes, property writes, error classes, filler code. */
function fileWithBlocks(): string {
  const blocks = [
    "let answer!: Category;\n  await natural`Classify <email> as one of <Category> into <:answer>; else throw <OtherCategoryError>.`;\n  return answer;",
    "for (const order of orders) {\n    await natural`Decrease <inventory> for <order>; if it says stop, break.`;\n  }\n  return inventory;",
    "let summary!: Summary;\n  await natural`Summarise <tickets> into <:summary>.`;\n  return summary;",
    "await natural`Set <:ticket.status> and <:ticket.tags> for <ticket> given ${note}.`;\n  return ticket;",
    "let plan!: Step[];\n  await natural`Plan <:plan> to reach <goal> by <deadline>.`;\n  return plan;",
  ];
  const header = `import { natural } from "nightjar-ts";
export enum Category { Presale = "Pre-sale question", Defective = "Defective item", Billing = "Billing question" }
export class OtherCategoryError extends Error { constructor(public category: string) { super(category); } }
export interface Ticket { id: string; status: "open" | "closed"; tags: string[]; opened: Date }
export interface Summary { count: number; oldest?: Date; byStatus: Record<string, number> }
export type Step = { title: string; done: boolean; substeps: Step[] };
`;
  const signatures = [
    "classify(email: string): Promise<Category>",
    "restock(inventory: Record<string, number>, orders: string[])",
    "summarise(tickets: Ticket[]): Promise<Summary>",
    "triage(ticket: Ticket, note: string)",
    "plan(goal: string, deadline: Date): Promise<Step[]>",
  ];
  const functions = signatures.map((signature, index) => `export async function ${signature} {\n  ${blocks[index]}\n}\n`);
  const fillerLines = 200 - (header + functions.join("")).split("\n").length;
  const filler = Array.from({ length: Math.floor(fillerLines / 4) }, (_, index) => `export function helper${index}(values: number[]): number {\n  return values.reduce((sum, value) => sum + value * ${index}, 0);\n}\n`);
  return header + functions.join("") + filler.join("");
}

/** A 200-line module without blocks. */
function fileWithoutBlocks(): string {
  return Array.from({ length: 50 }, (_, index) => `export function plain${index}(text: string): string {\n  return text.trim() + ${JSON.stringify(String(index))};\n}\n`).join("");
}

/** What a cold child process measures: the whole compiler, or only the syntax scan a loader runs first. */
type Entry = "transformSource" | "containsNaturalBlocks";

/** In a child process: import the entry, run it on the file once; prints the timings as JSON. */
async function child(entry: Entry, fileName: string): Promise<void> {
  const started = performance.now(); // ms since this process started: node's own start-up
  const text = fs.readFileSync(fileName, "utf8");
  const run =
    entry === "transformSource"
      ? await import("../compiler/index.js").then(({ transformSource }) => () => transformSource({ fileName, text }).changed)
      : await import("../compiler/contains-natural-blocks.js").then(({ containsNaturalBlocks }) => () => containsNaturalBlocks(text));
  const imported = performance.now();
  const changed = run();
  console.log(JSON.stringify({ startMs: started, importMs: imported - started, compileMs: performance.now() - imported, changed }));
}

/** Cold: a fresh `node` per run. */
function cold(entry: Entry, fileName: string): { startMs: number; importMs: number; compileMs: number; processMs: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [process.argv[1]!, "--child", entry, fileName], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`child failed:\n${run.stderr}`);
  return { ...JSON.parse(run.stdout), processMs: performance.now() - started };
}

/** Warm: after one compile in this process, compile again after an edit (a changed comment) each run. */
async function warm(fileName: string): Promise<number[]> {
  const { transformSource } = await import("../compiler/index.js");
  const text = fs.readFileSync(fileName, "utf8");
  transformSource({ fileName, text });
  return Array.from({ length: warmRuns }, (_, run) => {
    const started = performance.now();
    transformSource({ fileName, text: `${text}// edit ${run}\n` });
    return performance.now() - started;
  });
}

async function main(): Promise<void> {
  fs.mkdirSync(directory, { recursive: true });
  const cases: { label: string; text: string; entry: Entry }[] = [
    { label: "200 lines, 5 blocks: transformSource", text: fileWithBlocks(), entry: "transformSource" },
    { label: "200 lines, no blocks: transformSource", text: fileWithoutBlocks(), entry: "transformSource" },
    { label: "200 lines, no blocks: containsNaturalBlocks", text: fileWithoutBlocks(), entry: "containsNaturalBlocks" },
  ];
  const rows = [["file: entry", "cold: node start", "cold: import", "cold: 1st run", "cold: process", `warm: median of ${warmRuns}`, "warm: max"]];
  const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
  for (const { label, text, entry } of cases) {
    const fileName = path.join(directory, `${label.split(":")[0]!.replace(/\W+/g, "-")}.ts`);
    fs.writeFileSync(fileName, text);
    const coldRun = cold(entry, fileName);
    const warmRunsMs = entry === "transformSource" ? await warm(fileName) : await warmScan(text);
    rows.push([label, ms(coldRun.startMs), ms(coldRun.importMs), ms(coldRun.compileMs), ms(coldRun.processMs), ms(median(warmRunsMs)), ms(Math.max(...warmRunsMs))]);
  }
  console.log("Compiler compile time (no model involved). Targets: warm < 300 ms; no blocks < 5 ms.\n");
  console.log(textTable(rows));
}

async function warmScan(text: string): Promise<number[]> {
  const { containsNaturalBlocks } = await import("../compiler/contains-natural-blocks.js");
  return Array.from({ length: warmRuns }, () => {
    const started = performance.now();
    containsNaturalBlocks(text);
    return performance.now() - started;
  });
}

if (process.argv[2] === "--child") await child(process.argv[3] as Entry, process.argv[4]!);
else await main();
