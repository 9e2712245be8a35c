/**
 * Makes a Python program version runnable: one self-contained script (the program, then the driver with the
 * case inputs inlined). The twin runs on CPython; the natural version runs through `nightjar run`, which hosts
 * it in Pyodide. The twins import the `openai` package; where CPython lacks it (PyPI may be out of reach), the
 * bench copies `openai_fallback.py`, a stand-in with the same call shape, beside the script as `openai.py`.
 */
import { spawnSync } from "node:child_process";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
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

const hasOpenAIPackage = new Map<string, boolean>();

function openaiInstalled(python: string): boolean {
  if (!hasOpenAIPackage.has(python)) {
    hasOpenAIPackage.set(python, spawnSync(python, ["-c", "import openai"], { stdio: "ignore" }).status === 0);
  }
  return hasOpenAIPackage.get(python)!;
}

export async function preparePython(options: PreparePythonOptions): Promise<PreparedVersion> {
  const { program, version, root, buildDirectory } = options;
  const cli = join(root, "dist", "cli", "main.js");
  if (version === "natural" && !existsSync(cli)) {
    return { success: false, message: `the nightjar CLI is not built (${cli} is missing): run \`npm run build\`` };
  }
  const driver = await readFile(join(root, "bench", "harness", "child-driver.py"), "utf8");
  const inputs = Buffer.from(JSON.stringify(options.inputs)).toString("base64");
  const source = await readFile(program.files[version], "utf8");
  const entry = join(buildDirectory, `${program.name.replace("/", "-")}-${version}.py`);
  await writeFile(entry, `${source}\n\n${driver.replace(`"__BENCH_INPUTS__"`, `"${inputs}"`)}`);
  const fallback = join(buildDirectory, "openai.py");
  if (version === "twin" && openaiInstalled(options.python)) await rm(fallback, { force: true });
  else if (version === "twin") await copyFile(join(root, "bench", "programs", "py", "openai_fallback.py"), fallback);
  return version === "twin"
    ? { success: true, command: options.python, args: [entry] }
    : { success: true, command: process.execPath, args: [cli, "run", entry] };
}
