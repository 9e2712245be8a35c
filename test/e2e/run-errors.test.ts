/**
 * What the user sees when something is wrong before a block can run: no model configured, a block that does
 * not compile, a program file that does not exist. One clear message, exit code 1, no stack trace.
 */
import { describe, expect, it } from "vitest";
import { repositoryRoot, spawnNode } from "./support/spawn-process.js";
import { cliMain } from "./support/run-with-mock-model.js";

describe("nightjar run: errors", () => {
  // With nothing configured at all, the embedded model runs (see run-local-model.test.ts).
  it("stops before the program starts when the model is only half configured, naming the settings", async () => {
    const run = await spawnNode({ args: [cliMain, "run", "examples/classify-email.ts", "hello"], env: { NIGHTJAR_MODEL: "gpt-4.1-mini" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^nightjar: examples\/classify-email\.ts - no model configured \(missing OPENAI_API_KEY \(or OPENAI_BASE_URL\)\)/);
    expect(run.stderr).toContain("nightjar.config.json");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints compile diagnostics with file:line:column and a hint, and runs nothing", async () => {
    const run = await spawnNode({
      args: [cliMain, "run", "test/e2e/fixtures/bad-block.ts"],
      env: { NIGHTJAR_MODEL: "unused", OPENAI_BASE_URL: "http://127.0.0.1:9/v1" },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("test/e2e/fixtures/bad-block.ts:5:24 - error NJ001: Cannot find name 'emial'");
    expect(run.stderr).toContain("hint: declare 'emial' where the block can see it");
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal/);
  });

  it("names a program file that does not exist", async () => {
    const run = await spawnNode({ args: [cliMain, "run", "nope.ts"], cwd: repositoryRoot });
    expect(run).toEqual({ code: 1, stdout: "", stderr: 'nightjar: cannot find the program file nope.ts\nRun "nightjar --help" for usage.\n' });
  });

  it("rejects unknown commands and options with usage help", async () => {
    const unknownCommand = await spawnNode({ args: [cliMain, "frobnicate"] });
    expect(unknownCommand.code).toBe(1);
    expect(unknownCommand.stderr).toBe('nightjar: unknown command "frobnicate"\n\n');
    expect(unknownCommand.stdout).toContain("Usage:");
    const unknownOption = await spawnNode({ args: [cliMain, "compile", "examples", "--outdir", "x"] });
    expect(unknownOption.code).toBe(1);
    expect(unknownOption.stderr).toContain("nightjar: Unknown option `--outdir`");
  });
});
