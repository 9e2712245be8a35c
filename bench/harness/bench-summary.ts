/** The figures over all programs: pass rates, median ratios, round trips per block, lines of code. */
import { latencyProfileNames, type LatencyProfileName } from "../simulator/latency-profiles.js";
import { median } from "./median.js";
import { extraMsPerBlock, type ProgramReport, type Ratios } from "./program-report.js";
import type { VersionFigures } from "./version-figures.js";

/** Totals of one version over all programs. */
export interface VersionTotals {
  passed: number;
  total: number;
  calls: number;
  blocks: number;
  maxCallsPerBlock: number;
  linesOfCode: number;
}

export interface BenchSummary {
  programs: number;
  /** Programs where both versions ran and passed every case: the population of the median ratios. */
  compared: number;
  natural: VersionTotals;
  twin: VersionTotals;
  /** Median over compared programs of each natural ÷ twin ratio. */
  medianRatios: Ratios;
  /** Median over compared programs of the time a natural block adds outside model calls, in ms. */
  medianExtraMsPerBlock: number;
  /** 1 − natural lines ÷ twin lines, over all programs' code. */
  lineReduction: number;
}

const totals = (figures: VersionFigures[]): VersionTotals => {
  const add = (pick: (entry: VersionFigures) => number) =>
    figures.reduce((total, entry) => total + (Number.isFinite(pick(entry)) ? pick(entry) : 0), 0);
  return {
    passed: add((entry) => entry.passed),
    total: add((entry) => entry.total),
    calls: add((entry) => entry.calls),
    blocks: add((entry) => entry.blocks),
    maxCallsPerBlock: Math.max(0, ...figures.map((entry) => entry.maxCallsPerBlock)),
    linesOfCode: add((entry) => entry.linesOfCode),
  };
};

// A version that fails can be fast for the wrong reason: its ratios would say nothing about overhead.
const allPassed = (figures: VersionFigures): boolean => !figures.problem && figures.passed === figures.total;

export function summarize(programs: ProgramReport[]): BenchSummary {
  const compared = programs.filter((program) => allPassed(program.natural) && allPassed(program.twin));
  const medianOf = (key: Exclude<keyof Ratios, "timeByProfile">) => median(compared.map((program) => program.ratios[key]).filter(Number.isFinite));
  const timeByProfile = Object.fromEntries(
    latencyProfileNames.map((name) => [name, median(compared.map((program) => program.ratios.timeByProfile[name]).filter(Number.isFinite))]),
  ) as Record<LatencyProfileName, number>;
  const natural = totals(programs.map((program) => program.natural));
  const twin = totals(programs.map((program) => program.twin));
  return {
    programs: programs.length,
    compared: compared.length,
    natural,
    twin,
    medianRatios: {
      time: medianOf("time"),
      timeByProfile,
      startup: medianOf("startup"),
      firstCase: medianOf("firstCase"),
      calls: medianOf("calls"),
      promptTokens: medianOf("promptTokens"),
      completionTokens: medianOf("completionTokens"),
      linesOfCode: medianOf("linesOfCode"),
    },
    medianExtraMsPerBlock: median(compared.map(extraMsPerBlock)),
    lineReduction: 1 - natural.linesOfCode / twin.linesOfCode,
  };
}
