/**
 * `nightjar run` exit codes when a program's top-level await can never settle (as when a model planted a
 * `then` that the program awaits and nothing resolves): non-zero with a message, like plain Node's 13; an
 * explicit `process.exit(0)` and a normal end stay 0. Spawns the built CLI (a child process).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliMain } from "../e2e/support/run-with-mock-model.js";
import { spawnNode } from "../e2e/support/spawn-process.js";

const directory = mkdtempSync(join(tmpdir(), "nj-exit-codes-"));
writeFileSync(join(directory, "package.json"), JSON.stringify({ type: "module" }));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function program(name: string, source: string): string {
  const file = join(directory, name);
  writeFileSync(file, source);
  return file;
}

describe("nightjar run and an unsettled top-level await", () => {
  it("exits 13 with a message naming the file", async () => {
    const file = program("hang.ts", "const never = new Promise<void>(() => {});\nawait never;\nconsole.log('unreachable');\n");
    const run = await spawnNode({ args: [cliMain, "run", file], timeoutMs: 60_000 });
    expect(run.code).toBe(13);
    expect(run.stdout).not.toContain("unreachable");
    expect(run.stderr).toContain("hang.ts never finished");
    expect(run.stderr).not.toContain("error:");
  });

  it("an awaited thenable whose then never calls back is the same", async () => {
    const file = program("thenable.ts", "const planted = { then(_resolve: () => void) {} };\nawait planted;\n");
    const run = await spawnNode({ args: [cliMain, "run", file], timeoutMs: 60_000 });
    expect(run.code).toBe(13);
  });

  it("an explicit process.exit(0) during the await and a normal end exit 0", async () => {
    const exits = program("exits.ts", "setTimeout(() => process.exit(0), 10);\nawait new Promise(() => {});\n");
    const normal = program("normal.ts", "await Promise.resolve();\nconsole.log('done');\n");
    const [first, second] = await Promise.all([spawnNode({ args: [cliMain, "run", exits], timeoutMs: 60_000 }), spawnNode({ args: [cliMain, "run", normal], timeoutMs: 60_000 })]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(second.code).toBe(0);
    expect(second.stdout).toBe("done\n");
  });
});
