/**
 * Writes a program into a fresh project folder (where `nightjar-ts` resolves to this package) and runs it with
 * `nightjar run` against the mock model: for end-to-end tests of one language feature each.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectFolder } from "./project-folder.js";
import { runExample, type MockRun, type MockRunOptions } from "./run-with-mock-model.js";

/** Options: the program's files (the first is run) and the model's script. */
export interface ProgramRunOptions extends Pick<MockRunOptions, "script" | "env"> {
  files: Record<string, string>;
}

/** A child that compiles its program cold on a loaded 2-core machine takes a while; this is only a hang guard. */
export const programTimeoutMs = 120_000;

export async function runProgramText(options: ProgramRunOptions): Promise<MockRun & { folder: string }> {
  const folder = projectFolder();
  for (const [name, text] of Object.entries(options.files)) writeFileSync(join(folder, name), text);
  const file = join(folder, Object.keys(options.files)[0]!);
  const run = await runExample({ file, cwd: folder, script: options.script, env: options.env, timeoutMs: programTimeoutMs });
  return { ...run, folder };
}
