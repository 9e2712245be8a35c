/**
 * CommonJS programs (package type "commonjs"): the file with a block is compiled for Node's CommonJS loader,
 * whose `require` reaches the ES-module runtime; `require` of an ES-module `.mts` works; stack traces point
 * at the TypeScript lines.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { projectFolder } from "./support/project-folder.js";
import { runExample } from "./support/run-with-mock-model.js";
import { repositoryRoot } from "./support/spawn-process.js";

function commonJsProject(): string {
  const project = projectFolder("commonjs");
  for (const file of ["count-letters.ts", "format.mts"]) {
    copyFileSync(join(repositoryRoot, "test/e2e/fixtures/commonjs", file), join(project, file));
  }
  return project;
}

describe("nightjar run with a CommonJS program", () => {
  it("runs a block in a CommonJS module and requires an ES module written in TypeScript", async () => {
    const project = commonJsProject();
    const run = await runExample({
      file: join(project, "count-letters.ts"),
      args: ["hello"],
      cwd: project,
      script: [toolCall("done", { outputs: { letters: 5 } })],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "5 letters (CommonJS: true)\n" });
    expect(run.requests).toHaveLength(1);
  });

  it("maps a CommonJS program's stack trace to its TypeScript line", async () => {
    const project = commonJsProject();
    const run = await runExample({
      file: join(project, "count-letters.ts"),
      args: ["antidisestablishment"],
      cwd: project,
      script: [toolCall("done", { outputs: { letters: 20 } })],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Error: suspiciously long: 20");
    expect(run.stderr).toMatch(/count-letters\.ts:7:27/);
  });
});
