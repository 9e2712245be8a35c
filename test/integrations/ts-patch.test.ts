/**
 * tsc with the nightjar-ts program transformer, through ts-patch's `tspc` (which patches TypeScript in memory,
 * leaving node_modules/typescript as it is).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { createFixtureProject, type FixtureProject } from "./helpers/fixture-project.js";
import { startMockModel, userMessageOf } from "./helpers/mock-model.js";
import { describeRun, type RunResult } from "./helpers/run-node.js";
import { originalLineOf } from "./helpers/source-map-anchor.js";

const tspc = ["node_modules/ts-patch/bin/tspc.js", "-p", "tsconfig.json"];

describe("tsc + ts-patch build", () => {
  let project: FixtureProject;
  let build: RunResult;
  beforeAll(async () => {
    project = await createFixtureProject("ts-patch");
    build = await project.node(tspc);
  });
  afterAll(() => project?.remove());

  it("type-checks and emits, incrementally (the builder behind --incremental, --build and --watch)", async () => {
    expect(build.exitCode, describeRun(build)).toBe(0);
    expect(build.stdout).toBe("");
    expect(await project.readFile("tsconfig.tsbuildinfo")).toContain("app.ts");
  });

  it("emits the compiled block, and files without blocks as tsc would", async () => {
    expect(await project.readFile("dist/app.js")).toMatch(/from "nightjar-ts\/internal"/);
    expect(await project.readFile("dist/greeting.js")).not.toContain("nightjar-ts");
  });

  it("emits the declarations of the source as written", async () => {
    const declarations = await project.readFile("dist/app.d.ts");
    expect(declarations).toContain('export declare function chooseTone(recipient: string): Promise<"formal" | "casual">;');
    expect(declarations).not.toContain("__nj");
  });

  it("runs against the mock model", async () => {
    const model = await startMockModel([toolCall("done", { outputs: { tone: "formal" } })]);
    try {
      const run = await project.node(["dist/app.js"], model.env);
      expect(run.exitCode, describeRun(run)).toBe(0);
      expect(run.stdout).toBe("Dear the tax office, (tone: formal, model: simulated-mock-model)\n");
      expect(model.server.requests).toHaveLength(1);
      expect(userMessageOf(model.server.requests[0]!)).toContain("should sound formal or casual");
    } finally {
      await model.server.close();
    }
  });

  it("writes source maps that point at the original lines", async () => {
    const code = await project.readFile("dist/app.js");
    const mapText = await project.readFile("dist/app.js.map");
    const block = originalLineOf({ code, mapText, pattern: /__nj_run\(|runBlock\(/ });
    expect(block).toEqual({ source: "../src/app.ts", line: 6 });
    expect(originalLineOf({ code, mapText, pattern: /console\.log\(/ })?.line).toBe(12);
  });

  it("writes declaration maps that point at the original lines", async () => {
    const code = await project.readFile("dist/app.d.ts");
    const mapText = await project.readFile("dist/app.d.ts.map");
    expect(originalLineOf({ code, mapText, pattern: /chooseTone/ })).toEqual({ source: "../src/app.ts", line: 4 });
  });
});

describe("tsc + ts-patch build with a block that does not compile", () => {
  let project: FixtureProject;
  let build: RunResult;
  beforeAll(async () => {
    project = await createFixtureProject("ts-patch");
    await project.editFile("src/app.ts", (text) => text.replace("<recipient>", "<nosuchname>"));
    build = await project.node(tspc);
  });
  afterAll(() => project?.remove());

  it("fails with a tsc diagnostic at the block's line", () => {
    expect(build.exitCode, describeRun(build)).not.toBe(0);
    // tsc's plain format, as it prints when its output is not a terminal.
    expect(build.stdout).toMatch(/^src\/app\.ts\(6,\d+\): error TS\(NJ001\): Cannot find name 'nosuchname'/m);
  });

  it("emits no JavaScript for that file (it would throw NotCompiledError), and the other files as tsc would", async () => {
    await expect(project.readFile("dist/app.js")).rejects.toThrow();
    expect(await project.readFile("dist/greeting.js")).toContain("export");
  });
});
