/**
 * The shape every bundler's end-to-end test takes: build the fixture once, then check the output from several
 * sides (compiled, runs against the mock model, maps back to the source), and check that a broken block fails
 * the build with the block's file and line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockReply } from "nightjar-ts/testing";
import { createFixtureProject, type FixtureProject } from "./fixture-project.js";
import { startMockModel, userMessageOf } from "./mock-model.js";
import { describeRun, type RunResult } from "./run-node.js";
import { originalLineOf } from "./source-map-anchor.js";

/** One bundler fixture and what its program should do. */
export interface BundlerCase {
  fixture: string;
  /** `node` arguments that build the fixture into `dist/app.js` (with `dist/app.js.map`). */
  buildArgs: string[];
  script: MockReply[] | ((body: Record<string, unknown>, index: number) => MockReply);
  expectedStdout: RegExp;
  expectedRequests: number;
  /** A phrase of the block's instruction, which the model must be shown. */
  instructionPhrase: string;
  /** 1-based lines in src/app.ts: the block, and a later statement (after the block, lines must still match). */
  blockLine: number;
  laterLine: number;
  laterPattern: RegExp;
  /** Mark name in the block to rename into an unknown one (compiler error NJ001). */
  readMark: string;
}

// Bundlers rename the import: `__nj_run(`, `runBlock(`, or webpack's `(0, ns.runBlock)(`.
const runtimeCall = /\b(?:__nj_run|runBlock)\)?\s*\(/;

export function describeBundler(spec: BundlerCase): void {
  describe(`${spec.fixture} build`, () => {
    let project: FixtureProject;
    let build: RunResult;
    beforeAll(async () => {
      project = await createFixtureProject(spec.fixture);
      build = await project.node(spec.buildArgs);
    });
    afterAll(() => project?.remove());

    it("builds", () => {
      expect(build.exitCode, describeRun(build)).toBe(0);
    });

    it("compiles the block into a runtime call and keeps the runtime external", async () => {
      const code = await project.readFile("dist/app.js");
      expect(code).toMatch(runtimeCall);
      expect(code).toMatch(/["']nightjar-ts\/internal["']/);
      expect(code).not.toContain("natural`");
    });

    it("runs against the mock model in one round trip per block execution", async () => {
      const model = await startMockModel(spec.script);
      try {
        const run = await project.node(["--enable-source-maps", "dist/app.js"], model.env);
        expect(run.exitCode, describeRun(run)).toBe(0);
        expect(run.stdout).toMatch(spec.expectedStdout);
        expect(model.server.requests).toHaveLength(spec.expectedRequests);
        expect(userMessageOf(model.server.requests[0]!)).toContain(spec.instructionPhrase);
      } finally {
        await model.server.close();
      }
    });

    it("maps the emitted code back to the lines of src/app.ts", async () => {
      const code = await project.readFile("dist/app.js");
      const mapText = await project.readFile("dist/app.js.map");
      const block = originalLineOf({ code, mapText, pattern: runtimeCall });
      const later = originalLineOf({ code, mapText, pattern: spec.laterPattern });
      expect(block?.source).toMatch(/src\/app\.ts$/);
      expect(block?.line).toBe(spec.blockLine);
      expect(later?.line).toBe(spec.laterLine);
    });
  });

  describe(`${spec.fixture} build with a block that does not compile`, () => {
    let project: FixtureProject;
    let build: RunResult;
    beforeAll(async () => {
      project = await createFixtureProject(spec.fixture);
      await project.editFile("src/app.ts", (text) => text.replace(`<${spec.readMark}>`, "<nosuchname>"));
      build = await project.node(spec.buildArgs);
    });
    afterAll(() => project?.remove());

    it("fails, naming the file, the line and the diagnostic code", () => {
      const output = build.stdout + build.stderr;
      expect(build.exitCode, describeRun(build)).not.toBe(0);
      expect(output).toMatch(new RegExp(`src/app\\.ts:${spec.blockLine}:\\d+ - error NJ001`));
      expect(output).toContain("nosuchname");
    });
  });
}
