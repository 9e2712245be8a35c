/**
 * Loads a program's `cases.ts`: bundled by esbuild (it imports the scripted-reply shorthands) and imported
 * from memory. A malformed file is reported with its path and what to fix.
 */
import { build } from "esbuild";
import type { ProgramCases } from "./program-case.js";

function problemsOf(value: Partial<ProgramCases> | undefined): string[] {
  if (!Array.isArray(value?.cases) || value.cases.length === 0) return ["export a non-empty `cases` array"];
  if (!Array.isArray(value.covers)) return ["export `covers`, the features the program exercises (string[])"];
  return value.cases.flatMap((entry, index) => {
    const required = ["name", "input", "expected", "natural", "twin"] as const;
    const missing = required.filter((key) => !(key in entry));
    const label = entry.name ?? `#${index}`;
    return missing.length ? [`case ${label} lacks ${missing.join(", ")}`] : [];
  });
}

export async function loadCases(casesFile: string): Promise<ProgramCases> {
  const bundled = await build({
    entryPoints: [casesFile],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    logLevel: "silent",
  });
  const code = bundled.outputFiles[0]!.text;
  const loaded = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as ProgramCases;
  const problems = problemsOf(loaded);
  if (problems.length > 0) throw new Error(`${casesFile}: ${problems.join("; ")}`);
  return { covers: loaded.covers, cases: loaded.cases };
}
