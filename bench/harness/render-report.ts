/** The bench's text output: a table per program, then a summary table over all programs. */
import { latencyProfileNames, latencyProfiles } from "../simulator/latency-profiles.js";
import type { BenchReport } from "./run-bench.js";
import { formatCount, formatMs, formatPass, formatRatio, formatShare } from "./format-figure.js";
import { extraMsPerBlock, type ProgramReport } from "./program-report.js";
import { textTable } from "./text-table.js";
import type { VersionFigures } from "./version-figures.js";

type Row = [label: string, pick: (figures: VersionFigures) => string, ratio: (program: ProgramReport) => string];

const rows: Row[] = [
  ["tests passed", (f) => formatPass(f.passed, f.total), () => ""],
  ["time in run() ms", (f) => formatMs(f.timeMs), (p) => formatRatio(p.ratios.time)],
  ["  outside model calls", (f) => formatMs(f.outsideModelMs), (p) => `${formatMs(extraMsPerBlock(p))} ms/block more`],
  ["model round trips", (f) => formatCount(f.calls), (p) => formatRatio(p.ratios.calls)],
  ["blocks / direct calls", (f) => formatCount(f.blocks), () => ""],
  ["most trips per block", (f) => formatCount(f.maxCallsPerBlock), () => ""],
  ["prompt tokens", (f) => formatCount(f.promptTokens), (p) => formatRatio(p.ratios.promptTokens)],
  ["completion tokens", (f) => formatCount(f.completionTokens), (p) => formatRatio(p.ratios.completionTokens)],
  ["lines of code", (f) => String(f.linesOfCode), (p) => `${formatShare(1 - p.ratios.linesOfCode)} fewer`],
  ["process startup ms", (f) => formatMs(f.startupMs), (p) => formatRatio(p.ratios.startup)],
  ["first (cold) case ms", (f) => formatMs(f.firstCallMs), (p) => formatRatio(p.ratios.firstCase)],
  ...latencyProfileNames.map((name): Row => [`time, ${name} profile ms`, (f) => formatMs(f.timeMsByProfile[name]), (p) => formatRatio(p.ratios.timeByProfile[name])]),
];

const problemLines = (label: string, figures: VersionFigures): string[] =>
  [figures.problem, ...figures.failures]
    .filter((line): line is string => line !== undefined)
    .filter((line, index, all) => all.indexOf(line) === index)
    .slice(0, 5)
    .map((line) => `  ${label}: ${line.replace(/\n/g, "\n    ")}`);

/** One program's table, with its failures below it. */
export function renderProgram(program: ProgramReport, repetitions: number): string {
  const heading = `${program.name} — ${program.covers.join(", ")} (${program.caseCount} cases × ${repetitions} runs)`;
  const table = textTable([
    ["", "natural", "twin", "natural/twin"],
    ...rows.map(([label, pick, ratio]) => [label, pick(program.natural), pick(program.twin), ratio(program)]),
  ]);
  const problems = [...problemLines("natural", program.natural), ...problemLines("twin", program.twin)];
  return [heading, table, ...problems].join("\n");
}

function renderSummary(report: BenchReport): string {
  const { summary } = report;
  const table = textTable([
    ["program", "pass nat", "pass twin", "time", ...latencyProfileNames, "trips nat/twin", "prompt tok", "lines nat/twin"],
    ...report.programs.map((program) => [
      program.name,
      formatPass(program.natural.passed, program.natural.total),
      formatPass(program.twin.passed, program.twin.total),
      formatRatio(program.ratios.time),
      ...latencyProfileNames.map((name) => formatRatio(program.ratios.timeByProfile[name])),
      `${formatCount(program.natural.calls)}/${formatCount(program.twin.calls)}`,
      formatRatio(program.ratios.promptTokens),
      `${program.natural.linesOfCode}/${program.twin.linesOfCode}`,
    ]),
    [
      `median / total (${summary.compared} of ${summary.programs} pass on both sides)`,
      formatShare(summary.natural.passed / summary.natural.total),
      formatShare(summary.twin.passed / summary.twin.total),
      formatRatio(summary.medianRatios.time),
      ...latencyProfileNames.map((name) => formatRatio(summary.medianRatios.timeByProfile[name])),
      `${summary.natural.calls}/${summary.twin.calls}`,
      formatRatio(summary.medianRatios.promptTokens),
      `${summary.natural.linesOfCode}/${summary.twin.linesOfCode}`,
    ],
  ]);
  const perBlock = summary.natural.blocks > 0 ? summary.natural.calls / summary.natural.blocks : Number.NaN;
  const { provenance } = report;
  return [
    "Summary (ratios are natural ÷ twin; time is spent inside run(), medians over runs; `time` as measured, the profile",
    "columns project each latency profile from the same runs: measured time outside the model + the profile's model time)",
    table,
    `Start-up (process start to ready), median ratio: ${formatRatio(summary.medianRatios.startup)}; first (cold) case: ${formatRatio(summary.medianRatios.firstCase)}.`,
    `Round trips per natural block: ${formatCount(perBlock)} on average, at most ${summary.natural.maxCallsPerBlock}.`,
    `Outside model calls a natural block costs ${formatMs(summary.medianExtraMsPerBlock)} ms more than the twin's direct call (median).`,
    `Lines of code: ${formatShare(summary.lineReduction)} fewer with natural blocks.`,
    `Machine: ${provenance.machine}; load average ${provenance.loadAtStart.join(" ")} at the start, ${provenance.loadAtEnd.join(" ")} at the end; commit ${provenance.commit}.`,
    ...latencyProfileNames.map((name) => `Profile ${name}: ${latencyProfiles[name].source}.`),
  ].join("\n");
}

/** The whole report, led by the model that produced it. */
export function renderReport(report: BenchReport): string {
  const header = `nightjar bench — ${report.model}; ${report.settings.repetitions} runs per version, node ${report.settings.node}`;
  const programs = report.programs.map((program) => renderProgram(program, report.settings.repetitions));
  return [header, ...programs, renderSummary(report), `Figures from: ${report.model}`].join("\n\n");
}
