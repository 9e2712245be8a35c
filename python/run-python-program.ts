/**
 * `nightjar run program.py [args]`: runs a Python program with natural blocks in a fresh sandbox and returns
 * its exit code (2 when the program or a mount cannot be used, 70 when the sandbox itself fails).
 */
import { existsSync } from "node:fs";
import type { Writable } from "node:stream";
import type { ChatModel } from "../runtime/model/chat-model.js";
import { isDirectory } from "./program-files.js";
import { startPythonSandbox, type PythonLimits } from "./python-sandbox.js";

/** Options of {@link runPythonProgram}. */
export interface RunPythonProgramOptions {
  file: string;
  args?: string[];
  /** Directories the program may read and write; nothing else of the host is visible to it. */
  mounts?: string[];
  stdout?: Writable;
  stderr?: Writable;
  /** A model to use instead of the configured one. */
  model?: ChatModel;
  /**
   * Limits of code actions and memory; by default from the environment (`NIGHTJAR_CODE_ACTION_TIMEOUT_MS`,
   * `NIGHTJAR_PYTHON_MEMORY_MB`), else 1000 ms of CPU time and 2048 MiB.
   */
  limits?: PythonLimits;
  /** Where the limits' variables are read (default `process.env`). */
  env?: Record<string, string | undefined>;
}

const limitVariables = { NIGHTJAR_CODE_ACTION_TIMEOUT_MS: "codeActionTimeoutMs", NIGHTJAR_PYTHON_MEMORY_MB: "memoryLimitMb" } as const;

export async function runPythonProgram(options: RunPythonProgramOptions): Promise<number> {
  const stderr = options.stderr ?? process.stderr;
  const limits = options.limits ?? limitsFromEnvironment(options.env ?? process.env);
  const problem = inputProblem(options) ?? (typeof limits === "string" ? limits : undefined);
  if (problem !== undefined || typeof limits === "string") {
    stderr.write(`nightjar: ${problem}\n`);
    return 2;
  }
  try {
    const sandbox = await startPythonSandbox({ mounts: options.mounts, model: options.model, limits });
    try {
      return await sandbox.run({ file: options.file, args: options.args, stdout: options.stdout, stderr });
    } finally {
      await sandbox.close();
    }
  } catch (error) {
    stderr.write(`nightjar: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}

function inputProblem({ file, mounts = [] }: RunPythonProgramOptions): string | undefined {
  if (!existsSync(file)) return `cannot open ${file}: no such file`;
  if (isDirectory(file)) return `cannot run ${file}: it is a directory; name the program's .py file`;
  const bad = mounts.find((mount) => !isDirectory(mount));
  return bad === undefined ? undefined : `cannot mount ${bad}: not an existing directory (--mount takes a directory)`;
}

/** The limits set in the environment, or what is wrong with one. */
function limitsFromEnvironment(env: Record<string, string | undefined>): PythonLimits | string {
  const limits: PythonLimits = {};
  for (const [variable, limit] of Object.entries(limitVariables)) {
    const text = env[variable];
    if (text === undefined || text === "") continue;
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0) return `${variable} must be a positive whole number, not ${JSON.stringify(text)}`;
    limits[limit] = value;
  }
  return limits;
}
