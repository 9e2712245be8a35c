/**
 * The benchmark programs: `bench/programs/<language>/<name>/` holds `natural.<ext>` (with natural blocks),
 * `twin.<ext>` (hand-written, calls the model directly) and `cases.ts` (test cases and simulated answers).
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { BenchSetupError } from "./bench-setup-error.js";

export type ProgramLanguage = "ts" | "py";

/** The two versions of a program. */
export type ProgramVersion = "natural" | "twin";

export const versions: readonly ProgramVersion[] = ["natural", "twin"];

/** One program on disk. */
export interface BenchProgram {
  /** `ts/classify-email`: the language folder and the program folder. */
  name: string;
  language: ProgramLanguage;
  directory: string;
  casesFile: string;
  files: Record<ProgramVersion, string>;
}

const languages: readonly ProgramLanguage[] = ["ts", "py"];

/** The repository root holding `bench/programs`, looked up from `start` (this module's folder, in src or dist). */
export function findBenchRoot(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, "bench", "programs"))) return directory;
    if (dirname(directory) === directory) {
      throw new BenchSetupError(`no bench/programs folder above ${start}: run the bench from a clone of the repository`);
    }
  }
}

function programAt(root: string, language: ProgramLanguage, folder: string): BenchProgram {
  const directory = join(root, "bench", "programs", language, folder);
  const file = (version: ProgramVersion) => join(directory, `${version}.${language}`);
  return {
    name: `${language}/${folder}`,
    language,
    directory,
    casesFile: join(directory, "cases.ts"),
    files: { natural: file("natural"), twin: file("twin") },
  };
}

/** Every program, sorted by name. */
export function listPrograms(root: string): BenchProgram[] {
  return languages.flatMap((language) => {
    const base = join(root, "bench", "programs", language);
    if (!existsSync(base)) return [];
    return readdirSync(base, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, "cases.ts")))
      .map((entry) => programAt(root, language, entry.name))
      .sort((left, right) => left.name.localeCompare(right.name));
  });
}

/** The programs a user named (`ts/classify-email` or just `classify-email`); all of them when none is named. */
export function selectPrograms(all: BenchProgram[], names: string[]): BenchProgram[] {
  if (names.length === 0) return all;
  return names.map((wanted) => {
    const found = all.find((program) => program.name === wanted || program.name.endsWith(`/${wanted}`));
    if (!found) throw new BenchSetupError(`no benchmark program "${wanted}". Known programs: ${all.map((p) => p.name).join(", ")}`);
    return found;
  });
}
