/**
 * Runs one version of a program in a child process and collects what its driver reports. The child's own
 * output is kept (the last lines) so that a failure can be shown to the user.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { parseEventLine, type ChildEvent } from "./child-protocol.js";

/** How to start the child. */
export interface ChildCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  timeoutMs: number;
}

/** One case as the child reported it. */
export type CaseEvent = Extract<ChildEvent, { type: "case" }>;

/** What one child run produced. */
export interface ChildRun {
  /** Spawn to the driver's `ready` (module loading: the runtime, the openai client, Pyodide...). */
  startupMs: number;
  cases: CaseEvent[];
  /** Why the run did not finish normally, with the child's last output lines. */
  problem?: string;
}

const keptLines = 15;

function collect(event: ChildEvent, run: ChildRun, spawnedAt: number): boolean {
  if (event.type === "ready") run.startupMs = event.at - spawnedAt;
  if (event.type === "case") run.cases.push(event);
  return event.type === "end";
}

export function runChild(options: ChildCommand): Promise<ChildRun> {
  const spawnedAt = Date.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const run: ChildRun = { startupMs: Number.NaN, cases: [] };
  const output: string[] = [];
  const keep = (line: string) => output.push(line) > keptLines && output.shift();
  let ended = false;
  createInterface({ input: child.stdout }).on("line", (line) => {
    const event = parseEventLine(line);
    if (event) ended = collect(event, run, spawnedAt) || ended;
    else keep(line);
  });
  createInterface({ input: child.stderr }).on("line", keep);
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ ...run, problem: `could not start ${options.command}: ${error.message}` });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (ended && code === 0) return resolve(run);
      const how = signal === "SIGKILL" ? `was stopped after ${options.timeoutMs} ms` : `exited with code ${code}`;
      resolve({ ...run, problem: `${options.command} ${how}:\n${output.join("\n")}` });
    });
  });
}
