/**
 * Prompt tokens of the examples' natural blocks, counted with a real tokenizer (js-tiktoken, o200k_base).
 *
 *   npm run build && npx tsx bench/example-prompts.ts
 *
 * Runs against a SIMULATED model. Every example in examples/*.ts runs exactly as the e2e tests run it: the
 * built CLI (`node dist/cli/main.js run examples/X.ts`) in a child process, talking over HTTP to
 * `startMockServer` (nightjar-ts/testing), which answers with the scripts of test/e2e/support/example-scripts.ts.
 * The requests are the runtime's real ones; the answers are scripted, so the number of follow-up round trips is
 * the script's, not a model's.
 *
 * Each request's prompt tokens follow bench/simulator/token-counter.ts (message texts plus a fixed cost per
 * message, and the tool definitions as the provider bills them). A block is told apart by its instruction (the first user
 * message's first paragraph); a request that starts a conversation is a block execution's first
 * request, later ones are its follow-up round trips. The table shows per example and per block the first
 * requests and the follow-ups (min–max over executions), then the median and max over blocks.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { simulatedModelName } from "nightjar-ts/testing";
import { exampleRuns, type ExampleRun } from "../test/e2e/support/example-scripts.js";
import { runExample, userMessage } from "../test/e2e/support/run-with-mock-model.js";
import { repositoryRoot } from "../test/e2e/support/spawn-process.js";
import { median } from "./harness/median.js";
import { textTable } from "./harness/text-table.js";
import { conversationTurn, toChatRequest } from "./simulator/chat-request.js";
import { countPromptTokens } from "./simulator/token-counter.js";

/** One execution of a block: its first request's prompt tokens and those of its follow-up round trips. */
interface Execution {
  userMessage: string;
  first: number;
  followUps: number[];
}

/** A block of an example (told apart by its instruction) and its executions over all runs of the example. */
interface Block {
  instruction: string;
  executions: Execution[];
}

const examples = readdirSync(join(repositoryRoot, "examples"))
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => `examples/${name}`);
const runs: ExampleRun[] = Object.values(exampleRuns);
const unscripted = examples.filter((file) => !runs.some((run) => run.file === file));
if (unscripted.length > 0) {
  throw new Error(`no scripted run for ${unscripted.join(", ")}: add one to test/e2e/support/example-scripts.ts`);
}

/** The instruction of a block's user message (its first section). */
function instructionOf(message: string): string {
  return message.split("\n\n")[0]!;
}

/** Runs every scripted run of an example and sorts its requests into blocks and executions. */
async function measureExample(file: string): Promise<Block[]> {
  const blocks = new Map<string, Block>();
  for (const run of runs.filter((candidate) => candidate.file === file)) {
    const result = await runExample(run);
    if (result.stderr !== "" || result.requests.length === 0) {
      throw new Error(`${file} did not run cleanly (exit ${result.code}, ${result.requests.length} requests):\n${result.stderr}`);
    }
    const started: Execution[] = [];
    for (const request of result.requests) {
      const chat = toChatRequest(request.body);
      if (typeof chat === "string") throw new Error(`${file}: a request the bench cannot read: ${chat}`);
      const message = userMessage(request);
      const tokens = countPromptTokens(chat);
      if (conversationTurn(chat) > 0) {
        const execution = started.findLast((candidate) => candidate.userMessage === message);
        if (!execution) throw new Error(`${file}: a follow-up request without the request that started its block`);
        execution.followUps.push(tokens);
        continue;
      }
      const instruction = instructionOf(message);
      const block = blocks.get(instruction) ?? { instruction, executions: [] };
      blocks.set(instruction, block);
      const execution: Execution = { userMessage: message, first: tokens, followUps: [] };
      block.executions.push(execution);
      started.push(execution);
    }
  }
  return [...blocks.values()];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const maximum = (values: number[]) => Math.max(...values);
const figure = (value: number) => (Number.isInteger(value) ? `${value}` : value.toFixed(1));
const range = (values: number[]) =>
  values.length === 0 ? "-" : maximum(values) === Math.min(...values) ? `${values[0]}` : `${Math.min(...values)}–${maximum(values)}`;
const firstRequests = (block: Block) => block.executions.map((execution) => execution.first);
const followUps = (block: Block) => block.executions.flatMap((execution) => execution.followUps);
const allRequests = (block: Block) => [...firstRequests(block), ...followUps(block)];

/** The first line of an instruction, short enough for a table cell. */
function label(instruction: string): string {
  const line = instruction.split("\n")[0]!;
  return line.length > 50 ? `${line.slice(0, 49)}…` : line;
}

const measured: Array<{ file: string; blocks: Block[] }> = [];
for (const file of examples) measured.push({ file, blocks: await measureExample(file) });

const rows = [["example / block (its instruction)", "executions", "first request", "follow-ups", "follow-up tokens", "all requests"]];
for (const { file, blocks } of measured) {
  const executions = sum(blocks.map((block) => block.executions.length));
  rows.push([file, `${executions}`, "", `${sum(blocks.map((block) => followUps(block).length))}`, "", `${sum(blocks.flatMap(allRequests))}`]);
  for (const block of blocks) {
    const blockFollowUps = followUps(block);
    rows.push([
      `  ${label(block.instruction)}`,
      `${block.executions.length}`,
      range(firstRequests(block)),
      `${blockFollowUps.length}`,
      range(blockFollowUps),
      `${sum(allRequests(block))}`,
    ]);
  }
}

/** Summarises each block's requests, then the blocks' figures, with the same function (median or max). */
function overBlocks(among: Block[], requests: (block: Block) => number[], summarise: (values: number[]) => number): string {
  return among.length === 0 ? "-" : figure(summarise(among.map((block) => summarise(requests(block)))));
}
const blocks = measured.flatMap((example) => example.blocks);
const withFollowUps = blocks.filter((block) => followUps(block).length > 0);
rows.push(["", "", "", "", "", ""]);
for (const [name, summarise] of [["median", median], ["max", maximum]] as const) {
  const firsts = overBlocks(blocks, firstRequests, summarise);
  rows.push([`${name} over ${blocks.length} blocks`, "", firsts, "", overBlocks(withFollowUps, followUps, summarise), ""]);
}

console.log(`Prompt tokens of the examples' natural blocks, against a SIMULATED model ("${simulatedModelName}").`);
console.log("The requests are the runtime's real ones; the answers are the e2e tests' scripts, not a model's, so the");
console.log("follow-up round trips are the scripts' too. Tokens: js-tiktoken o200k_base over message texts (+3 per");
console.log("message, +3 reply priming) and the tool definitions as JSON (bench/simulator/token-counter.ts).\n");
console.log(textTable(rows));
console.log(`
Per block: first requests and follow-ups as min–max over its executions (in all runs of the example). Median
and max: over blocks, of each block's median and max; follow-ups over the ${withFollowUps.length} blocks that have any.`);
