/**
 * Makes a Python program version runnable: one self-contained script (the program, then the driver with the
 * case inputs inlined). The twin runs on CPython; the natural version runs through `nightjar run`, which hosts
 * it in Pyodide. The twins use the `openai` package when installed and otherwise `openai_fallback.py`, a
 * stand-in with the same call shape that the bench copies beside the script and does not count as their code.
 */
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "./program-case.js";
import type { BenchProgram, ProgramVersion } from "./program-catalog.js";
import type { PreparedVersion, PrepareTarget } from "./prepared-version.js";

/** What to prepare. */
export interface PreparePythonOptions extends PrepareTarget {
  program: BenchProgram;
  version: ProgramVersion;
  inputs: Json[];
  /** The CPython executable for the twins. */
  python: string;
}

const fallbackName = "openai_fallback.py";

export async function preparePython(options: PreparePythonOptions): Promise<PreparedVersion> {
  const { program, version, root, buildDirectory } = options;
  const cli = join(root, "dist", "cli", "main.js");
  if (version === "natural" && !existsSync(cli)) {
    return { success: false, message: `the nightjar CLI is not built (${cli} is missing): run \`npm run build\`` };
  }
  const programsFolder = join(root, "bench", "programs", "py");
  const driver = await readFile(join(root, "bench", "harness", "child-driver.py"), "utf8");
  const inputs = Buffer.from(JSON.stringify(options.inputs)).toString("base64");
  const source = await readFile(program.files[version], "utf8");
  const entry = join(buildDirectory, `${program.name.replace("/", "-")}-${version}.py`);
  await writeFile(entry, `${source}\n\n${driver.replace("__BENCH_INPUTS__", inputs)}`);
  await copyFile(join(programsFolder, fallbackName), join(buildDirectory, fallbackName));
  return version === "twin"
    ? { success: true, command: options.python, args: [entry] }
    : { success: true, command: process.execPath, args: [cli, "run", entry] };
}
