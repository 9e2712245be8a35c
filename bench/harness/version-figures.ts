/** Summarises the runs of one version of one program: medians over repetitions, pass counts, worst cases. */
import { latencyProfileNames, latencyProfiles, modelTimeMs, type LatencyProfileName } from "../simulator/latency-profiles.js";
import { median } from "./median.js";
import type { CaseMeasure, RunMeasure } from "./measure-run.js";

/** Per case, over all runs. */
export interface CaseFigures {
  name: string;
  passedRuns: number;
  medianMs: number;
  /** Median round trips of the case. */
  calls: number;
}

/** One version of one program. */
export interface VersionFigures {
  /** Why the version could not be measured (it does not build, or no run finished); figures are then NaN. */
  problem?: string;
  linesOfCode: number;
  passed: number;
  total: number;
  /** Median over runs of the time spent in `run(input)` for all cases (startup and warm-up excluded). */
  timeMs: number;
  /** Median over runs of the time in `run(input)` outside model calls: what the program itself costs. */
  outsideModelMs: number;
  /**
   * Median over runs of the time in `run(input)` under each latency profile: the measured time outside model
   * calls plus the model time the profile gives this run's requests, prompt and output tokens. For the profile
   * the run was made with, this is close to `timeMs`; for the others it is a projection from the same run.
   */
  timeMsByProfile: Record<LatencyProfileName, number>;
  startupMs: number;
  firstCallMs: number;
  /** Per run (medians over runs). */
  calls: number;
  blocks: number;
  promptTokens: number;
  completionTokens: number;
  maxCallsPerBlock: number;
  cases: CaseFigures[];
  /** Distinct failures, `case: what went wrong`. */
  failures: string[];
}

/** What the figures are computed from. */
export interface VersionFiguresInput {
  caseNames: string[];
  linesOfCode: number;
  runs: RunMeasure[];
  /** Runs planned: every planned run's cases count in the pass rate, finished or not. */
  repetitions: number;
  /** Set when the version could not even be prepared. */
  problem?: string;
}

const sumOf = (cases: CaseMeasure[], pick: (measure: CaseMeasure) => number): number =>
  cases.reduce((total, measure) => total + pick(measure), 0);

function caseFigures(name: string, index: number, runs: RunMeasure[]): CaseFigures {
  const measures = runs.flatMap((run) => run.cases.filter((measure) => measure.index === index));
  return {
    name,
    passedRuns: measures.filter((measure) => measure.passed).length,
    medianMs: median(measures.map((measure) => measure.durationMs)),
    calls: median(measures.map((measure) => measure.calls)),
  };
}

const profileTime = (name: LatencyProfileName, measure: CaseMeasure): number =>
  modelTimeMs(latencyProfiles[name], { requests: measure.calls, promptTokens: measure.promptTokens, completionTokens: measure.completionTokens });

export function versionFigures(input: VersionFiguresInput): VersionFigures {
  const { runs, caseNames } = input;
  const complete = runs.filter((run) => run.cases.length === caseNames.length);
  const perRun = (pick: (measure: CaseMeasure) => number) => median(complete.map((run) => sumOf(run.cases, pick)));
  const allCases = runs.flatMap((run) => run.cases);
  const runProblems = runs.flatMap((run) => (run.problem ? [run.problem] : []));
  const failures = [...allCases.flatMap((measure) => (measure.failure ? [measure.failure] : [])), ...runProblems];
  return {
    problem: input.problem ?? (complete.length === 0 ? (runProblems[0] ?? "no run finished") : undefined),
    linesOfCode: input.linesOfCode,
    passed: allCases.filter((measure) => measure.passed).length,
    total: caseNames.length * input.repetitions,
    timeMs: perRun((measure) => measure.durationMs),
    outsideModelMs: perRun((measure) => measure.durationMs - measure.modelMs),
    timeMsByProfile: Object.fromEntries(
      latencyProfileNames.map((name) => [name, perRun((measure) => measure.durationMs - measure.modelMs + profileTime(name, measure))]),
    ) as Record<LatencyProfileName, number>,
    startupMs: median(runs.map((run) => run.startupMs).filter(Number.isFinite)),
    firstCallMs: median(runs.map((run) => run.firstCallMs).filter(Number.isFinite)),
    calls: perRun((measure) => measure.calls),
    blocks: perRun((measure) => measure.blocks),
    promptTokens: perRun((measure) => measure.promptTokens),
    completionTokens: perRun((measure) => measure.completionTokens),
    maxCallsPerBlock: Math.max(0, ...allCases.map((measure) => measure.maxCallsPerBlock)),
    cases: caseNames.map((name, index) => caseFigures(name, index, runs)),
    failures: [...new Set(failures)],
  };
}
