/** The figures of one program: both versions and their ratios (natural ÷ twin). */
import { latencyProfileNames, type LatencyProfileName } from "../simulator/latency-profiles.js";
import type { VersionFigures } from "./version-figures.js";

/** Natural ÷ twin. Below 1 means the natural version used less. */
export interface Ratios {
  /** Time in `run()` as measured, under the profile the bench ran with. */
  time: number;
  /** Time in `run()` under each latency profile (see `VersionFigures.timeMsByProfile`). */
  timeByProfile: Record<LatencyProfileName, number>;
  /** Process start to ready (loading the runtime, the openai client, Pyodide...). */
  startup: number;
  /** The first case of a process (cold: the first block, the first sandbox), under the run's profile. */
  firstCase: number;
  calls: number;
  promptTokens: number;
  completionTokens: number;
  linesOfCode: number;
}

export interface ProgramReport {
  name: string;
  language: "ts" | "py";
  covers: string[];
  caseCount: number;
  natural: VersionFigures;
  twin: VersionFigures;
  ratios: Ratios;
}

/** What a natural block costs beyond its twin's direct call, outside the model's own time (ms per block). */
export const extraMsPerBlock = (program: ProgramReport): number =>
  (program.natural.outsideModelMs - program.twin.outsideModelMs) / program.natural.blocks;

export function ratiosOf(natural: VersionFigures, twin: VersionFigures): Ratios {
  return {
    time: natural.timeMs / twin.timeMs,
    timeByProfile: Object.fromEntries(
      latencyProfileNames.map((name) => [name, natural.timeMsByProfile[name] / twin.timeMsByProfile[name]]),
    ) as Record<LatencyProfileName, number>,
    startup: natural.startupMs / twin.startupMs,
    firstCase: natural.firstCallMs / twin.firstCallMs,
    calls: natural.calls / twin.calls,
    promptTokens: natural.promptTokens / twin.promptTokens,
    completionTokens: natural.completionTokens / twin.completionTokens,
    linesOfCode: natural.linesOfCode / twin.linesOfCode,
  };
}
