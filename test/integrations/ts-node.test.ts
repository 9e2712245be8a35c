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

  // Type checking is tested once; the other runs skip it (TS_NODE_TRANSPILE_ONLY) to keep the suite quick.
  async function runWithModel(options: { args: string[]; words: number; typeCheck: boolean }) {
    const model = await startMockModel([toolCall("done", { outputs: { words: options.words } })]);
    const env = { ...model.env, TS_NODE_TRANSPILE_ONLY: options.typeCheck ? "false" : "true" };
    try {
      return { run: await project.node(options.args, env), requests: model.server.requests };
    } finally {
      await model.server.close();
    }
  }

  it("runs blocks with `require` in tsconfig's ts-node options, type-checking the compiled code", async () => {
    const { run, requests } = await runWithModel({ args: [tsNode, "src/app.ts"], words: 4, typeCheck: true });
    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(requests).toHaveLength(1);
    expect(userMessageOf(requests[0]!)).toContain("Count the words of <sentence>");
  });

  it("runs blocks with `node -r nightjar-ts/ts-node`, also when tsconfig requires it too", async () => {
    const { run, requests } = await runWithModel({ args: ["-r", "nightjar-ts/ts-node", "src/app.ts"], words: 4, typeCheck: false });
    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(requests).toHaveLength(1);
  });

  it("names the original lines in stack traces of code after a block", async () => {
    const { run } = await runWithModel({ args: [tsNode, "src/stack-after-block.ts"], words: 2, typeCheck: false });
    expect(run.stderr, describeRun(run)).toContain("Error: thrown after the block, words = 2\n");
    expect(run.stderr).toMatch(/at main \(.*src\/stack-after-block\.ts:8:9\)/);
  });

  it("stops a block that does not compile with the compiler's report, pointing only at the block", async () => {
    await project.editFile("tsconfig.json", (text) => text.replace(/\n\s*"ts-node": \{[^}]*\},/, ""));
    await project.editFile("src/app.ts", (text) => text.replace("<sentence>", "<nosuchname>"));
    const run = await project.node(["-r", "nightjar-ts/ts-node", "src/app.ts"]);
    expect(run.exitCode, describeRun(run)).not.toBe(0);
    expect(run.stderr).toMatch(/^NightjarCompileError: src\/app\.ts:8:\d+ - error NJ001: .*nosuchname/m);
    const frames = run.stderr.split("\n").filter((line) => /^\s+at /.test(line));
    expect(frames).toEqual([expect.stringMatching(/^\s+at .*\/src\/app\.ts:8:\d+$/)]);
  });
});
