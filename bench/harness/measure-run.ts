/**
 * Turns one child run into measurements: each measured case gets its result checked against the expected
 * one and the model calls made while it ran (the warm-up's calls are its own and are left out).
 */
import { isDeepStrictEqual } from "node:util";
import type { ModelCallRecord } from "../simulator/endpoint-server.js";
import type { ProgramCase } from "./program-case.js";
import type { CaseEvent, ChildRun } from "./run-child.js";

/** One case in one run. */
export interface CaseMeasure {
  index: number;
  passed: boolean;
  durationMs: number;
  /** Time the model server spent answering this case's calls; the rest of `durationMs` is the program's. */
  modelMs: number;
  /** Model round trips. */
  calls: number;
  /** Conversations started: blocks executed (natural) or direct calls (twin). */
  blocks: number;
  /** The most round trips one block (or call) took. */
  maxCallsPerBlock: number;
  promptTokens: number;
  completionTokens: number;
  failure?: string;
}

/** One run of one version. */
export interface RunMeasure {
  startupMs: number;
  /** The unmeasured warm-up of the first case: the cold cost of the first block in a process. */
  firstCallMs: number;
  cases: CaseMeasure[];
  problem?: string;
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
const brief = (value: unknown): string => JSON.stringify(value)?.slice(0, 160) ?? "undefined";

function callsPerBlock(calls: ModelCallRecord[]): number[] {
  const lengths: number[] = [];
  for (const call of calls) {
    if (call.fresh || lengths.length === 0) lengths.push(0);
    lengths[lengths.length - 1]! += 1;
  }
  return lengths;
}

function failureOf(event: CaseEvent, expected: unknown, calls: ModelCallRecord[]): string | undefined {
  const modelProblem = calls.find((call) => call.problem)?.problem;
  if (event.error) return `${event.error.name}: ${event.error.message}${modelProblem ? ` (model: ${modelProblem})` : ""}`;
  if (!isDeepStrictEqual(event.result, expected)) return `returned ${brief(event.result)}, expected ${brief(expected)}`;
  return undefined;
}

function measureCase(event: CaseEvent, cases: ProgramCase[], calls: ModelCallRecord[]): CaseMeasure {
  const blocks = callsPerBlock(calls);
  const failure = failureOf(event, cases[event.index]!.expected, calls);
  return {
    index: event.index,
    passed: failure === undefined,
    durationMs: event.durationMs,
    modelMs: sum(calls.map((call) => call.modelMs)),
    calls: calls.length,
    blocks: blocks.length,
    maxCallsPerBlock: Math.max(0, ...blocks),
    promptTokens: sum(calls.map((call) => call.promptTokens)),
    completionTokens: sum(calls.map((call) => call.completionTokens)),
    failure: failure && `${cases[event.index]!.name}: ${failure}`,
  };
}

/**
 * Each call belongs to the case that started last before it arrived. Cases run one after another, but their
 * millisecond windows can touch, so "inside the window" could count a call twice.
 */
function callsByCase(events: CaseEvent[], records: ModelCallRecord[]): Map<CaseEvent, ModelCallRecord[]> {
  const owned = new Map<CaseEvent, ModelCallRecord[]>(events.map((event) => [event, []]));
  for (const record of records) {
    const owner = events.findLast((event) => event.start <= record.at);
    if (owner) owned.get(owner)!.push(record);
  }
  return owned;
}

/** Measures a finished child run against the cases and the model server's records. */
export function measureRun(run: ChildRun, cases: ProgramCase[], records: ModelCallRecord[]): RunMeasure {
  const owned = callsByCase(run.cases, records);
  const measured = run.cases.filter((event) => !event.warmup);
  return {
    startupMs: run.startupMs,
    firstCallMs: run.cases.find((event) => event.warmup)?.durationMs ?? Number.NaN,
    cases: measured.map((event) => measureCase(event, cases, owned.get(event)!)),
    problem: run.problem,
  };
}
