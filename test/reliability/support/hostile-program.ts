/**
 * Hostile MODEL against REAL compiled programs: a TypeScript program is compiled with the project's compiler
 * (in-memory ts-morph project), imported against the real runtime, and its blocks talk over HTTP, through the
 * real `openai` client, to the loopback mock server (a simulated model following the test's script).
 */
import path from "node:path";
import { afterAll, expect } from "vitest";
import { NaturalBlockError, NightjarError, type NaturalBlockFailure } from "../../../runtime/index.js";
import type { MockReply } from "../../../runtime/testing/index.js";
import { importCompiled, removeCompiledPrograms } from "../../compiler/helpers/run-compiled.js";
import { createTestProject } from "../../compiler/helpers/test-project.js";
import { useFaultBed, type FaultBed, type FaultScript } from "./fault-bed.js";

/** The compiled program's exports. */
export type CompiledProgram = Record<string, any>;

/** A test file's bed: the mock server plus a compiler for programs (each source compiled once). */
export interface HostileBed extends FaultBed {
  compile(source: string): Promise<CompiledProgram>;
  /** The tool results (`role: "tool"` messages) the model was sent in the last request it received. */
  toolResults(): string[];
}

const runtimeModule = path.resolve("runtime/internal.ts");

export function useHostileBed(): HostileBed {
  const bed = useFaultBed();
  const project = createTestProject();
  const compiled = new Map<string, Promise<CompiledProgram>>();
  afterAll(removeCompiledPrograms);
  return Object.assign(bed, {
    compile(source: string) {
      let program = compiled.get(source);
      if (program === undefined) compiled.set(source, (program = importCompiled(project, source, { runtimeModule })));
      return program;
    },
    toolResults() {
      const last = bed.requests().at(-1)?.body as { messages?: { role: string; content: string }[] } | undefined;
      return (last?.messages ?? []).filter((message) => message.role === "tool").map((message) => message.content);
    },
  });
}

/** A script that makes these tool calls in order, then repeats the last one. */
export function calls(...replies: MockReply[]): FaultScript {
  return replies;
}

/** Awaits a run that must fail with a NaturalBlockError of `reason` (or any reason), returns it. */
export async function expectNaturalBlockError(run: Promise<unknown>, reason?: NaturalBlockFailure): Promise<NaturalBlockError> {
  const error = await run.then(
    (outcome) => {
      throw new Error(`expected the block to fail${reason ? ` (${reason})` : ""}, it ended with ${String(outcome)}`);
    },
    (caught: unknown) => caught,
  );
  expect(NightjarError.isInstance(error), String(error)).toBe(true);
  expect(error).toBeInstanceOf(NaturalBlockError);
  if (reason !== undefined) expect((error as NaturalBlockError).reason, (error as Error).message).toBe(reason);
  expect((error as Error).message).toContain("Nothing was written.");
  return error as NaturalBlockError;
}

/** Built-in prototypes and constructors whose own keys must never change (no host internals written). */
export function hostSurface(): string {
  const builtIns = [Object, Array, Function, String, Number, Boolean, JSON, Reflect, Error, Promise, Map, Set, Date];
  return builtIns
    .flatMap((value) => [value, (value as { prototype?: object }).prototype])
    .map((value) => (value ? Reflect.ownKeys(value).map(String).sort().join(",") : ""))
    .join("|");
}
