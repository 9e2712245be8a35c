/**
 * Runs inside the child process, bundled with one version of a program: runs the first case once as a
 * warm-up, then every case, timing each and reporting it on stdout (see child-protocol.ts).
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { inputsVariable, marker, type CaseError, type ChildEvent } from "./child-protocol.js";
import type { Json } from "./program-case.js";

/** A program's entry point: both versions export `run(input)`. */
export type ProgramRun = (input: Json) => Promise<unknown> | unknown;

const emit = (event: ChildEvent): void => void process.stdout.write(`${marker}${JSON.stringify(event)}\n`);

const describe = (error: unknown): CaseError =>
  error instanceof Error ? { name: error.name, message: error.message } : { name: "thrown", message: String(error) };

// Results travel as JSON: what JSON.stringify keeps is what the case compares.
const toJson = (value: unknown): Json => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json));

async function runCase(run: ProgramRun, input: Json, index: number, warmup: boolean): Promise<void> {
  const start = Date.now();
  const began = performance.now();
  let outcome: { result?: Json; error?: CaseError };
  try {
    outcome = { result: toJson(await run(structuredClone(input))) };
  } catch (error) {
    outcome = { error: describe(error) };
  }
  const durationMs = performance.now() - began;
  emit({ type: "case", index, warmup, start, end: Date.now(), durationMs, ...outcome });
}

/** Runs the warm-up and the measured cases, then exits (open client sockets must not keep the child alive). */
export async function driveCases(run: ProgramRun): Promise<void> {
  const inputs = JSON.parse(readFileSync(process.env[inputsVariable]!, "utf8")) as Json[];
  emit({ type: "ready", at: Date.now() });
  if (inputs.length > 0) await runCase(run, inputs[0]!, 0, true);
  for (const [index, input] of inputs.entries()) await runCase(run, input, index, false);
  emit({ type: "end" });
  process.stdout.write("", () => process.exit(0));
}
