/**
 * The bench's pass/fail rule (CI and `npm run bench -- --check`): every test of both versions passes, and no case
 * of a natural version needs more model round trips than the same case of its hand-written twin.
 */
import type { BenchReport } from "./run-bench.js";
import type { ProgramReport } from "./program-report.js";

function programProblems(program: ProgramReport): string[] {
  const { natural, twin } = program;
  if (natural.problem) return [`${program.name}: the natural version did not run: ${natural.problem}`];
  if (twin.problem) return [`${program.name}: the twin did not run: ${twin.problem}`];
  const failing = [
    ...(natural.passed < natural.total ? [`natural passed ${natural.passed}/${natural.total}: ${natural.failures[0]}`] : []),
    ...(twin.passed < twin.total ? [`twin passed ${twin.passed}/${twin.total}: ${twin.failures[0]}`] : []),
  ];
  const extraTrips = natural.cases.flatMap((entry, index) => {
    const twinCalls = twin.cases[index]!.calls;
    return entry.calls > twinCalls ? [`case ${entry.name}: ${entry.calls} round trips, the twin needs ${twinCalls}`] : [];
  });
  return [...failing, ...extraTrips].map((problem) => `${program.name}: ${problem}`);
}

/** What breaks the rule, one line each; empty when the bench passes. */
export function checkReport(report: BenchReport): string[] {
  return report.programs.flatMap(programProblems);
}
