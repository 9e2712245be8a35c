import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot, spawnNode } from "../e2e/support/spawn-process.js";

const register = join(repositoryRoot, "dist/loader/register.js");
const fixtures = join(repositoryRoot, "test/loader/fixtures");

function runWithLoader(entry: string, args: string[] = []) {
  return spawnNode({
    args: ["--import", register, join(fixtures, entry), ...args],
    env: { NIGHTJAR_CACHE_DIR: mkdtempSync(join(tmpdir(), "nj-cache-")) },
  });
}

describe("node --import nightjar-ts/register", () => {
  it("runs an ESM program with .js, extensionless, directory and .mjs specifiers of .ts files", async () => {
    const result = await runWithLoader("esm-app/main.ts", ["a", "--b"]);
    expect(result).toEqual({ code: 0, stdout: "length=5 label=lib/index.ts extra=6 args=a,--b\n", stderr: "" });
  });

  it("points stack traces at the TypeScript lines", async () => {
    const result = await runWithLoader("esm-app/main.ts", ["fail"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Error: exploded: on purpose");
    expect(result.stderr).toMatch(/at explode \(.*esm-app\/main\.ts:11:9\)/);
    expect(result.stderr).toMatch(/esm-app\/main\.ts:14:/);
  });

  it("runs CommonJS programs: type commonjs with import syntax, require of .cts and extensionless .ts", async () => {
    const result = await runWithLoader("cjs-app/main.ts", ["x"]);
    expect(result).toEqual({ code: 0, stdout: "triple=6 nine=9 dirname=string args=x\n", stderr: "" });
  });

  it("reports a file that does not parse with file:line:column and no Node internals", async () => {
    const result = await runWithLoader("broken/main.ts");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${join(fixtures, "broken/helper.ts")}:2:29 - error: Unexpected ";"`);
    expect(result.stderr).not.toContain("node:internal");
  });
});
