/**
 * `nightjar compile`: ahead-of-time output that runs on plain node, an output folder left untouched when a
 * file does not compile, and the TypeScript emit mode.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { projectFolder } from "./support/project-folder.js";
import { cliMain, runWithMockModel } from "./support/run-with-mock-model.js";
import { repositoryRoot, spawnNode } from "./support/spawn-process.js";

describe("nightjar compile", () => {
  it("emits JavaScript and source maps that run on plain node", async () => {
    const project = projectFolder();
    const out = join(project, "build");
    const compile = await spawnNode({ args: [cliMain, "compile", "examples", "--outDir", out] });
    expect(compile.code).toBe(0);
    expect(compile.stdout).toBe("");
    expect(compile.stderr).toMatch(/^nightjar: 8 file\(s\) with natural blocks compiled, 0 transpiled, \d+ copied into /);
    expect(readdirSync(out).filter((name) => name.endsWith(".js")).sort()).toEqual([
      "answer-from-docs.js", "classify-email.js", "plan-trip.js", "review-pipeline.js", "shopping-cart.js", "track-orders.js",
      "triage-tickets.js", "validate-signup.js",
    ]);
    const map = JSON.parse(readFileSync(join(out, "classify-email.js.map"), "utf8")) as { sources: string[]; file: string };
    expect(map.file).toBe("classify-email.js");
    expect(join(out, map.sources[0]!)).toBe(join(repositoryRoot, "examples/classify-email.ts"));
    const run = await runWithMockModel({
      args: [join(out, "classify-email.js"), "Is the blue one in stock?"],
      cwd: project,
      script: [toolCall("done", { outputs: { category: "Pre-sale question", reply: "Yes, it is." } })],
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "category: Pre-sale question\nreply: Yes, it is.\n" });
  });

  it("writes nothing when a file does not compile, and prints every diagnostic", async () => {
    const project = projectFolder();
    const out = join(project, "build");
    const compile = await spawnNode({ args: [cliMain, "compile", "test/e2e/fixtures", "--outDir", out] });
    expect(compile.code).toBe(1);
    expect(compile.stderr).toContain("bad-block.ts:5:24 - error NJ001");
    expect(existsSync(out)).toBe(false);
  });

  it("emits compiled TypeScript with --emit ts and copies files without blocks unchanged", async () => {
    const project = projectFolder();
    const source = join(project, "src");
    mkdirSync(source);
    writeFileSync(join(source, "plain.ts"), "export const answer: number = 42;\n");
    writeFileSync(join(source, "block.ts"), readFileSync(join(repositoryRoot, "test/e2e/fixtures/count-words.ts")));
    const out = join(project, "out");
    const compile = await spawnNode({ args: [cliMain, "compile", source, "--outDir", out, "--emit", "ts"], cwd: project });
    expect(compile.code).toBe(0);
    expect(readFileSync(join(out, "plain.ts"), "utf8")).toBe("export const answer: number = 42;\n");
    const compiled = readFileSync(join(out, "block.ts"), "utf8");
    expect(compiled).toContain('from "nightjar-ts/internal"');
    expect(compiled).toContain("let words = 0;");
    expect(compiled).toMatch(/\/\/# sourceMappingURL=block\.ts\.map\n$/);
    const map = JSON.parse(readFileSync(join(out, "block.ts.map"), "utf8")) as { sources: string[] };
    expect(join(out, map.sources[0]!)).toBe(join(source, "block.ts"));
  });
});
