/** ts-node 10 running a CommonJS project whose files hold natural blocks. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { createFixtureProject, type FixtureProject } from "./helpers/fixture-project.js";
import { startMockModel, userMessageOf } from "./helpers/mock-model.js";
import { describeRun } from "./helpers/run-node.js";

const tsNode = "node_modules/ts-node/dist/bin.js";
const expected = "THE BUILD IS GREEN has 4 words (model: simulated-mock-model)\n";

describe("ts-node (CommonJS)", () => {
  let project: FixtureProject;
  beforeAll(async () => {
    project = await createFixtureProject("ts-node");
  });
  afterAll(() => project?.remove());

  async function runWithModel(args: string[]) {
    const model = await startMockModel([toolCall("done", { outputs: { words: 4 } })]);
    try {
      return { run: await project.node(args, model.env), requests: model.server.requests };
    } finally {
      await model.server.close();
    }
  }

  it("runs blocks with `require` in tsconfig's ts-node options, type-checking the compiled code", async () => {
    const { run, requests } = await runWithModel([tsNode, "src/app.ts"]);
    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(requests).toHaveLength(1);
    expect(userMessageOf(requests[0]!)).toContain("Count the words of <sentence>");
  });

  it("runs blocks with `node -r nightjar-ts/ts-node`, registering ts-node itself", async () => {
    await project.editFile("tsconfig.json", (text) => text.replace(/\n\s*"ts-node": \{[^}]*\},/, ""));
    const { run, requests } = await runWithModel(["-r", "nightjar-ts/ts-node", "src/app.ts"]);
    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(requests).toHaveLength(1);
  });

  it("stops a block that does not compile with the compiler's report, not a stack trace", async () => {
    await project.editFile("src/app.ts", (text) => text.replace("<sentence>", "<nosuchname>"));
    const run = await project.node(["-r", "nightjar-ts/ts-node", "src/app.ts"]);
    expect(run.exitCode, describeRun(run)).not.toBe(0);
    expect(run.stderr).toMatch(/src\/app\.ts:8:\d+ - error NJ001: .*nosuchname/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
