/** The figures of one program: both versions and their ratios (natural ÷ twin). */
import type { VersionFigures } from "./version-figures.js";

/** Natural ÷ twin. Below 1 means the natural version used less. */
export interface Ratios {
  time: number;
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
    calls: natural.calls / twin.calls,
    promptTokens: natural.promptTokens / twin.promptTokens,
    completionTokens: natural.completionTokens / twin.completionTokens,
    linesOfCode: natural.linesOfCode / twin.linesOfCode,
  };
}
