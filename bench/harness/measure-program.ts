/**
 * Measures one program: loads its cases, gives the simulated model their answers, prepares both versions,
 * then runs them interleaved (natural/twin, then twin/natural, ...) so drift in the machine's speed hits both
 * alike. Each run is a fresh child process that warms up on the first case before measuring all of them.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EndpointServer } from "../simulator/endpoint-server.js";
import type { SimulatedEndpoint } from "../simulator/simulated-endpoint.js";
import { inputsVariable } from "./child-protocol.js";
import { countCodeLines } from "./count-code-lines.js";
import { loadCases } from "./load-cases.js";
import { measureRun, type RunMeasure } from "./measure-run.js";
import { preparePython } from "./prepare-python.js";
import { prepareTypeScript } from "./prepare-typescript.js";
import type { PreparedVersion } from "./prepared-version.js";
import { versions, type BenchProgram, type ProgramVersion } from "./program-catalog.js";
import type { ProgramCases } from "./program-case.js";
import { ratiosOf, type ProgramReport } from "./program-report.js";
import { runChild } from "./run-child.js";
import { versionFigures } from "./version-figures.js";

/** Everything a program's measurement needs. */
export interface MeasureProgramOptions {
  program: BenchProgram;
  root: string;
  buildDirectory: string;
  server: EndpointServer;
  /** Present in simulated mode: it learns the program's answers. */
  simulator?: SimulatedEndpoint;
  /** Environment of every child: where the model is (OPENAI_BASE_URL, OPENAI_API_KEY, NIGHTJAR_MODEL). */
  modelEnvironment: Record<string, string>;
  repetitions: number;
  timeoutMs: number;
  python: string;
  /** Called before each child run, for progress display. */
  onRun?: (version: ProgramVersion, repetition: number) => void;
}

function prepare(options: MeasureProgramOptions, version: ProgramVersion, loaded: ProgramCases): Promise<PreparedVersion> {
  const { program, root, buildDirectory } = options;
  const target = { program, version, root, buildDirectory };
  if (program.language === "ts") return prepareTypeScript(target);
  return preparePython({ ...target, inputs: loaded.cases.map((entry) => entry.input), python: options.python });
}

const interleaved = (repetition: number): ProgramVersion[] => (repetition % 2 === 0 ? [...versions] : [...versions].reverse());

interface RunVersionsOptions {
  measure: MeasureProgramOptions;
  prepared: Record<ProgramVersion, PreparedVersion>;
  loaded: ProgramCases;
  inputsFile: string;
}

/** All runs, interleaved; a version that could not be prepared has none. */
async function runVersions(options: RunVersionsOptions): Promise<Record<ProgramVersion, RunMeasure[]>> {
  const { measure, prepared, loaded } = options;
  const runs: Record<ProgramVersion, RunMeasure[]> = { natural: [], twin: [] };
  const env = { ...measure.modelEnvironment, [inputsVariable]: options.inputsFile };
  for (let repetition = 0; repetition < measure.repetitions; repetition += 1) {
    for (const version of interleaved(repetition)) {
      const ready = prepared[version];
      if (!ready.success) continue;
      measure.onRun?.(version, repetition);
      const before = measure.server.records.length;
      const run = await runChild({ command: ready.command, args: ready.args, env, cwd: measure.root, timeoutMs: measure.timeoutMs });
      runs[version].push(measureRun(run, loaded.cases, measure.server.records.slice(before)));
    }
  }
  return runs;
}

export async function measureProgram(options: MeasureProgramOptions): Promise<ProgramReport> {
  const { program } = options;
  const loaded = await loadCases(program.casesFile);
  options.simulator?.load({
    natural: loaded.cases.flatMap((entry) => entry.natural),
    twin: loaded.cases.flatMap((entry) => entry.twin),
  });
  const inputsFile = join(options.buildDirectory, `${program.name.replace("/", "-")}-inputs.json`);
  await writeFile(inputsFile, JSON.stringify(loaded.cases.map((entry) => entry.input)));
  const [natural, twin] = await Promise.all(versions.map((version) => prepare(options, version, loaded)));
  const prepared: Record<ProgramVersion, PreparedVersion> = { natural: natural!, twin: twin! };
  const runs = await runVersions({ measure: options, prepared, loaded, inputsFile });
  const figures = async (version: ProgramVersion) => {
    const ready = prepared[version];
    return versionFigures({
      caseNames: loaded.cases.map((entry) => entry.name),
      linesOfCode: countCodeLines(await readFile(program.files[version], "utf8"), program.language),
      runs: runs[version],
      repetitions: options.repetitions,
      problem: ready.success ? undefined : ready.message,
    });
  };
  const [naturalFigures, twinFigures] = [await figures("natural"), await figures("twin")];
  return {
    name: program.name,
    language: program.language,
    covers: loaded.covers,
    caseCount: loaded.cases.length,
    natural: naturalFigures,
    twin: twinFigures,
    ratios: ratiosOf(naturalFigures, twinFigures),
  };
}
