import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { describeBundler } from "./helpers/bundler-suite.js";
import { createFixtureProject, type FixtureProject } from "./helpers/fixture-project.js";
import { describeRun } from "./helpers/run-node.js";

describeBundler({
  fixture: "vite",
  buildArgs: ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"],
  script: [toolCall("done", { outputs: { category: "refund" } })],
  expectedStdout: /^category: refund \(model: simulated-mock-model\)$/m,
  expectedRequests: 1,
  instructionPhrase: "decide which kind of message it is",
  blockLine: 7,
  laterLine: 12,
  laterPattern: /console\.log\(/,
  readMark: "email",
});

describe("vite dev server", () => {
  let project: FixtureProject;
  beforeAll(async () => {
    project = await createFixtureProject("vite");
  });
  afterAll(() => project?.remove());

  it("serves modules with their blocks compiled, mapped to the source file", async () => {
    const run = await project.node(["dev-transform.mjs"]);
    expect(run.exitCode, describeRun(run)).toBe(0);
    const served = JSON.parse(run.stdout) as { code: string; sources: string[] };
    expect(served.code).toMatch(/nightjar-ts\/internal/);
    expect(served.code).not.toContain("natural`");
    expect(served.sources).toEqual([expect.stringMatching(/app\.ts$/)]);
  });
});

describe("vite build for the browser", () => {
  let project: FixtureProject;
  beforeAll(async () => {
    project = await createFixtureProject("vite");
    // The same program built as a browser bundle: no `build.ssr`, the module as the entry.
    await project.editFile("vite.config.mjs", (text) => text.replace('ssr: "src/app.ts",', 'rollupOptions: { input: "src/app.ts" },'));
  });
  afterAll(() => project?.remove());

  it("fails at build time, naming the file and what to do, instead of emitting a bundle that fails when it runs", async () => {
    const build = await project.node(["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"]);
    expect(build.exitCode, describeRun(build)).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toMatch(/src\/app\.ts has natural blocks, and this vite build is for the browser.*Build for Node with `build\.ssr`/s);
  });
});
